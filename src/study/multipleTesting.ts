import type { GroupResult, TestOutcome } from "./results.js";

export const ADJUSTMENTS = ["holm", "benjamini-hochberg"] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** Indices of the finite p-values, by ascending p (ties in input order). */
function ascending(p: readonly number[]): number[] {
  return p.flatMap((v, i) => (Number.isFinite(v) ? [i] : [])).sort((a, b) => p[a]! - p[b]! || a - b);
}

/**
 * Holm (1979), Scandinavian Journal of Statistics 6, 65-70, step-down adjustment controlling the
 * family-wise error rate: with p_(1) ≤ … ≤ p_(m),
 *   p̃_(k) = max_{j ≤ k} min(1, (m - j + 1) p_(j)).
 * m counts the finite p-values; a NaN stays NaN and is no member of the family.
 */
export function holm(p: readonly number[]): number[] {
  const order = ascending(p);
  const m = order.length;
  const out = p.map(() => Number.NaN);
  let running = 0;
  order.forEach((i, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p[i]!));
    out[i] = running;
  });
  return out;
}

/**
 * Benjamini & Hochberg (1995), JRSS B 57, 289-300, step-up adjustment controlling the false discovery
 * rate under independence or positive dependence: p̃_(k) = min_{j ≥ k} min(1, m p_(j) / j).
 * m counts the finite p-values; a NaN stays NaN.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const order = ascending(p);
  const m = order.length;
  const out = p.map(() => Number.NaN);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    running = Math.min(running, (m * p[i]!) / (k + 1));
    out[i] = running;
  }
  return out;
}

const ADJUST: Readonly<Record<Adjustment, (p: readonly number[]) => number[]>> = { holm, "benjamini-hochberg": benjaminiHochberg };

/** What a result states as the family of each adjustment. */
export const WINDOW_FAMILY = "for each test, its window p-values across every group (all events and each group label) and every window";

/**
 * Each window test's p-values adjusted within its family, WINDOW_FAMILY: m = (groups with that test's
 * outcome) × windows. The outcomes gain `adjusted` beside the raw `pValue`, which is kept.
 */
export function adjustWindowTests(groups: readonly GroupResult[], methods: readonly Adjustment[]): GroupResult[] {
  if (methods.length === 0) return [...groups];
  const names = new Set(groups.flatMap((g) => g.windows.flatMap((w) => Object.keys(w.tests))));
  const adjusted = groups.map((g) => g.windows.map((w) => ({ ...w.tests }) as Record<string, TestOutcome>));
  for (const name of names) {
    const where: [number, number][] = [];
    groups.forEach((g, gi) => g.windows.forEach((w, wi) => (w.tests[name as keyof typeof w.tests] ? where.push([gi, wi]) : undefined)));
    const p = where.map(([gi, wi]) => adjusted[gi]![wi]![name]!.pValue);
    const byMethod = methods.map((m) => [m, ADJUST[m](p)] as const);
    where.forEach(([gi, wi], k) => {
      const o = adjusted[gi]![wi]![name]!;
      adjusted[gi]![wi]![name] = { ...o, adjusted: Object.fromEntries(byMethod.map(([m, a]) => [m, a[k]!])) };
    });
  }
  return groups.map((g, gi) => ({ ...g, windows: g.windows.map((w, wi) => ({ ...w, tests: adjusted[gi]![wi]! })) }));
}

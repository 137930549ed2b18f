import type { CrossSection } from "../crossSection.js";

/** Pairs need at least this many common estimation days for their correlation to count. */
const MIN_COMMON_DAYS = 30;

/**
 * Kolari & Pynnönen (2010), Review of Financial Studies 23, 3996-4025: the factor
 * √((1 - r̄) / (1 + (N - 1) r̄)) that deflates Patell's Z and the BMP t for the average correlation r̄
 * of the events' estimation-window abnormal returns (events aligned in event time). 1 for one event.
 */
export function kolariPynnonenFactor(cs: CrossSection): number {
  if (cs.n < 2) return 1;
  const r = averageResidualCorrelation(cs);
  return Math.sqrt((1 - r) / (1 + (cs.n - 1) * r));
}

/**
 * r̄, one estimator at every sample size: the mean of the pairwise Pearson correlations of the events'
 * estimation-window ARs, each pair over the days both have an AR, pairs with fewer than
 * MIN_COMMON_DAYS common days left out (0 when no pair counts).
 *
 * Computed exactly without visiting every pair: events with the same days present form a group; for
 * two groups with common days C, each event's ARs on C centred and scaled to unit length (z_i), the
 * correlations of all their pairs sum to (Σ_g z_i)·(Σ_h z_j), and within one group to
 * (|Σ z_i|² - n_g)/2. The cost grows with the number of distinct patterns of missing days, not of pairs.
 */
export function averageResidualCorrelation(cs: CrossSection): number {
  const cols = cs.grid.days.length;
  const est = cs.grid.estimationLength;
  const groups = new Map<string, { present: Uint8Array; rows: number[] }>();
  for (let i = 0; i < cs.n; i++) {
    const present = new Uint8Array(est);
    for (let c = 0; c < est; c++) present[c] = Number.isFinite(cs.ar[i * cols + c]!) ? 1 : 0;
    const key = present.join("");
    const group = groups.get(key);
    if (group) group.rows.push(i);
    else groups.set(key, { present, rows: [i] });
  }
  const list = [...groups.values()];
  let total = 0;
  let pairs = 0;
  for (let g = 0; g < list.length; g++) {
    for (let h = g; h < list.length; h++) {
      const a = list[g]!;
      const b = list[h]!;
      const common: number[] = [];
      for (let c = 0; c < est; c++) if (a.present[c] && b.present[c]) common.push(c);
      if (common.length < MIN_COMMON_DAYS) continue;
      const sumA = summedUnitVectors(cs, a.rows, common, cols);
      if (g === h) {
        if (a.rows.length < 2) continue;
        total += (dot(sumA, sumA) - a.rows.length) / 2;
        pairs += (a.rows.length * (a.rows.length - 1)) / 2;
      } else {
        total += dot(sumA, summedUnitVectors(cs, b.rows, common, cols));
        pairs += a.rows.length * b.rows.length;
      }
    }
  }
  return pairs > 0 ? total / pairs : 0;
}

/** Σ over rows of each row's ARs on `days`, centred on their mean and scaled to unit length. */
function summedUnitVectors(cs: CrossSection, rows: readonly number[], days: readonly number[], cols: number): Float64Array {
  const out = new Float64Array(days.length);
  for (const i of rows) {
    let mean = 0;
    for (const c of days) mean += cs.ar[i * cols + c]!;
    mean /= days.length;
    let ss = 0;
    for (const c of days) ss += (cs.ar[i * cols + c]! - mean) ** 2;
    const norm = Math.sqrt(ss);
    days.forEach((c, k) => (out[k]! += (cs.ar[i * cols + c]! - mean) / norm));
  }
  return out;
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k]! * y[k]!;
  return s;
}

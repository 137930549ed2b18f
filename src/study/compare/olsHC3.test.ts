import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleMoments } from "./moments.js";
import { INTERCEPT, olsHC3 } from "./olsHC3.js";

interface OlsFixtureTest {
  standardError: number[];
  statistic: number[];
  pValue: number[];
}
interface OlsFixture {
  y: number[];
  columns: number[][];
  names: string[];
  estimate: number[];
  hc3: OlsFixtureTest;
  hc1: OlsFixtureTest;
  df: number;
}
const fixtures: { ols: OlsFixture[] } = JSON.parse(readFileSync(new URL("./fixtures/compare.json", import.meta.url), "utf8"));

const relDiff = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

describe("olsHC3", () => {
  it("matches the numpy sandwich formulas in fixtures (relative 1e-8)", () => {
    for (const f of fixtures.ols) {
      const r = olsHC3(
        Float64Array.from(f.y),
        f.columns.map((c) => Float64Array.from(c)),
        f.names,
      );
      expect(r.singular).toBe(false);
      expect(r.df).toBe(f.df);
      expect(r.observations).toBe(f.y.length);
      expect(r.terms.map((t) => t.name)).toEqual([INTERCEPT, ...f.names]);
      r.terms.forEach((t, j) => {
        const ctx = `fixture with ${f.names.join(",")}, term ${t.name}: got ${JSON.stringify(t)}`;
        expect(relDiff(t.estimate, f.estimate[j]!), `${ctx} want estimate ${f.estimate[j]}`).toBeLessThan(1e-8);
        for (const kind of ["hc3", "hc1"] as const) {
          for (const key of ["standardError", "statistic", "pValue"] as const) {
            const want = f[kind][key][j]!;
            expect(relDiff(t[kind][key], want), `${ctx} want ${kind}.${key} ${want}`).toBeLessThan(1e-8);
          }
        }
      });
    }
  });

  it("reproduces hand-computed HC3/HC1 for a two-group design (relative 1e-12)", () => {
    // Groups 0: {1, 2, 3} and 1: {2, 6}. β = (2, 2); s₀² = 1, s₁² = 8.
    // HC3 var(dummy) = s₁²/(n₁−1) + s₀²/(n₀−1) = 8 + 0.5 = 8.5.
    // HC0 var(dummy) = Σe²/n² per group = 8/4 + 2/9; HC1 = HC0 · 5/3.
    const r = olsHC3(Float64Array.from([1, 2, 3, 2, 6]), [Float64Array.from([0, 0, 0, 1, 1])], ["announced"]);
    const dummy = r.terms[1]!;
    expect(dummy.name).toBe("announced");
    expect(relDiff(dummy.estimate, 2)).toBeLessThan(1e-12);
    expect(relDiff(dummy.hc3.standardError, Math.sqrt(8.5)), `hc3 se ${dummy.hc3.standardError}`).toBeLessThan(1e-12);
    expect(relDiff(dummy.hc1.standardError, Math.sqrt(((8 / 4 + 2 / 9) * 5) / 3)), `hc1 se ${dummy.hc1.standardError}`).toBeLessThan(1e-12);
    expect(r.df).toBe(3);
  });

  it("returns NaN on a singular design and unusable data; throws on mismatched shapes", () => {
    const d = Float64Array.from([0, 1, 0, 1, 0]);
    const notD = Float64Array.from(d, (v) => 1 - v);
    const y = Float64Array.from([1, 2, 3, 4, 5]);
    const trap = olsHC3(y, [d, notD], ["treated", "control"]);
    expect(trap.singular).toBe(true);
    expect(trap.terms.every((t) => Number.isNaN(t.estimate) && Number.isNaN(t.hc3.pValue))).toBe(true);
    const missing = olsHC3(Float64Array.from([1, Number.NaN, 3, 4, 5]), [d], ["treated"]);
    expect(missing.singular).toBe(false);
    expect(Number.isNaN(missing.terms[1]!.estimate)).toBe(true);
    // One event alone in its group has leverage 1: HC3 undefined, HC1 reported.
    const lone = olsHC3(y, [Float64Array.from([0, 0, 0, 0, 1])], ["lone"]);
    expect(lone.terms[1]!.estimate).toBeCloseTo(5 - 2.5, 12);
    expect(lone.terms[1]!.hc3.standardError).toBeNaN();
    expect(Number.isFinite(lone.terms[1]!.hc1.standardError)).toBe(true);
    // n = k: exact fit, no degrees of freedom left.
    const exact = olsHC3(Float64Array.from([1, 3]), [Float64Array.from([0, 1])], ["x"]);
    expect(exact.terms[1]!.estimate).toBeCloseTo(2, 12);
    expect(exact.terms[1]!.hc1.pValue).toBeNaN();
    expect(() => olsHC3(y, [d], [])).toThrow(RangeError);
    expect(() => olsHC3(y, [Float64Array.from([1, 2])], ["short"])).toThrow(RangeError);
  });

  // Two groups of returns on a 1e-4 grid, each with at least 2 members and some spread.
  const group = fc
    .array(
      fc.integer({ min: -1000, max: 1000 }).map((i) => i / 1e4),
      { minLength: 2, maxLength: 25 },
    )
    .filter((xs) => new Set(xs).size > 1);

  it("with one dummy: coefficient = difference of means, HC3 var = Σ s²/(n − 1) (property, relative 1e-9)", () => {
    fc.assert(
      fc.property(group, group, (g0, g1) => {
        const y = Float64Array.from([...g0, ...g1]);
        const dummy = Float64Array.from(y, (_, i) => (i < g0.length ? 0 : 1));
        const r = olsHC3(y, [dummy], ["treated"]);
        const m0 = sampleMoments(Float64Array.from(g0));
        const m1 = sampleMoments(Float64Array.from(g1));
        const ctx = `g0=${JSON.stringify(g0)} g1=${JSON.stringify(g1)} r=${JSON.stringify(r.terms)}`;
        const t = r.terms[1]!;
        // Absolute floor 1e-15: the difference of means can be 0 up to round-off.
        expect(Math.abs(t.estimate - (m1.mean - m0.mean)), ctx).toBeLessThan(1e-9 * Math.abs(m1.mean - m0.mean) + 1e-15);
        expect(Math.abs(r.terms[0]!.estimate - m0.mean), ctx).toBeLessThan(1e-9 * Math.abs(m0.mean) + 1e-15);
        const hc3Var = m1.variance / (m1.n - 1) + m0.variance / (m0.n - 1);
        expect(relDiff(t.hc3.standardError ** 2, hc3Var), ctx).toBeLessThan(1e-9);
      }),
    );
  });
});

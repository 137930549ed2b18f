import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Alternative } from "../alternative.js";
import { wilcoxonRankSum } from "./wilcoxonRankSum.js";

interface WilcoxonFixture {
  a: number[];
  b: number[];
  alternative: Alternative;
  statistic: number;
  pValue: number;
  method: "exact" | "normal";
}
const fixtures: { wilcoxon: WilcoxonFixture[] } = JSON.parse(readFileSync(new URL("./fixtures/compare.json", import.meta.url), "utf8"));

describe("wilcoxonRankSum", () => {
  it("reproduces R's ?wilcox.test two-sample example (Hollander & Wolfe 1973, 69f.)", () => {
    // R: wilcox.test(x, y, alternative = "g") prints W = 35, p-value = 0.1272 (exact).
    // Tolerance: half a unit in the 4th printed digit.
    const x = new Float64Array([0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]);
    const y = new Float64Array([1.15, 0.88, 0.9, 0.74, 1.21]);
    const r = wilcoxonRankSum(x, y, "greater");
    expect(r.statistic).toBe(35);
    expect(r.method).toBe("exact");
    expect(Math.abs(r.pValue - 0.1272), `p=${r.pValue}`).toBeLessThanOrEqual(0.00005);
  });

  it("reproduces R's ?wilcox.test airquality example (ties: normal approximation)", () => {
    // R: wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8))
    // prints W = 127.5, p-value = 0.0001208. Ozone in May and August, NAs removed.
    // Tolerance: half a unit in the 4th printed significant digit.
    const may = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];
    const aug = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];
    const r = wilcoxonRankSum(Float64Array.from(may), Float64Array.from(aug));
    expect(r.statistic).toBe(127.5);
    expect(r.method).toBe("normal");
    expect(Math.abs(r.pValue - 0.0001208), `p=${r.pValue}`).toBeLessThanOrEqual(0.00000005);
  });

  it("matches scipy.stats.mannwhitneyu under R's method choice (W exact, p relative 1e-9)", () => {
    for (const f of fixtures.wilcoxon) {
      const r = wilcoxonRankSum(Float64Array.from(f.a), Float64Array.from(f.b), f.alternative);
      const ctx = `na=${f.a.length} nb=${f.b.length} alt=${f.alternative} got=${JSON.stringify(r)} want p=${f.pValue} W=${f.statistic} a=${JSON.stringify(f.a)} b=${JSON.stringify(f.b)}`;
      expect(r.method, ctx).toBe(f.method);
      expect(r.statistic, ctx).toBe(f.statistic);
      expect(Math.abs(r.pValue - f.pValue) / f.pValue, ctx).toBeLessThan(1e-9);
    }
  });

  it("returns NaN for unusable input instead of throwing", () => {
    expect(wilcoxonRankSum(new Float64Array([]), new Float64Array([1, 2])).statistic).toBeNaN();
    expect(wilcoxonRankSum(new Float64Array([1, Number.NaN]), new Float64Array([1, 2])).pValue).toBeNaN();
    // All values tied: no spread to rank, σ = 0.
    const tied = wilcoxonRankSum(new Float64Array([3, 3]), new Float64Array([3, 3, 3]));
    expect(tied.statistic).toBe(3);
    expect(tied.pValue).toBeNaN();
  });

  // Small integers: ties are common, so both the exact and the normal branch are exercised.
  const group = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 30 });

  it("is invariant to a strictly increasing transform of the data (property, exact equality)", () => {
    // x ↦ x³ + 5x + 7 is strictly increasing and exact in double precision for |x| ≤ 20.
    const increasing = (x: number): number => x * x * x + 5 * x + 7;
    fc.assert(
      fc.property(group, group, fc.constantFrom<Alternative>("two-sided", "less", "greater"), (xa, xb, alt) => {
        const plain = wilcoxonRankSum(Float64Array.from(xa), Float64Array.from(xb), alt);
        const moved = wilcoxonRankSum(Float64Array.from(xa, increasing), Float64Array.from(xb, increasing), alt);
        expect(moved, `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)} alt=${alt}`).toEqual(plain);
      }),
    );
  });

  it("swapping the groups gives W' = n_a n_b − W and mirrors the alternative (property, 1e-12)", () => {
    fc.assert(
      fc.property(group, group, (xa, xb) => {
        const a = Float64Array.from(xa);
        const b = Float64Array.from(xb);
        const ctx = `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)}`;
        const ab = wilcoxonRankSum(a, b, "greater");
        const ba = wilcoxonRankSum(b, a, "less");
        expect(ab.statistic + ba.statistic, ctx).toBe(xa.length * xb.length);
        if (Number.isNaN(ab.pValue)) expect(ba.pValue, ctx).toBeNaN();
        else expect(Math.abs(ab.pValue - ba.pValue), ctx).toBeLessThan(1e-12);
        const two = wilcoxonRankSum(a, b).pValue;
        if (!Number.isNaN(two)) expect(two, ctx).toBeGreaterThan(0);
        if (!Number.isNaN(two)) expect(two, ctx).toBeLessThanOrEqual(1);
      }),
    );
  });
});

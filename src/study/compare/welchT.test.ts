import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Alternative } from "../alternative.js";
import { welchT } from "./welchT.js";

interface WelchFixture {
  a: number[];
  b: number[];
  alternative: Alternative;
  statistic: number;
  df: number;
  pValue: number;
  difference: number;
  standardError: number;
}
const fixtures: { welch: WelchFixture[] } = JSON.parse(readFileSync(new URL("./fixtures/compare.json", import.meta.url), "utf8"));

/** Relative difference, with an absolute floor so values near 0 compare absolutely. */
const relDiff = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);

// R datasets::sleep: extra hours of sleep under two drugs.
const sleep1 = new Float64Array([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
const sleep2 = new Float64Array([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

describe("welchT", () => {
  it("reproduces R's t.test(extra ~ group, data = sleep) to the printed digits", () => {
    // R prints t = -1.8608, df = 17.776, p-value = 0.07939; tolerance: half a unit in the last printed digit.
    const r = welchT(sleep1, sleep2);
    expect(Math.abs(r.statistic - -1.8608), `t=${r.statistic}`).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(r.df - 17.776), `df=${r.df}`).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(r.pValue - 0.07939), `p=${r.pValue}`).toBeLessThanOrEqual(0.000005);
    expect(r.difference).toBeCloseTo(0.75 - 2.33, 12);
    expect(r.alternative).toBe("two-sided");
  });

  it("matches scipy.stats.ttest_ind(equal_var=False) fixtures (relative 1e-9)", () => {
    for (const f of fixtures.welch) {
      const r = welchT(Float64Array.from(f.a), Float64Array.from(f.b), f.alternative);
      const ctx = `na=${f.a.length} nb=${f.b.length} alt=${f.alternative} a=${JSON.stringify(f.a)} b=${JSON.stringify(f.b)}`;
      for (const key of ["statistic", "df", "pValue", "difference", "standardError"] as const) {
        expect(relDiff(r[key], f[key]), `${key}: got ${r[key]} want ${f[key]} (${ctx})`).toBeLessThan(1e-9);
      }
    }
  });

  it("returns NaN for unusable input instead of throwing", () => {
    expect(welchT(new Float64Array([1]), sleep2).statistic).toBeNaN();
    expect(welchT(sleep1, new Float64Array([])).pValue).toBeNaN();
    expect(welchT(new Float64Array([1, Number.NaN, 2]), sleep2).pValue).toBeNaN();
    expect(welchT(new Float64Array([1, Infinity]), sleep2).pValue).toBeNaN();
    const constant = welchT(new Float64Array([5, 5, 5]), new Float64Array([5, 5]));
    expect(constant.statistic).toBeNaN();
    expect(constant.df).toBeNaN();
  });

  // Returns on a 1e-6 grid in [-0.5, 0.5]: realistic, and free of subnormals whose variance underflows.
  const group = fc.array(
    fc.integer({ min: -500_000, max: 500_000 }).map((i) => i / 1e6),
    { minLength: 2, maxLength: 40 },
  );
  const spread = (xs: number[]): boolean => new Set(xs).size > 1;

  it("is antisymmetric in the groups: t(a,b) = −t(b,a), same df and two-sided p (property, 1e-12)", () => {
    fc.assert(
      fc.property(group.filter(spread), group.filter(spread), (xa, xb) => {
        const a = Float64Array.from(xa);
        const b = Float64Array.from(xb);
        const ab = welchT(a, b);
        const ba = welchT(b, a);
        const ctx = `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)}`;
        expect(Math.abs(ab.statistic + ba.statistic), ctx).toBeLessThan(1e-12 * (1 + Math.abs(ab.statistic)));
        expect(relDiff(ab.df, ba.df), ctx).toBeLessThan(1e-12);
        expect(Math.abs(ab.pValue - ba.pValue), ctx).toBeLessThan(1e-12);
      }),
    );
  });

  it("has one-sided p-values that add to 1 and bracket the two-sided one (property, 1e-12)", () => {
    fc.assert(
      fc.property(group.filter(spread), group.filter(spread), (xa, xb) => {
        const a = Float64Array.from(xa);
        const b = Float64Array.from(xb);
        const less = welchT(a, b, "less").pValue;
        const greater = welchT(a, b, "greater").pValue;
        const two = welchT(a, b, "two-sided").pValue;
        const ctx = `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)} less=${less} greater=${greater} two=${two}`;
        expect(Math.abs(less + greater - 1), ctx).toBeLessThan(1e-12);
        expect(Math.abs(two - 2 * Math.min(less, greater)), ctx).toBeLessThan(1e-12);
      }),
    );
  });
});

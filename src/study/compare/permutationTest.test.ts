import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Alternative } from "../alternative.js";
import { permutationTest } from "./permutationTest.js";

interface PermutationFixture {
  a: number[];
  b: number[];
  alternative: Alternative;
  statistic: number;
  pValue: number;
  permutations: number;
}
const fixtures: { permutation: PermutationFixture[] } = JSON.parse(readFileSync(new URL("./fixtures/compare.json", import.meta.url), "utf8"));

const ALTERNATIVES: readonly Alternative[] = ["two-sided", "less", "greater"];

describe("permutationTest", () => {
  it("matches brute-force enumeration in Python (p exact to 1e-15, statistic relative 1e-12)", () => {
    for (const f of fixtures.permutation) {
      const r = permutationTest(Float64Array.from(f.a), Float64Array.from(f.b), { alternative: f.alternative });
      const ctx = `alt=${f.alternative} got=${JSON.stringify(r)} want p=${f.pValue} a=${JSON.stringify(f.a)} b=${JSON.stringify(f.b)}`;
      expect(r.method, ctx).toBe("exact");
      expect(r.permutations, ctx).toBe(f.permutations);
      expect(Math.abs(r.pValue - f.pValue), ctx).toBeLessThan(1e-15);
      expect(Math.abs(r.statistic - f.statistic), ctx).toBeLessThan(1e-12 * Math.max(1e-12, Math.abs(f.statistic)) + 1e-18);
    }
  });

  it("reproduces a hand-counted example (exact rationals)", () => {
    // a = {3, 4}, b = {1, 2}: the 6 splits give D = ±2, ±1, 0, 0 → two-sided p = 2/6, greater p = 1/6.
    const a = new Float64Array([3, 4]);
    const b = new Float64Array([1, 2]);
    expect(permutationTest(a, b).pValue).toBe(2 / 6);
    expect(permutationTest(a, b, { alternative: "greater" }).pValue).toBe(1 / 6);
    expect(permutationTest(a, b, { alternative: "less" }).pValue).toBe(1);
    expect(permutationTest(a, b).statistic).toBe(2);
  });

  it("counts splits tied in exact arithmetic as extreme despite round-off (exact rationals)", () => {
    // In tenths these are integers; counting |D| ≥ |D_obs| exactly on the integers gives 8 of the
    // C(6, 3) = 20 splits, while a plain float comparison misses one tied split and gives 7/20.
    const r = permutationTest(new Float64Array([0.7, 1, 1.4]), new Float64Array([0.2, -0.1, 1.4]));
    expect(r.pValue, JSON.stringify(r)).toBe(8 / 20);
  });

  it("switches to seeded Monte Carlo above maxExactSplits, close to the exact p (3 Monte Carlo s.e.)", () => {
    const a = new Float64Array([0.021, 0.034, -0.004, 0.017, 0.045, 0.012, 0.029, 0.008]);
    const b = new Float64Array([0.003, -0.012, 0.018, -0.007, 0.001, 0.011, -0.02, 0.006]);
    const exact = permutationTest(a, b);
    expect(exact.method).toBe("exact");
    expect(exact.permutations).toBe(12870);
    const mc = permutationTest(a, b, { maxExactSplits: 1000, draws: 20_000, seed: 7 });
    expect(mc.method).toBe("monte-carlo");
    expect(mc.permutations).toBe(20_000);
    const se = Math.sqrt((exact.pValue * (1 - exact.pValue)) / 20_000);
    expect(Math.abs(mc.pValue - exact.pValue), `mc=${mc.pValue} exact=${exact.pValue} se=${se}`).toBeLessThan(3 * se + 1 / 20_001);
    // Same seed, same answer; the p-value has the (1 + k)/(1 + B) form.
    expect(permutationTest(a, b, { maxExactSplits: 1000, draws: 20_000, seed: 7 })).toEqual(mc);
    const scaled = mc.pValue * 20_001;
    expect(Math.abs(scaled - Math.round(scaled)), `(1 + B)·p = ${scaled}`).toBeLessThan(1e-9);
  });

  it("Monte Carlo relabels the smaller group correctly when group a is the larger (3 Monte Carlo s.e.)", () => {
    const a = new Float64Array([0.8, 1.9, -0.4, 2.2, 0.3, 1.1, 0.7, 1.6, 0.9]);
    const b = new Float64Array([0.1, -0.6, 0.4, -1.2, 0.2]);
    for (const alternative of ALTERNATIVES) {
      const exact = permutationTest(a, b, { alternative });
      expect(exact.permutations).toBe(2002);
      const mc = permutationTest(a, b, { alternative, maxExactSplits: 100, draws: 20_000 });
      expect(mc.method).toBe("monte-carlo");
      const se = Math.sqrt((exact.pValue * (1 - exact.pValue)) / 20_000);
      const ctx = `alt=${alternative} mc=${mc.pValue} exact=${exact.pValue} se=${se}`;
      expect(Math.abs(mc.pValue - exact.pValue), ctx).toBeLessThan(3 * se + 1 / 20_001);
    }
  });

  it("never reports p = 0 by Monte Carlo (Phipson & Smyth): p ≥ 1/(1 + B)", () => {
    const a = Float64Array.from({ length: 30 }, (_, i) => 10 + i);
    const b = Float64Array.from({ length: 30 }, (_, i) => -i);
    const r = permutationTest(a, b, { draws: 999 });
    expect(r.method).toBe("monte-carlo");
    expect(r.pValue).toBe(1 / 1000);
  });

  it("returns NaN for unusable data and throws on invalid options", () => {
    expect(permutationTest(new Float64Array([]), new Float64Array([1, 2])).pValue).toBeNaN();
    expect(permutationTest(new Float64Array([1, Number.NaN]), new Float64Array([1, 2])).statistic).toBeNaN();
    const a = new Float64Array([1, 2]);
    expect(() => permutationTest(a, a, { draws: 0 })).toThrow(RangeError);
    expect(() => permutationTest(a, a, { maxExactSplits: -1 })).toThrow(RangeError);
    expect(() => permutationTest(a, a, { maxExactSplits: 2 ** 27 })).toThrow(RangeError);
    expect(() => permutationTest(a, a, { seed: 1.5 })).toThrow(RangeError);
  });

  const group = fc.array(
    fc.integer({ min: -1000, max: 1000 }).map((i) => i / 1000),
    { minLength: 1, maxLength: 7 },
  );

  it("gives an exact p in (0, 1] and swapping groups mirrors the alternative (property, 1e-15)", () => {
    fc.assert(
      fc.property(group, group, fc.constantFrom(...ALTERNATIVES), (xa, xb, alt) => {
        const a = Float64Array.from(xa);
        const b = Float64Array.from(xb);
        const r = permutationTest(a, b, { alternative: alt });
        const mirrored: Alternative = alt === "less" ? "greater" : alt === "greater" ? "less" : alt;
        const s = permutationTest(b, a, { alternative: mirrored });
        const ctx = `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)} alt=${alt} r=${JSON.stringify(r)} s=${JSON.stringify(s)}`;
        expect(r.method, ctx).toBe("exact");
        expect(r.pValue, ctx).toBeGreaterThan(0);
        expect(r.pValue, ctx).toBeLessThanOrEqual(1);
        expect(Math.abs(r.pValue - s.pValue), ctx).toBeLessThan(1e-15);
      }),
    );
  });

  it("has one-sided exact p-values summing to 1 + P(D = observed) ≥ 1 (property)", () => {
    fc.assert(
      fc.property(group, group, (xa, xb) => {
        const a = Float64Array.from(xa);
        const b = Float64Array.from(xb);
        const less = permutationTest(a, b, { alternative: "less" }).pValue;
        const greater = permutationTest(a, b, { alternative: "greater" }).pValue;
        expect(less + greater, `a=${JSON.stringify(xa)} b=${JSON.stringify(xb)}`).toBeGreaterThanOrEqual(1 - 1e-15);
      }),
    );
  });
});

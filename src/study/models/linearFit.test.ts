import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose } from "../fixtures/expectClose.js";
import { f64, fixtures } from "../fixtures/studyFixtures.js";
import { fitLinear, leverage, predict, rowComplete, windowLeverage } from "./linearFit.js";

describe("fitLinear against numpy.linalg.lstsq (make_fixtures.py, NaN rows skipped)", () => {
  for (const f of fixtures.linearFit) {
    it(`k = ${f.k}: coefficients, s², df, M, R², x̄ (relative 1e-10)`, () => {
      const y = f64(f.y);
      const x = f.x.map(f64);
      const fit = fitLinear(y, x, f.from, f.to);
      const ctx = `k=${f.k} rows [${f.from},${f.to})`;
      expect(fit.m, `${ctx}: M`).toBe(f.m);
      expect(fit.df, `${ctx}: df`).toBe(f.df);
      expect(fit.estimated).toBe(true);
      // lstsq (QR/SVD) and the centred Cholesky solve agree to ~1e-13; 1e-10 leaves room for conditioning.
      expectAllClose(fit.coef, f.coef, 1e-10, `${ctx}: coef`, 1e-15);
      expectClose(fit.s2, f.s2, 1e-10, `${ctx}: s2`);
      expectClose(fit.r2, f.r2, 1e-10, `${ctx}: r2`, 1e-12); // k = 0: R² is 0 up to rounding
      expectAllClose(fit.xMean, f.xMean, 1e-12, `${ctx}: xMean`, 1e-18);
    });

    it(`k = ${f.k}: leverage and windowLeverage equal x*'(X'X)⁻¹x* and 1'X*(X'X)⁻¹X*'1 (relative 1e-10)`, () => {
      const y = f64(f.y);
      const x = f.x.map(f64);
      const fit = fitLinear(y, x, f.from, f.to);
      expectClose(leverage(fit, x, f.leverageRow), f.leverage, 1e-10, `k=${f.k} leverage row ${f.leverageRow}`);
      expectClose(windowLeverage(fit, x, f.windowFrom, f.windowTo), f.windowLeverage, 1e-10, `k=${f.k} window [${f.windowFrom},${f.windowTo})`);
      expectClose(predict(fit, x, f.predictRow), f.predict, 1e-10, `k=${f.k} predict row ${f.predictRow}`, 1e-15);
    });
  }

  it("k = 0 is the sample mean with s² the variance (ddof 1), leverage 1/M and window leverage L²/M (exact formula, 1e-14)", () => {
    const y = new Float64Array([0.01, -0.02, Number.NaN, 0.03, 0.005]);
    const fit = fitLinear(y, [], 0, 5);
    const ys = [0.01, -0.02, 0.03, 0.005];
    const mean = ys.reduce((a, b) => a + b) / 4;
    const s2 = ys.reduce((a, b) => a + (b - mean) ** 2, 0) / 3;
    expectClose(fit.coef[0]!, mean, 1e-14, "mean");
    expectClose(fit.s2, s2, 1e-14, "s2");
    expectClose(leverage(fit, [], 0), 1 / 4, 1e-15, "leverage");
    expectClose(windowLeverage(fit, [], 0, 3), 9 / 4, 1e-15, "window leverage");
  });
});

describe("fitLinear on degenerate designs", () => {
  const x1 = Float64Array.from({ length: 30 }, (_, i) => Math.sin(i) / 100);
  const y = Float64Array.from({ length: 30 }, (_, i) => 0.001 + 0.9 * x1[i]! + Math.cos(3 * i) / 200);

  it("a singular design (one regressor a multiple of another) gives NaN coefficients and s²", () => {
    const x2 = x1.map((v) => 2 * v);
    const fit = fitLinear(y, [x1, x2], 0, 30);
    expect(Array.from(fit.coef).every(Number.isNaN), `coef ${Array.from(fit.coef)}`).toBe(true);
    expect(fit.s2).toBeNaN();
    expect(fit.m).toBe(30);
  });

  // A constant regressor whose mean is not exactly representable (0.004: Σ/30 ≠ 0.004) leaves S ≈ 1e-34,
  // not 0: the singularity check must judge it against the regressor's scale.
  it("a constant regressor gives NaN coefficients", () => {
    const fit = fitLinear(y, [new Float64Array(30).fill(0.004)], 0, 30);
    expect(Array.from(fit.coef).every(Number.isNaN)).toBe(true);
    expect(fit.s2).toBeNaN();
  });

  it("no complete row gives M = 0 and NaN everything", () => {
    const fit = fitLinear(new Float64Array(5).fill(Number.NaN), [x1], 0, 5);
    expect(fit.m).toBe(0);
    expect(Array.from(fit.coef).every(Number.isNaN)).toBe(true);
    expect(fit.s2).toBeNaN();
  });

  it("a constant regressor exactly representable after averaging (0) gives NaN coefficients", () => {
    const fit = fitLinear(y, [new Float64Array(30)], 0, 30);
    expect(Array.from(fit.coef).every(Number.isNaN)).toBe(true);
  });

  it("exactly k + 1 rows: an exact fit with df 0 has NaN s²", () => {
    const fit = fitLinear(new Float64Array([1, 3]), [new Float64Array([0, 1])], 0, 2);
    expect(fit.df).toBe(0);
    expectAllClose(fit.coef, [1, 2], 1e-15, "coef");
    expect(fit.s2).toBeNaN();
  });

  it("rowComplete requires y and every regressor finite", () => {
    const a = new Float64Array([1, Number.NaN, 1, 1]);
    const b = new Float64Array([1, 1, Infinity, 1]);
    expect([0, 1, 2, 3].map((t) => rowComplete(new Float64Array([1, 1, 1, Number.NaN]), [a, b], t))).toEqual([true, false, false, false]);
  });
});

describe("fitLinear properties", () => {
  const ret = fc.integer({ min: -50_000, max: 50_000 }).map((i) => i / 1e6);

  it("recovers a and b of y = a + b·x + ε as ε → 0 (property: |error| ≤ 1e-6 for noise of scale 1e-10)", () => {
    fc.assert(
      fc.property(
        fc.array(ret, { minLength: 5, maxLength: 80 }).filter((xs) => Math.max(...xs) - Math.min(...xs) > 0.01),
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 }),
        (xs, a, b, noise) => {
          const x = Float64Array.from(xs);
          const y = x.map((v, i) => a + b * v + 1e-10 * noise[i]!);
          const fit = fitLinear(y, [x], 0, x.length);
          const ctx = `a=${a} b=${b} x=${JSON.stringify(xs)}`;
          expect(Math.abs(fit.coef[0]! - a), ctx).toBeLessThan(1e-6);
          expect(Math.abs(fit.coef[1]! - b), ctx).toBeLessThan(1e-6);
        },
      ),
    );
  });

  it("window leverage of a single row equals its leverage (property, relative 1e-12)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ret, ret, ret), { minLength: 8, maxLength: 40 }), fc.nat(), (rows, pick) => {
        const x1 = Float64Array.from(rows, (r) => r[0]);
        const x2 = Float64Array.from(rows, (r) => r[1]);
        const y = Float64Array.from(rows, (r) => r[2]);
        const fit = fitLinear(y, [x1, x2], 0, rows.length);
        fc.pre(Number.isFinite(fit.coef[0]!));
        const t = pick % rows.length;
        expectClose(windowLeverage(fit, [x1, x2], t, t + 1), leverage(fit, [x1, x2], t), 1e-12, `row ${t} of ${JSON.stringify(rows)}`);
      }),
    );
  });
});

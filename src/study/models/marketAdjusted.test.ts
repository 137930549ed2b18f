import { describe, expect, it } from "vitest";
import { expectClose } from "../fixtures/expectClose.js";
import { f64, fixtures } from "../fixtures/studyFixtures.js";
import { leverage, predict, windowLeverage } from "./linearFit.js";
import { marketAdjusted } from "./marketAdjusted.js";

describe("marketAdjusted", () => {
  const f = fixtures.marketAdjusted;

  it("s² = var(R - Rm, ddof 1) over the rows with both returns (numpy, relative 1e-12)", () => {
    const fit = marketAdjusted.fit({ y: f64(f.r), columns: [f64(f.rm)], auxiliary: [] }, f.from, f.to);
    expect(fit.m).toBe(f.m);
    expect(fit.df).toBe(f.m - 1);
    expectClose(fit.s2, f.s2, 1e-12, `rows [${f.from},${f.to})`);
  });

  it("estimates nothing: α = 0, β = 1, E[R] = Rm and no prediction-error leverage", () => {
    const x = new Float64Array([0.01, -0.02, 0.03]);
    const y = new Float64Array([0.02, -0.01, 0.05]);
    const fit = marketAdjusted.fit({ y, columns: [x], auxiliary: [] }, 0, 3);
    expect(Array.from(fit.coef)).toEqual([0, 1]);
    expect(fit.estimated).toBe(false);
    expect(predict(fit, [x], 1)).toBe(-0.02);
    expect(leverage(fit, [x], 1)).toBe(0);
    expect(windowLeverage(fit, [x], 0, 3)).toBe(0);
  });

  it("fewer than two usable days give NaN s²", () => {
    const fit = marketAdjusted.fit({ y: new Float64Array([0.01, Number.NaN]), columns: [new Float64Array([0, 0])], auxiliary: [] }, 0, 2);
    expect(fit.m).toBe(1);
    expect(fit.s2).toBeNaN();
  });
});

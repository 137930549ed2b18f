import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { eventGrid } from "../eventWindow.js";
import { expectClose } from "../fixtures/expectClose.js";
import { measureEvent } from "../fixtures/measureOne.js";
import { buildPanel } from "../panel.js";
import { constantMean } from "./constantMean.js";

describe("constantMean", () => {
  it("E[R] is the estimation mean and s² the sample variance (ddof 1), NaN days skipped (hand formula, 1e-14)", () => {
    const y = new Float64Array([0.5, 0.012, -0.004, Number.NaN, 0.02, 0.001, -0.3]);
    const design = constantMean.design({ dates: new Int32Array(7), r: y, rm: new Float64Array(7), marketRow: new Int32Array(7), bridged: new Uint8Array(7) });
    expect(design.columns).toEqual([]);
    const fit = constantMean.fit(design, 1, 6);
    const xs = [0.012, -0.004, 0.02, 0.001];
    const mean = (0.012 - 0.004 + 0.02 + 0.001) / 4;
    const s2 = xs.reduce((s, v) => s + (v - mean) ** 2, 0) / 3;
    expect(fit.m).toBe(4);
    expect(fit.df).toBe(3);
    expectClose(fit.coef[0]!, mean, 1e-14, `mean of ${xs}`);
    expectClose(fit.s2, s2, 1e-13, `variance of ${xs}`);
    expect(constantMean.requires).toBe("nothing");
  });

  const ret = fc.integer({ min: -80_000, max: 80_000 }).map((i) => i / 1e6);
  it("shifting the security's returns by a constant leaves every AR unchanged (property, absolute 1e-15)", () => {
    const grid = eventGrid(
      [-40, -6],
      [
        [0, 0],
        [-2, 3],
      ],
    );
    fc.assert(
      fc.property(
        fc.array(ret, { minLength: 50, maxLength: 50 }),
        fc.integer({ min: -20_000, max: 20_000 }).map((i) => i / 1e6),
        (xs, shift) => {
          const dates = Int32Array.from(xs, (_, i) => 500 + i);
          const measure = (values: Float64Array) => {
            const panel = buildPanel({ dates, values });
            return measureEvent(panel, constantMean, constantMean.design(panel), 45, {
              grid,
              windows: [
                [0, 0],
                [-2, 3],
              ],
              minEstimationDays: 10,
              convention: CONVENTIONS.textbook,
              returnType: "simple",
            });
          };
          const base = measure(Float64Array.from(xs));
          const moved = measure(Float64Array.from(xs, (v) => v + shift));
          fc.pre(base.status.code === "ok");
          expect(moved.status.code).toBe("ok");
          for (let g = 0; g < base.ar.length; g++) {
            expect(Math.abs(moved.ar[g]! - base.ar[g]!), `shift ${shift}, column ${g}, returns ${JSON.stringify(xs)}`).toBeLessThanOrEqual(1e-15);
          }
          expectClose(moved.s2, base.s2, 1e-9, `s2 after shift ${shift}`);
        },
      ),
    );
  });
});

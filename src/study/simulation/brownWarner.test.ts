import { describe, expect, it } from "vitest";
import type { Series } from "../../series.js";
import { seededUniform } from "../../../test/support/seededUniform.js";
import { equalWeightedIndex, simulateBrownWarner, type SimulationDesign } from "./brownWarner.js";

/** 30 securities on 420 days: a common factor plus noise (normal by Box-Muller), betas 0.5-1.5. */
function panel(): Map<string, Series> {
  const u = seededUniform(9);
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const dates = Int32Array.from({ length: 420 }, (_, i) => 15_000 + i);
  const factor = Float64Array.from(dates, () => 0.01 * normal());
  return new Map(Array.from({ length: 30 }, (_, k) => [`S${k}`, { dates, values: factor.map((f) => (0.5 + k / 30) * f + 0.015 * normal()) }] as const));
}

const design: SimulationDesign = {
  events: 20,
  samples: 30,
  abnormal: [0, 0.05],
  tests: ["cross-sectional-t", "bmp", "corrado-rank", "wild-bootstrap-rademacher"],
  seed: 5,
  level: 0.05,
  estimation: [-250, -11],
};

describe("Brown-Warner simulation", () => {
  const securities = panel();
  const market = equalWeightedIndex(securities);

  it("is reproducible from its seed: the same table twice, another with another seed", () => {
    const a = simulateBrownWarner(securities, market, design);
    expect(simulateBrownWarner(securities, market, design)).toEqual(a);
    expect(simulateBrownWarner(securities, market, { ...design, seed: 6 }).rows).not.toEqual(a.rows);
  });

  it("rates are shares of the samples; a daily-only test (Corrado) is read on day 0; a 5 % shock against 1.5 % noise is always found", () => {
    const steps: number[] = [];
    const t = simulateBrownWarner(securities, market, design, (done, total) => {
      steps.push(done);
      expect(total).toBe(60);
    });
    expect(steps).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const row of t.rows) {
      for (const name of design.tests) {
        const r = row.rejections[name]!;
        expect(Number.isInteger(r * design.samples)).toBe(true);
        expect(row.undefinedP[name]).toBe(0);
      }
    }
    for (const name of design.tests) expect(t.rows[1]!.rejections[name], name).toBe(1);
  });

  it("the equally weighted index is the mean return of the securities trading each day", () => {
    const m = equalWeightedIndex(
      new Map([
        ["A", { dates: Int32Array.of(1, 2, 3), values: Float64Array.of(Number.NaN, 0.02, 0.04) }],
        ["B", { dates: Int32Array.of(2, 3, 4), values: Float64Array.of(0.0, -0.02, 0.01) }],
      ]),
    );
    expect(Array.from(m.dates)).toEqual([2, 3, 4]);
    expect(Array.from(m.values)).toEqual([0.01, 0.01, 0.01]);
  });
});

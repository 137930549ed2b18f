import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose } from "../fixtures/expectClose.js";
import { f64, fixtures } from "../fixtures/studyFixtures.js";
import type { SecurityPanel } from "../panel.js";
import { carhart4, famaFrench3, famaFrench5 } from "./factorModel.js";

const f = fixtures.factor;
const n = f.r.length;
const panel: SecurityPanel = {
  dates: Int32Array.from({ length: n }, (_, i) => 20_000 + i),
  r: f64(f.r),
  rm: new Float64Array(n).fill(Number.NaN),
  marketRow: new Int32Array(n).fill(-1),
  bridged: new Uint8Array(n),
  rf: f64(f.rf),
  factors: Object.fromEntries(Object.entries(f.factors).map(([k, v]) => [k, f64(v)])),
};

describe("factor models against numpy.linalg.lstsq of R - RF on the factors (synthetic, NaN rows skipped)", () => {
  for (const model of [famaFrench3, carhart4, famaFrench5]) {
    it(`${model.name}: coefficients (relative 1e-10), M, s² with M - k - 1 df (relative 1e-10)`, () => {
      const want = f.models[model.name as keyof typeof f.models];
      const design = model.design(panel);
      expect(design.columns.length).toBe(want.coef.length - 1);
      const fit = model.fit(design, f.from, f.to);
      expect(fit.m, `${model.name} M`).toBe(want.m);
      expect(model.parameters.length).toBe(want.coef.length);
      expectAllClose(fit.coef, want.coef, 1e-10, `${model.name} coef`, 1e-15);
      expectClose(fit.s2, want.s2, 1e-10, `${model.name} s2`);
    });
  }

  it("the dependent variable is the excess return R - RF (NaN where RF is missing)", () => {
    const design = famaFrench3.design(panel);
    expect(design.y[17]).toBeNaN();
    expectClose(design.y[3]!, f.r[3]! - f.rf[3]!, 1e-15, "excess return row 3");
  });

  it("names the missing factor or missing factor series instead of fitting", () => {
    const { factors: _factors, rf: _rf, ...noFactors } = panel;
    expect(() => famaFrench3.design(noFactors)).toThrow(/needs factor returns/);
    const noMom: SecurityPanel = { ...panel, factors: { "Mkt-RF": panel.factors!["Mkt-RF"]!, SMB: panel.factors!.SMB!, HML: panel.factors!.HML! } };
    expect(() => carhart4.design(noMom)).toThrow(/"MOM"/);
  });
});

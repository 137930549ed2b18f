import { describe, expect, it } from "vitest";
import { expectClose } from "../fixtures/expectClose.js";
import { f64, fixtures } from "../fixtures/studyFixtures.js";
import { fitLinear } from "./linearFit.js";
import { shifted } from "./returnModel.js";
import { dimson, scholesWilliams } from "./thinTrading.js";

const f = fixtures.thinTrading;
const y = f64(f.y);
const rm = f64(f.rm);
const panel = {
  dates: Int32Array.from(y, (_, i) => 100 + i),
  r: y,
  rm,
  marketRow: Int32Array.from(y, (_, i) => i),
  bridged: new Uint8Array(y.length),
};

describe("thin-trading betas against numpy (autocorrelated synthetic market, NaNs in both series)", () => {
  it("the design carries R_m,t-1 and R_m,t+1 as auxiliary series", () => {
    const d = scholesWilliams.design(panel);
    const [lag, lead] = d.auxiliary;
    for (let t = 0; t < y.length; t++) {
      expect(Object.is(lag![t], f64(f.lag)[t]), `lag row ${t}`).toBe(true);
      expect(Object.is(lead![t], f64(f.lead)[t]), `lead row ${t}`).toBe(true);
    }
  });

  it("Scholes-Williams: β = (β⁻ + β⁰ + β⁺)/(1 + 2ρ), α = ȳ - βx̄, s² = SSE/(M-2) (relative 1e-10)", () => {
    const want = f.scholesWilliams;
    const fit = scholesWilliams.fit(scholesWilliams.design(panel), f.from, f.to);
    expectClose(fit.coef[1]!, want.beta, 1e-10, "SW beta");
    expectClose(fit.coef[0]!, want.alpha, 1e-10, "SW alpha");
    expectClose(fit.s2, want.s2, 1e-10, "SW s2");
    expectClose(fit.r2, want.r2, 1e-10, "SW r2");
    expect(fit.m).toBe(want.m);
    expect(fit.df).toBe(want.m - 2);
    // ρ is the slope of R_mt on R_m,t-1.
    expectClose(fitLinear(rm, [shifted(rm, 1)], f.from, f.to).coef[1]!, f.rho, 1e-10, "rho");
  });

  it("Dimson: β = sum of the slopes of one regression on R_m,t-1, R_mt, R_m,t+1 (relative 1e-10)", () => {
    const want = f.dimson;
    const fit = dimson.fit(dimson.design(panel), f.from, f.to);
    expectClose(fit.coef[1]!, want.beta, 1e-10, "Dimson beta");
    expectClose(fit.coef[0]!, want.alpha, 1e-10, "Dimson alpha");
    expectClose(fit.s2, want.s2, 1e-10, "Dimson s2");
    expect(fit.m).toBe(want.m);
  });

  it("the corrected betas differ from the OLS beta on an autocorrelated market (the test data discriminates)", () => {
    const ols = fitLinear(y, [rm], f.from, f.to).coef[1]!;
    expect(Math.abs(ols - f.scholesWilliams.beta)).toBeGreaterThan(0.05);
    expect(Math.abs(ols - f.dimson.beta)).toBeGreaterThan(0.05);
  });
});

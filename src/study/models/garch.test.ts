import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectClose } from "../fixtures/expectClose.js";
import { f64, type Nullable } from "../fixtures/studyFixtures.js";
import { fitGarch, garchLogLikelihood, INTEGRATED, type GarchFit } from "./garch.js";
import { nelderMead } from "./nelderMead.js";
import { runStudy } from "../runStudy.js";

interface GarchCase {
  y: Nullable;
  x: number[];
  estimationTo: number;
  coef: number[];
  logLik: number;
  forecast: number[];
  probe: { theta: number[]; logLik: number };
}
const fx: { garch: GarchCase; integrated: { y: number[]; x: number[]; estimationTo: number } } = JSON.parse(
  readFileSync(new URL("./fixtures/garch.json", import.meta.url), "utf8"),
);

const design = (c: { y: Nullable; x: number[] }) => ({ y: f64(c.y), columns: [Float64Array.from(c.x)], auxiliary: [] });

describe("GARCH(1,1) market model against scipy (make_garch.py; 238 complete estimation days, two missing)", () => {
  const c = fx.garch;
  const d = design(c);
  const rows = Array.from({ length: c.estimationTo }, (_, t) => t).filter((t) => Number.isFinite(d.y[t]!));
  const y = Float64Array.from(rows, (t) => d.y[t]!);
  const x = Float64Array.from(rows, (t) => c.x[t]!);

  it("the log-likelihood at given parameters equals numpy's (relative 1e-12)", () => {
    const [alpha, beta, omega, arch, garch] = c.probe.theta as [number, number, number, number, number];
    expectClose(garchLogLikelihood({ alpha, beta, omega, arch, garch }, y, x).logLik, c.probe.logLik, 1e-12, "log-likelihood");
  });

  const fit = fitGarch(d, 0, c.estimationTo) as GarchFit;
  it("converges, to the maximum scipy finds: log-likelihood relative 1e-12, parameters relative 1e-5, forecasts relative 1e-6", () => {
    expect(fit.failure).toBeUndefined();
    expect(fit.m).toBe(rows.length);
    // The maximum itself is sharp; the parameters sit on a flat ridge (ω against a + g), so they agree less closely.
    expectClose(fit.logLik, c.logLik, 1e-12, "maximum log-likelihood");
    expect(fit.logLik).toBeGreaterThanOrEqual(c.logLik - 1e-7);
    c.coef.forEach((v, j) => expectClose(fit.coef[j]!, v, 1e-5, `parameter ${j}`));
    c.forecast.forEach((v, k) => expectClose(fit.conditionalVariance!(c.estimationTo + k), v, 1e-6, `h forecast row ${c.estimationTo + k}`));
  });

  it("forecasts revert to the unconditional level ω/(1 - a - g) monotonically", () => {
    const level = fit.garch.omega / (1 - fit.garch.arch - fit.garch.garch);
    expectClose(fit.s2, level, 1e-15, "s2 is the level");
    const h = Array.from({ length: 400 }, (_, k) => fit.conditionalVariance!(c.estimationTo + k));
    expectClose(h[399]!, level, 1e-6, "far forecast");
    const up = h[1]! > h[0]!;
    for (let k = 1; k < h.length; k++) expect(h[k]! >= h[k - 1]! === up || h[k] === h[k - 1]).toBe(true);
  });

  it("a variance that jumps fourfold halfway gives an integrated fit, reported as a failure with its reason", () => {
    const bad = fitGarch(design(fx.integrated), 0, fx.integrated.estimationTo) as GarchFit;
    expect(bad.garch.arch + bad.garch.garch).toBeGreaterThan(INTEGRATED);
    expect(bad.failure).toMatch(/integrated/);
  });
});

describe("Nelder-Mead", () => {
  it("finds the minimum of Rosenbrock's function (1, 1) to 1e-6 and says it converged", () => {
    const r = nelderMead((p) => 100 * (p[1]! - p[0]! ** 2) ** 2 + (1 - p[0]!) ** 2, Float64Array.of(-1.2, 1), Float64Array.of(0.5, 0.5), {
      fTol: 1e-14,
      xTol: 1e-10,
      maxIterations: 10_000,
    });
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-6);
    expect(Math.abs(r.x[1]! - 1)).toBeLessThan(1e-6);
  });

  it("says it did not converge when the iterations run out", () => {
    const r = nelderMead((p) => 100 * (p[1]! - p[0]! ** 2) ** 2 + (1 - p[0]!) ** 2, Float64Array.of(-1.2, 1), Float64Array.of(0.5, 0.5), {
      fTol: 1e-14,
      xTol: 1e-10,
      maxIterations: 5,
    });
    expect(r.converged).toBe(false);
  });
});

describe("a study with the GARCH market model", () => {
  const c = fx.garch;
  const dates = Int32Array.from({ length: 260 }, (_, i) => 16_000 + i);
  const market = { dates, values: Float64Array.from(c.x) };
  // Every day traded (a missing day would be a suspension, bridged and left out of the fit).
  const full = Float64Array.from(c.y, (v) => v ?? 0.001);
  const securities = new Map([
    ["G", { dates, values: full }],
    ["J", { dates, values: Float64Array.from(fx.integrated.y) }],
  ]);
  const result = runStudy({
    securities,
    markets: new Map([
      ["M", { dates, values: Float64Array.from(fx.integrated.x) }],
      ["MG", market],
    ]),
    defaultMarket: "M",
    events: [
      { id: "g", security: "G", date: dates[250]!, market: "MG" },
      { id: "j", security: "J", date: dates[250]!, market: "M" },
    ],
    options: {
      model: "garch-market-model",
      estimation: [-250, -11],
      windows: [
        [0, 0],
        [-1, 1],
      ],
      minEstimationDays: 100,
      tests: ["patell", "bmp"],
    },
  });

  it("uses each event day's conditional variance forecast as Var(AR), and their sum as Var(CAR)", () => {
    const g = result.events[0]!;
    expect(g.status).toBe("ok");
    const fit = fitGarch({ y: full, columns: [Float64Array.from(c.x)], auxiliary: [] }, 0, 240) as GarchFit;
    expect(g.parameters).toEqual({ alpha: fit.coef[0], beta: fit.coef[1], omega: fit.coef[2], arch: fit.coef[3], garch: fit.coef[4] });
    g.days.forEach((d) => expectClose(d.se, Math.sqrt(fit.conditionalVariance!(250 + d.day)), 1e-14, `se day ${d.day}`));
    const h = [-1, 0, 1].reduce((s, d) => s + fit.conditionalVariance!(250 + d), 0);
    expectClose(g.windows[1]!.se, Math.sqrt(h), 1e-14, "se of CAR[-1,+1]");
  });

  it("reports the integrated fit as model-failed with its reason, and measures the other event", () => {
    const j = result.events[1]!;
    expect(j.status).toBe("model-failed");
    expect(j.reason).toMatch(/GARCH\(1,1\) fit is integrated/);
    expect(result.groups[0]!.measured).toBe(1);
  });
});

import { fitLinear, rowComplete, type LinearFit } from "./linearFit.js";
import { nelderMead } from "./nelderMead.js";
import type { ModelDesign, ReturnModel } from "./returnModel.js";

/** Parameters of the market model with GARCH(1,1) errors. */
export interface GarchParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly omega: number;
  /** ARCH coefficient (on the last squared residual). */
  readonly arch: number;
  /** GARCH coefficient (on the last conditional variance). */
  readonly garch: number;
}

const LOG_2PI = Math.log(2 * Math.PI);
/** α + β beyond this: the variance process is integrated and has no level to revert to. */
export const INTEGRATED = 0.9999;
const MAX_ITERATIONS = 20_000;
const TOLERANCE = { fTol: 1e-10, xTol: 1e-9, maxIterations: MAX_ITERATIONS };

/**
 * Gaussian log-likelihood of R_t = α + β R_mt + ε_t, ε_t | past ~ N(0, h_t),
 *   h_t = ω + a ε²_{t-1} + g h_{t-1}  (Bollerslev 1986, J. Econometrics 31, 307-327),
 *   ℓ = -½ Σ_t (ln 2π + ln h_t + ε_t² / h_t),
 * over the complete rows (y, x) in order, h_1 = mean of the ε_t² (the sample variance as a start).
 * Also returns the last residual and variance, from which forecasts start.
 */
export function garchLogLikelihood(p: GarchParameters, y: Float64Array, x: Float64Array): { logLik: number; lastE2: number; lastH: number } {
  const m = y.length;
  let h0 = 0;
  for (let t = 0; t < m; t++) h0 += (y[t]! - p.alpha - p.beta * x[t]!) ** 2;
  h0 /= m;
  let h = h0;
  let logLik = 0;
  let e2 = 0;
  for (let t = 0; t < m; t++) {
    if (t > 0) h = p.omega + p.arch * e2 + p.garch * h;
    e2 = (y[t]! - p.alpha - p.beta * x[t]!) ** 2;
    logLik -= 0.5 * (LOG_2PI + Math.log(h) + e2 / h);
  }
  return { logLik, lastE2: e2, lastH: h };
}

/** A GARCH fit: the linear part for abnormal returns, plus the ML parameters and forecasts. */
export interface GarchFit extends LinearFit {
  readonly garch: GarchParameters;
  readonly logLik: number;
  readonly iterations: number;
}

/**
 * Maximum likelihood over rows [from, to) (complete rows only, taken as consecutive) by Nelder-Mead on
 * unconstrained coordinates: α = α₀ + s z₁, β = β₀ + z₂, ω = s² e^{z₃}, a = e^{z₄}/(1 + e^{z₄} + e^{z₅}),
 * g = e^{z₅}/(1 + e^{z₄} + e^{z₅}), so ω > 0, a, g > 0 and a + g < 1 hold everywhere; α₀, β₀, s² from
 * OLS; start a = 0.05, g = 0.90, ω = 0.05 s². The simplex is restarted once from its best point. Gives
 * `failure` when it does not converge or ends integrated (a + g > 0.9999). The conditional variance of
 * a row after the window is the k-step forecast h_{T+k} = σ² + (a + g)^{k-1}(h_{T+1} - σ²),
 * σ² = ω/(1 - a - g), with k counted in the security's rows from the last one used.
 */
export function fitGarch(design: ModelDesign, from: number, to: number): GarchFit | LinearFit {
  const x = design.columns[0]!;
  const ols = fitLinear(design.y, design.columns, from, to);
  const rows: number[] = [];
  for (let t = from; t < to; t++) if (rowComplete(design.y, design.columns, t)) rows.push(t);
  if (!Number.isFinite(ols.coef[0]!) || !(ols.s2 > 0) || rows.length < 10) return ols;
  const y = Float64Array.from(rows, (t) => design.y[t]!);
  const xs = Float64Array.from(rows, (t) => x[t]!);
  const s = Math.sqrt(ols.s2);
  const params = (z: Float64Array): GarchParameters => {
    const d = 1 + Math.exp(z[3]!) + Math.exp(z[4]!);
    return {
      alpha: ols.coef[0]! + s * z[0]!,
      beta: ols.coef[1]! + z[1]!,
      omega: ols.s2 * Math.exp(z[2]!),
      arch: Math.exp(z[3]!) / d,
      garch: Math.exp(z[4]!) / d,
    };
  };
  const f = (z: Float64Array): number => -garchLogLikelihood(params(z), y, xs).logLik;
  const start = Float64Array.of(0, 0, Math.log(0.05), Math.log(0.05 / 0.05), Math.log(0.9 / 0.05));
  const step = Float64Array.of(0.1, 0.1, 0.5, 0.5, 0.5);
  const first = nelderMead(f, start, step, TOLERANCE);
  const second = nelderMead(
    f,
    first.x,
    step.map((v) => v / 10),
    TOLERANCE,
  );
  const p = params(second.x);
  const { logLik, lastE2, lastH } = garchLogLikelihood(p, y, xs);
  const persistence = p.arch + p.garch;
  const level = p.omega / (1 - persistence);
  const next = p.omega + p.arch * lastE2 + p.garch * lastH;
  const last = rows[rows.length - 1]!;
  let sse = 0;
  let syy = 0;
  let ybar = 0;
  for (const v of y) ybar += v;
  ybar /= y.length;
  y.forEach((v, t) => {
    sse += (v - p.alpha - p.beta * xs[t]!) ** 2;
    syy += (v - ybar) ** 2;
  });
  const iterations = first.iterations + second.iterations;
  const failure = !(first.converged && second.converged)
    ? `the GARCH(1,1) likelihood did not converge in ${2 * MAX_ITERATIONS} Nelder-Mead iterations`
    : persistence > INTEGRATED
      ? `the GARCH(1,1) fit is integrated (ARCH + GARCH = ${persistence.toFixed(5)}): its variance has no level to forecast`
      : undefined;
  return {
    coef: Float64Array.of(p.alpha, p.beta, p.omega, p.arch, p.garch),
    xMean: ols.xMean,
    sInv: ols.sInv,
    s2: level,
    df: rows.length - 5,
    m: rows.length,
    r2: 1 - sse / syy,
    estimated: true,
    garch: p,
    logLik,
    iterations,
    conditionalVariance: (row: number) => level + persistence ** (row - last - 1) * (next - level),
    ...(failure ? { failure } : {}),
  };
}

/**
 * Market model with GARCH(1,1) errors fitted by maximum likelihood (Bollerslev 1986): abnormal returns
 * from its mean equation, and each event day's conditional variance forecast in place of s² for the
 * standardized tests (Patell, BMP, GRANK, ...). Var(CAR) is the sum of the window's forecasts; the
 * parameters' estimation error is not added.
 */
export const garchMarketModel: ReturnModel = {
  name: "garch-market-model",
  label: "market model with GARCH(1,1) errors (ML)",
  parameters: ["alpha", "beta", "omega", "arch", "garch"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [] }),
  fit: fitGarch,
};

import { fitLinear, rowComplete, type LinearFit } from "./linearFit.js";
import { shifted, type ModelDesign, type ReturnModel } from "./returnModel.js";

/**
 * A market model whose beta is corrected for thin trading: the expected return is α + β R_mt with
 * α = ȳ - β x̄ over the estimation days, and s² = Σ (R_it - α - β R_mt)² / (M - 2). The prediction-error
 * leverage is taken from the ordinary market-model regression on the same days (an approximation:
 * the corrected beta's own sampling variance has no closed form here).
 */
function correctedFit(design: ModelDesign, from: number, to: number, beta: number): LinearFit {
  const { y, columns } = design;
  const x = columns[0]!;
  const base = fitLinear(y, columns, from, to);
  let m = 0;
  let yMean = 0;
  let xMean = 0;
  for (let t = from; t < to; t++) {
    if (!rowComplete(y, columns, t)) continue;
    m++;
    yMean += y[t]!;
    xMean += x[t]!;
  }
  yMean /= m;
  xMean /= m;
  const alpha = yMean - beta * xMean;
  let sse = 0;
  let syy = 0;
  for (let t = from; t < to; t++) {
    if (!rowComplete(y, columns, t)) continue;
    sse += (y[t]! - alpha - beta * x[t]!) ** 2;
    syy += (y[t]! - yMean) ** 2;
  }
  const df = m - 2;
  return { ...base, coef: Float64Array.of(alpha, beta), s2: df > 0 ? sse / df : Number.NaN, df, m, r2: 1 - sse / syy };
}

/** Slope of a simple OLS regression of y on x over [from, to). */
function slope(y: Float64Array, x: Float64Array, from: number, to: number): number {
  return fitLinear(y, [x], from, to).coef[1]!;
}

/**
 * Scholes & Williams (1977), JFE 5, 309-327: β = (β⁻ + β⁰ + β⁺) / (1 + 2ρ_m), the slopes of R_it on
 * R_m,t-1, R_mt and R_m,t+1, and ρ_m the first-order autocorrelation of the market return (estimated
 * as the slope of R_mt on R_m,t-1), all over the estimation days.
 */
export const scholesWilliams: ReturnModel = {
  name: "scholes-williams",
  label: "market model with Scholes-Williams beta",
  parameters: ["alpha", "beta"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [shifted(panel.rm, 1), shifted(panel.rm, -1)] }),
  fit: (design, from, to) => {
    const x = design.columns[0]!;
    const [lag, lead] = design.auxiliary as [Float64Array, Float64Array];
    const betaSum = slope(design.y, lag, from, to) + slope(design.y, x, from, to) + slope(design.y, lead, from, to);
    const rho = slope(x, lag, from, to);
    return correctedFit(design, from, to, betaSum / (1 + 2 * rho));
  },
};

/**
 * Dimson (1979), JFE 7, 197-226: the sum of the slopes of one regression of R_it on R_m,t+k for
 * k = -1, 0, +1 (one lag and one lead).
 */
export const dimson: ReturnModel = {
  name: "dimson",
  label: "market model with Dimson beta (one lag, one lead)",
  parameters: ["alpha", "beta"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [shifted(panel.rm, 1), shifted(panel.rm, -1)] }),
  fit: (design, from, to) => {
    const all = fitLinear(design.y, [design.auxiliary[0]!, design.columns[0]!, design.auxiliary[1]!], from, to);
    return correctedFit(design, from, to, all.coef[1]! + all.coef[2]! + all.coef[3]!);
  },
};

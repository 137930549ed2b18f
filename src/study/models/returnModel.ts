import type { SecurityPanel } from "../panel.js";
import type { LinearFit } from "./linearFit.js";

/** The return models a study can use to form expected returns. */
export const MODEL_NAMES = [
  "constant-mean",
  "market-adjusted",
  "market-model",
  "fama-french-3",
  "carhart-4",
  "fama-french-5",
  "scholes-williams",
  "dimson",
  "garch-market-model",
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/**
 * What a model regresses: the dependent series (raw or excess returns) and the regressors that form
 * the expected return E[R_t] = a + Σ b_j x_jt, all on the security panel's rows. `auxiliary` holds
 * extra series only the fit needs (lagged and leading market returns for thin-trading betas).
 */
export interface ModelDesign {
  readonly y: Float64Array;
  readonly columns: readonly Float64Array[];
  readonly auxiliary: readonly Float64Array[];
}

export interface ReturnModel {
  readonly name: ModelName;
  /** How a report names it, e.g. "market model (OLS)". */
  readonly label: string;
  /** Parameter names in the order of `LinearFit.coef`. */
  readonly parameters: readonly string[];
  readonly requires: "nothing" | "market" | "factors";
  design(panel: SecurityPanel): ModelDesign;
  /** Fits over panel rows [from, to); rows with any value missing are skipped. */
  fit(design: ModelDesign, from: number, to: number): LinearFit;
}

/** Excess return y - rf, NaN where either is missing. */
export function excess(r: Float64Array, rf: Float64Array): Float64Array {
  const out = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r[i]! - rf[i]!;
  return out;
}

/** The series shifted by `lag` rows: out[t] = x[t - lag] (NaN outside). */
export function shifted(x: Float64Array, lag: number): Float64Array {
  const out = new Float64Array(x.length).fill(Number.NaN);
  for (let t = 0; t < x.length; t++) {
    const s = t - lag;
    if (s >= 0 && s < x.length) out[t] = x[s]!;
  }
  return out;
}

import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { type Alternative, sidedPValue } from "../alternative.js";
import { sampleMoments } from "./moments.js";

/** Result of Welch's unequal-variance t test of mean(a) − mean(b). */
export interface WelchTResult {
  /** t = (x̄_a − x̄_b) / SE. */
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom ν (not an integer in general). */
  readonly df: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** Difference of means x̄_a − x̄_b, e.g. mean CAR of group a minus that of group b. */
  readonly difference: number;
  /** Standard error SE = √(s_a²/n_a + s_b²/n_b) of the difference. */
  readonly standardError: number;
}

/**
 * Welch's two-sample t test for a difference in means without assuming equal variances
 * (Welch 1947, "The generalization of 'Student's' problem when several different population
 * variances are involved", Biometrika 34, 28–35; df by Satterthwaite 1946).
 *
 *   t  = (x̄_a − x̄_b) / √(s_a²/n_a + s_b²/n_b)
 *   ν  = (s_a²/n_a + s_b²/n_b)² / [ (s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1) ]
 *   p  from Student's t with ν degrees of freedom, tail(s) chosen by `alternative`
 *
 * where x̄ and s² are each group's mean and unbiased (n − 1) variance, computed two-pass.
 * Matches R's `t.test(a, b)` (var.equal = FALSE, the default).
 *
 * Unusable input gives NaN in every number rather than an error: fewer than 2 observations in
 * either group, any NaN/±Inf, or data that are essentially constant, i.e. SE below
 * 10·ε·max(|x̄_a|, |x̄_b|) — the same cut-off at which R's t.test stops.
 */
export function welchT(a: Float64Array, b: Float64Array, alternative: Alternative = "two-sided"): WelchTResult {
  const ma = sampleMoments(a);
  const mb = sampleMoments(b);
  const va = ma.variance / ma.n;
  const vb = mb.variance / mb.n;
  const standardError = Math.sqrt(va + vb);
  const difference = ma.mean - mb.mean;
  const constant = standardError < 10 * Number.EPSILON * Math.max(Math.abs(ma.mean), Math.abs(mb.mean));
  if (!Number.isFinite(standardError) || !Number.isFinite(difference) || constant || standardError === 0) {
    return { statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN, alternative, difference, standardError };
  }
  const statistic = difference / standardError;
  const df = ((va + vb) * (va + vb)) / ((va * va) / (ma.n - 1) + (vb * vb) / (mb.n - 1));
  // Upper tail as the lower tail of −t: the t distribution is symmetric and this avoids 1 − cdf.
  const pValue = sidedPValue(tCdf(statistic, df), tCdf(-statistic, df), alternative);
  return { statistic, df, pValue, alternative, difference, standardError };
}

import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { type Alternative, sidedPValue } from "../alternative.js";
import { averageRanks } from "../ranks.js";
import { exactRankSumTails } from "./rankSumDistribution.js";

/** Largest group size (exclusive) for which the exact distribution is used, as in R. */
const EXACT_BELOW = 50;

/** Result of the Wilcoxon rank-sum (Mann–Whitney) test of group a against group b. */
export interface WilcoxonRankSumResult {
  /** W = (sum of the ranks of a in the pooled sample) − n_a(n_a + 1)/2, as R reports it. */
  readonly statistic: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** "exact": null distribution counted exactly; "normal": normal approximation. */
  readonly method: "exact" | "normal";
}

/**
 * Wilcoxon rank-sum test (Wilcoxon 1945, "Individual comparisons by ranking methods",
 * Biometrics Bulletin 1(6), 80–83), equivalently the Mann–Whitney U test (Mann & Whitney 1947,
 * Ann. Math. Statist. 18, 50–60): does group a tend to have larger values than group b?
 * Needs no normality, so it suits fat-tailed abnormal returns.
 *
 *   W = Σ_{i ∈ a} rᵢ − n_a(n_a + 1)/2     (rᵢ = average rank in the pooled sample; W = U of a)
 *
 * Follows R's `wilcox.test(a, b, exact = NULL, correct = TRUE)` exactly:
 * - exact p when n_a < 50, n_b < 50 and no ties: tails P(W' ≤ W), P(W' ≥ W) of the exact null
 *   distribution (see exactRankSumTails); two-sided p = min(1, 2 · smaller tail);
 * - otherwise the normal approximation with tie and continuity correction:
 *
 *     σ² = (n_a n_b / 12) · [ (N + 1) − Σ (t³ − t) / (N (N − 1)) ],   N = n_a + n_b,
 *     z  = (W − n_a n_b / 2 − c) / σ,
 *
 *   t running over the sizes of tied groups, c = 0.5 for "greater", −0.5 for "less", and
 *   0.5 · sign(W − n_a n_b / 2) for "two-sided"; p from the standard normal.
 *
 * Unusable input gives NaN (statistic and p) rather than an error: an empty group or any
 * NaN/±Inf value (R would silently drop non-finite values; here the caller decides), and a
 * p-value of NaN when all values are tied (σ = 0).
 */
export function wilcoxonRankSum(a: Float64Array, b: Float64Array, alternative: Alternative = "two-sided"): WilcoxonRankSumResult {
  const na = a.length;
  const nb = b.length;
  const exactSizes = na < EXACT_BELOW && nb < EXACT_BELOW;
  const pooled = new Float64Array(na + nb);
  pooled.set(a);
  pooled.set(b, na);
  if (na === 0 || nb === 0 || !pooled.every(Number.isFinite)) {
    return { statistic: Number.NaN, pValue: Number.NaN, alternative, method: exactSizes ? "exact" : "normal" };
  }
  const { ranks, tieSizes } = averageRanks(pooled);
  let rankSum = 0;
  for (let i = 0; i < na; i++) rankSum += ranks[i]!;
  const statistic = rankSum - (na * (na + 1)) / 2;

  if (exactSizes && tieSizes.length === 0) {
    const { lower, upper } = exactRankSumTails(statistic, na, nb);
    return { statistic, pValue: sidedPValue(lower, upper, alternative), alternative, method: "exact" };
  }

  const n = na + nb;
  const ties = tieSizes.reduce((s, t) => s + (t * t * t - t), 0);
  const sigma = Math.sqrt(((na * nb) / 12) * (n + 1 - ties / (n * (n - 1))));
  const centred = statistic - (na * nb) / 2;
  const correction = alternative === "greater" ? 0.5 : alternative === "less" ? -0.5 : 0.5 * Math.sign(centred);
  const z = (centred - correction) / sigma;
  return { statistic, pValue: sidedPValue(normalCdf(z, 0, 1), normalCdf(-z, 0, 1), alternative), alternative, method: "normal" };
}

/**
 * The alternative hypothesis of a two-group comparison, stated for group a against group b:
 * - `"two-sided"`: the groups differ (a ≠ b);
 * - `"greater"`: group a is larger (for example, announcers earn a higher abnormal return);
 * - `"less"`: group a is smaller.
 * The words and their meaning follow R's `alternative =` argument of `t.test` and `wilcox.test`.
 */
export type Alternative = "two-sided" | "less" | "greater";

/**
 * P-value from the two tail probabilities of a test statistic T at its observed value t:
 * `lower = P(T ≤ t)` and `upper = P(T ≥ t)`, each computed directly (never as 1 − the other,
 * which would lose the small tail to cancellation).
 *
 *   less:      p = lower
 *   greater:   p = upper
 *   two-sided: p = min(1, 2 · min(lower, upper))    (doubling the smaller tail, as R does)
 *
 * NaN in either tail gives NaN.
 */
export function sidedPValue(lower: number, upper: number, alternative: Alternative): number {
  if (Number.isNaN(lower) || Number.isNaN(upper)) return Number.NaN;
  switch (alternative) {
    case "less":
      return lower;
    case "greater":
      return upper;
    case "two-sided":
      return Math.min(1, 2 * Math.min(lower, upper));
  }
}

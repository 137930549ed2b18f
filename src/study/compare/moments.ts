/** Sample mean and variance of one group. */
export interface SampleMoments {
  /** Number of observations n. */
  readonly n: number;
  /** Sample mean x̄ = (1/n) Σ xᵢ. */
  readonly mean: number;
  /** Unbiased sample variance s² = Σ (xᵢ − x̄)² / (n − 1); NaN when n < 2. */
  readonly variance: number;
}

/**
 * Mean and unbiased variance by the corrected two-pass algorithm:
 *
 *   x̄  = (1/n) Σ xᵢ
 *   s² = [ Σ (xᵢ − x̄)² − (Σ (xᵢ − x̄))² / n ] / (n − 1)
 *
 * The second term removes the rounding error left in x̄ by the first pass, so returns that are
 * small deviations around a large level keep their precision (Chan, Golub & LeVeque 1983,
 * "Algorithms for computing the sample variance", The American Statistician 37(3), 242–247, eq. 1.7).
 *
 * Unusable input gives NaN rather than an error: the mean is NaN when n = 0, the variance when
 * n < 2, and any NaN in x propagates to both.
 */
export function sampleMoments(x: Float64Array): SampleMoments {
  const n = x.length;
  if (n === 0) return { n, mean: Number.NaN, variance: Number.NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = sum / n;
  if (n < 2) return { n, mean, variance: Number.NaN };
  let squares = 0;
  let deviations = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    squares += d * d;
    deviations += d;
  }
  return { n, mean, variance: (squares - (deviations * deviations) / n) / (n - 1) };
}

/** Exact lower and upper tail probabilities of the Mann–Whitney U statistic at one point. */
export interface RankSumTails {
  /** P(U ≤ u). */
  readonly lower: number;
  /** P(U ≥ u). */
  readonly upper: number;
}

/**
 * Exact null distribution of the Mann–Whitney statistic U for samples of sizes m and n without
 * ties: under H₀ every one of the C(m+n, m) ways to place the m "a" observations among the
 * m + n sorted positions is equally likely, and U = #{(i, j) : aᵢ > bⱼ} = (rank sum of a) − m(m+1)/2.
 *
 * Counts come from the recursion of Mann & Whitney (1947, "On a test of whether one of two random
 * variables is stochastically larger than the other", Ann. Math. Statist. 18, 50–60):
 *
 *   c(u; m, n) = c(u − n; m − 1, n) + c(u; m, n − 1),   c(0; 0, n) = c(0; m, 0) = 1,
 *
 * (the largest observation is either an a, which beats all n b's, or a b, which adds nothing),
 * built bottom-up in O((m + n) · m · mn) additions. Only additions of positive numbers are used,
 * so every count, and hence every tail, is accurate to a few ulps even far out in the tail
 * (the counts exceed 2^53 from m = n ≈ 30 on but stay far inside the double range for m, n < 50).
 * The distribution of U is the same for (m, n) and (n, m); the smaller size drives the work.
 *
 * Returns the tails at `u`, summed directly (never as 1 − the other tail). NaN when m < 1,
 * n < 1, or u is not a finite number.
 */
export function exactRankSumTails(u: number, m: number, n: number): RankSumTails {
  if (!(m >= 1 && n >= 1) || !Number.isFinite(u)) return { lower: Number.NaN, upper: Number.NaN };
  const counts = rankSumCounts(Math.min(m, n), Math.max(m, n));
  let lower = 0;
  let upper = 0;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    total += c;
    if (k <= u) lower += c;
    if (k >= u) upper += c;
  }
  return { lower: lower / total, upper: upper / total };
}

/** c(u; m, n) for u = 0 … mn: the number of placements of m a's among m + n positions giving U = u. */
function rankSumCounts(m: number, n: number): Float64Array {
  const width = m * n + 1;
  // row j holds the counts for j a's placed so far; positions are filled from the smallest up.
  const table = new Float64Array((m + 1) * width);
  table[0] = 1;
  for (let placed = 0; placed < m + n; placed++) {
    // Next position holds an a: it beats the (placed − j) b's below it. Descending j keeps row j
    // unmodified while row j + 1 reads it. A b leaves every row as it is.
    for (let j = Math.min(placed, m - 1); j >= 0 && placed - j <= n; j--) {
      const shift = placed - j;
      const from = j * width;
      const to = (j + 1) * width + shift;
      for (let k = 0; k <= j * shift; k++) table[to + k]! += table[from + k]!;
    }
  }
  return table.subarray(m * width, (m + 1) * width);
}

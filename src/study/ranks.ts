/** Ranks of a sample with ties shared out, plus the sizes of the tied groups. */
export interface AverageRanks {
  /** rᵢ ∈ [1, n]: the rank of xᵢ, tied values all getting the mean of the ranks they span. */
  readonly ranks: Float64Array;
  /** Size t of every group of equal values with t ≥ 2 (empty when there are no ties). */
  readonly tieSizes: readonly number[];
}

/**
 * Average ("mid") ranks: sort the values; a run of t equal values occupying sorted positions
 * k+1 … k+t gets rank k + (t + 1)/2 for each member. This is R's `rank(x, ties.method = "average")`
 * and the convention of Wilcoxon (1945) and Mann & Whitney (1947) for tied observations.
 *
 * Values are compared exactly (no rounding tolerance), as R does by default. The caller must
 * pass finite values: NaN has no place in an order.
 */
export function averageRanks(x: Float64Array): AverageRanks {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i]! - x[j]!);
  const ranks = new Float64Array(n);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && x[order[end]!] === x[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    if (end - start > 1) tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

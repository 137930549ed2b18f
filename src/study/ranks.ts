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
  const sorted = new Float64Array(x.length);
  const ranks = new Float64Array(x.length);
  averageRanksInto(x, sorted, ranks);
  const tieSizes: number[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    if (end - start > 1) tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/**
 * The same ranks into `out`, with `sorted` (as long as x) as scratch, left holding x sorted: a typed-array
 * sort, then each value's run of equals [lo, hi) found by binary search has rank (lo + 1 + hi)/2.
 * Allocates nothing, for callers ranking many samples.
 */
export function averageRanksInto(x: Float64Array, sorted: Float64Array, out: Float64Array): void {
  const n = x.length;
  const s = sorted.subarray(0, n);
  s.set(x);
  s.sort();
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo + 1;
    if (end < n && !(s[end]! > v)) {
      let top = n;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (s[mid]! > v) top = mid;
        else end = mid + 1;
      }
    }
    out[i] = (lo + 1 + end) / 2;
  }
}

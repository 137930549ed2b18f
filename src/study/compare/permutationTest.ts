import type { Alternative } from "../alternative.js";
import { sampleMoments } from "./moments.js";
import { Xoshiro128StarStar } from "./xoshiro128.js";

/** Settings of the permutation test; every field has a default. */
export interface PermutationTestOptions {
  /** Alternative for mean(a) − mean(b); default "two-sided". */
  readonly alternative?: Alternative;
  /** Enumerate every split exactly when there are at most this many (≤ 2²⁶); default 100 000. */
  readonly maxExactSplits?: number;
  /** Seed of the Monte Carlo generator (a safe integer); default 42. */
  readonly seed?: number;
  /** Number of random relabellings when not exact; default 100 000. */
  readonly draws?: number;
}

/** Result of the permutation test of mean(a) − mean(b). */
export interface PermutationTestResult {
  /** Observed difference of means x̄_a − x̄_b. */
  readonly statistic: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** "exact": all C(n_a + n_b, n_a) splits enumerated; "monte-carlo": random relabellings. */
  readonly method: "exact" | "monte-carlo";
  /** Number of splits enumerated (exact) or random relabellings drawn (monte-carlo). */
  readonly permutations: number;
}

const DEFAULT_MAX_EXACT_SPLITS = 100_000;
/** 2²⁶: keeps the split count exact in double precision (see binomialUpTo); far beyond practical use. */
const MAX_EXACT_SPLITS_LIMIT = 2 ** 26;
const DEFAULT_SEED = 42;
const DEFAULT_DRAWS = 100_000;
/** Relative tolerance under which two differences of means count as tied (float round-off). */
const TIE_TOLERANCE = 1e-9;

/**
 * Two-sample permutation (randomization) test for a difference in means (Fisher 1935, The Design
 * of Experiments, §21; Pitman 1937, JRSS Suppl. 4, 119–130). Under H₀ the group labels are
 * exchangeable, so the observed D = x̄_a − x̄_b is compared with D over relabellings of the pooled
 * N = n_a + n_b values into groups of sizes n_a and n_b. No distributional assumption is made.
 *
 * A relabelling with difference Dᵖ is "at least as extreme" as the observed D when
 *   two-sided: |Dᵖ| ≥ |D| − τ,   greater: Dᵖ ≥ D − τ,   less: Dᵖ ≤ D + τ,
 * with τ = 1e-9 · (|D| + maxᵢ |xᵢ − x̄|) absorbing round-off, so that splits whose means are equal
 * in exact arithmetic (ties, e.g. in integer data) count as extreme. Differences are computed on
 * the data centred at the pooled mean, which keeps round-off small relative to the spread.
 *
 * - Exact, when C(N, n_a) ≤ `maxExactSplits`: p = #{extreme splits} / C(N, n_a). The observed split
 *   is one of them, so p ∈ (0, 1].
 * - Monte Carlo otherwise: B = `draws` uniformly random splits (partial Fisher–Yates shuffle driven
 *   by xoshiro128** seeded with `seed`, so results are reproducible), and
 *   p = (1 + #{extreme draws}) / (1 + B), which never understates the exact p-value in expectation
 *   and is never 0 (Phipson & Smyth 2010, "Permutation p-values should never be zero",
 *   Statistical Applications in Genetics and Molecular Biology 9(1), Article 39).
 *
 * Unusable data give NaN (statistic and p) rather than an error: an empty group or any NaN/±Inf.
 * Invalid options (`maxExactSplits` not an integer in [0, 2²⁶], `draws` < 1, non-integer `seed`)
 * throw a RangeError, being programming errors rather than data problems.
 */
export function permutationTest(a: Float64Array, b: Float64Array, options: PermutationTestOptions = {}): PermutationTestResult {
  const alternative = options.alternative ?? "two-sided";
  const maxExactSplits = options.maxExactSplits ?? DEFAULT_MAX_EXACT_SPLITS;
  const seed = options.seed ?? DEFAULT_SEED;
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!(Number.isInteger(maxExactSplits) && maxExactSplits >= 0 && maxExactSplits <= MAX_EXACT_SPLITS_LIMIT)) {
    throw new RangeError(`maxExactSplits must be an integer in [0, 2^26], got ${maxExactSplits}`);
  }
  if (!(Number.isInteger(draws) && draws >= 1)) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);

  const na = a.length;
  const nb = b.length;
  const n = na + nb;
  const splits = binomialUpTo(n, na, maxExactSplits);
  const method = splits <= maxExactSplits ? "exact" : "monte-carlo";
  const pooled = new Float64Array(n);
  pooled.set(a);
  pooled.set(b, na);
  if (na === 0 || nb === 0 || !pooled.every(Number.isFinite)) {
    return { statistic: Number.NaN, pValue: Number.NaN, alternative, method, permutations: 0 };
  }
  const statistic = sampleMoments(a).mean - sampleMoments(b).mean;

  // Centre at the pooled mean; D for a split with centred group-a sum S is S/n_a − (T − S)/n_b.
  const centre = sampleMoments(pooled).mean;
  let total = 0;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const z = pooled[i]! - centre;
    pooled[i] = z;
    total += z;
    scale = Math.max(scale, Math.abs(z));
  }
  const difference = (sumA: number): number => sumA / na - (total - sumA) / nb;
  let observedSum = 0;
  for (let i = 0; i < na; i++) observedSum += pooled[i]!;
  const observed = difference(observedSum);
  const tolerance = TIE_TOLERANCE * (Math.abs(observed) + scale);
  const isExtreme = (d: number): boolean =>
    alternative === "two-sided"
      ? Math.abs(d) >= Math.abs(observed) - tolerance
      : alternative === "greater"
        ? d >= observed - tolerance
        : d <= observed + tolerance;

  // Relabel the smaller group (same splits, less work); its sum gives group a's as T − sum.
  const smaller = Math.min(na, nb);
  const sumOfA = (subsetSum: number): number => (smaller === na ? subsetSum : total - subsetSum);

  if (method === "exact") {
    let extreme = 0;
    forEachSubsetSum(pooled, smaller, (subsetSum) => {
      if (isExtreme(difference(sumOfA(subsetSum)))) extreme++;
    });
    return { statistic, pValue: extreme / splits, alternative, method, permutations: splits };
  }

  const rng = Xoshiro128StarStar.fromSeed(seed);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  let extreme = 0;
  for (let draw = 0; draw < draws; draw++) {
    // Partial Fisher–Yates: the first `smaller` slots become a uniformly random subset of that size.
    let subsetSum = 0;
    for (let i = 0; i < smaller; i++) {
      const j = i + rng.nextBelow(n - i);
      const picked = order[j]!;
      order[j] = order[i]!;
      order[i] = picked;
      subsetSum += pooled[picked]!;
    }
    if (isExtreme(difference(sumOfA(subsetSum)))) extreme++;
  }
  return { statistic, pValue: (1 + extreme) / (1 + draws), alternative, method, permutations: draws };
}

/**
 * C(n, k) when it is at most `cap`, else +Infinity. With r = min(k, n − k) the partial products
 * C(n − r + i, i), i = 1…r, never decrease, so stopping once one exceeds `cap` is safe. Each step
 * multiplies a value ≤ cap by a factor ≤ 2·cap before the exact division by i, so for cap ≤ 2²⁶
 * every intermediate stays below 2⁵³ and the count is exact.
 */
function binomialUpTo(n: number, k: number, cap: number): number {
  const r = Math.min(k, n - k);
  let c = 1;
  for (let i = 1; i <= r; i++) {
    c = (c * (n - r + i)) / i;
    if (c > cap) return Number.POSITIVE_INFINITY;
  }
  return c;
}

/** Calls `visit` with Σ_{i ∈ S} xᵢ for every k-subset S of the indices, in lexicographic order. */
function forEachSubsetSum(x: Float64Array, k: number, visit: (sum: number) => void): void {
  const n = x.length;
  const index = Int32Array.from({ length: k }, (_, i) => i);
  for (;;) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += x[index[i]!]!;
    visit(sum);
    // Advance to the next combination: bump the rightmost index that can still move.
    let i = k - 1;
    while (i >= 0 && index[i] === n - k + i) i--;
    if (i < 0) return;
    index[i]!++;
    for (let j = i + 1; j < k; j++) index[j] = index[j - 1]! + 1;
  }
}

import { averageRanks } from "../ranks.js";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { column } from "../crossSection.js";
import type { SignificanceTest, Statistic } from "./statistic.js";

/** Largest number of non-zero values for which the exact null distribution is enumerated. */
const EXACT_LIMIT = 50;

/**
 * P(W⁺ ≤ w) under H0 for n untied non-zero values: the number of subsets of {1..n} with sum ≤ w over
 * 2ⁿ, by the counting recursion c_n(s) = c_{n-1}(s) + c_{n-1}(s - n).
 */
export function signedRankCdf(w: number, n: number): number {
  const max = (n * (n + 1)) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = (k * (k + 1)) / 2; s >= k; s--) counts[s]! += counts[s - k]!;
  let below = 0;
  for (let s = 0; s <= Math.min(Math.floor(w), max); s++) below += counts[s]!;
  return below / 2 ** n;
}

/**
 * Wilcoxon (1945) signed-rank statistic W⁺ = Σ ranks of |x_i| over the positive x_i, zeros dropped,
 * ties given average ranks. Tails: exact for up to 50 untied values, otherwise the normal
 * approximation with tie and continuity corrections (as R's wilcox.test does).
 */
export function wilcoxonSignedRankStatistic(x: Float64Array): Statistic {
  const nonZero = x.filter((v) => v !== 0 && Number.isFinite(v));
  const n = nonZero.length;
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
  let w = 0;
  for (let i = 0; i < n; i++) if (nonZero[i]! > 0) w += ranks[i]!;
  if (n === 0) return { statistic: 0, distribution: "signed-rank", df: 0, lower: 1, upper: 1 };
  if (n <= EXACT_LIMIT && tieSizes.length === 0) {
    const max = (n * (n + 1)) / 2;
    return { statistic: w, distribution: "signed-rank", df: n, lower: signedRankCdf(w, n), upper: signedRankCdf(max - w, n) };
  }
  const mean = (n * (n + 1)) / 4;
  let ties = 0;
  for (const t of tieSizes) ties += t * t * t - t;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - ties / 48);
  return {
    statistic: w,
    distribution: "normal",
    lower: normalCdf((w - mean + 0.5) / sd, 0, 1),
    upper: normalCdf(-(w - mean - 0.5) / sd, 0, 1),
  };
}

export const wilcoxon: SignificanceTest = {
  name: "wilcoxon",
  label: "Wilcoxon signed-rank (W⁺)",
  citation: "Wilcoxon (1945), Biometrics Bulletin 1, 80-83",
  daily: (cs) =>
    Array.from({ length: cs.grid.spanLength }, (_, d) => wilcoxonSignedRankStatistic(column(cs.ar, cs.n, cs.grid.days.length, cs.grid.estimationLength + d))),
  window: (cs) => cs.windows.map((_, w) => wilcoxonSignedRankStatistic(column(cs.car, cs.n, cs.windows.length, w))),
};

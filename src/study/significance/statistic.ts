import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import type { Convention } from "../conventions.js";
import type { CrossSection } from "../crossSection.js";

/**
 * A test statistic with its reference distribution and both tail probabilities,
 * lower = P(X ≤ x) and upper = P(X ≥ x), from which any alternative's p-value follows.
 */
export interface Statistic {
  readonly statistic: number;
  readonly distribution: "normal" | "t" | "signed-rank" | "bootstrap";
  /** Degrees of freedom (t), or the number of non-zero differences ranked (signed-rank). */
  readonly df?: number;
  /** Bootstrap: the number of resamples drawn and the seed of the generator that drew them. */
  readonly draws?: number;
  readonly seed?: number;
  readonly lower: number;
  readonly upper: number;
  /** Why there is no statistic (then statistic and tails are NaN). */
  readonly reason?: string;
}

/** Settings of the resampling tests, from the study's options. */
export interface TestSettings {
  readonly bootstrap: {
    /** Resamples B. */
    readonly draws: number;
    /** Seed of the xoshiro128** generator. */
    readonly seed: number;
    /** Resample size of the bootstrapped skewness-adjusted t, as a share of N (Lyon, Barber & Tsai 1999: ¼). */
    readonly resampleShare: number;
  };
}

export const DEFAULT_TEST_SETTINGS: TestSettings = { bootstrap: { draws: 1000, seed: 42, resampleShare: 0.25 } };

/** A cross-sectional test: per event-span day, per window, or both. */
export interface SignificanceTest {
  readonly name: TestName;
  readonly label: string;
  readonly citation: string;
  /** Whether the test reads estimation-day ARs and market returns (kept only when some test does). */
  readonly needs?: { readonly estimationDays?: boolean; readonly marketReturns?: boolean };
  readonly daily?: (cs: CrossSection, convention: Convention, settings?: TestSettings) => Statistic[];
  readonly window?: (cs: CrossSection, convention: Convention, settings?: TestSettings) => Statistic[];
}

export const TEST_NAMES = [
  "cross-sectional-t",
  "brown-warner-1980",
  "brown-warner-1985",
  "patell",
  "bmp",
  "patell-kolari-pynnonen",
  "bmp-kolari-pynnonen",
  "lamb",
  "corrado-rank",
  "modified-rank",
  "cowan-rank",
  "sign",
  "generalized-sign",
  "corrado-sign",
  "wilcoxon",
  "grank-t",
  "grank-z",
  "skewness-adjusted-t",
  "skewness-adjusted-t-bhar",
  "bootstrap-skewness-adjusted-t",
  "bootstrap-skewness-adjusted-t-bhar",
  "wild-bootstrap-rademacher",
  "wild-bootstrap-mammen",
  "jackknife",
] as const;
export type TestName = (typeof TEST_NAMES)[number];

/**
 * The battery run when a study names no tests. Tests added later are opt-in (named in `tests`), so a
 * study's default output stays what it was.
 */
export const DEFAULT_TEST_NAMES: readonly TestName[] = TEST_NAMES.slice(0, TEST_NAMES.indexOf("wilcoxon") + 1);

/** Standard normal reference; tails by symmetry so neither loses digits to 1 - cdf. */
export function normal(statistic: number): Statistic {
  return { statistic, distribution: "normal", lower: normalCdf(statistic, 0, 1), upper: normalCdf(-statistic, 0, 1) };
}

/** Student t reference with `df` degrees of freedom. */
/** No statistic, with the reason (the tails are NaN, so no p-value either). */
export function noStatistic(distribution: Statistic["distribution"], reason: string): Statistic {
  return { statistic: Number.NaN, distribution, lower: Number.NaN, upper: Number.NaN, reason };
}

export function studentT(statistic: number, df: number): Statistic {
  return { statistic, distribution: "t", df, lower: tCdf(statistic, df), upper: tCdf(-statistic, df) };
}

import { z } from "zod";
import { DEFAULT_ESTIMATION, DEFAULT_WINDOWS } from "../shared/defaultWindows.js";
import { CONVENTION_NAMES } from "./conventions.js";
import { ADJUSTMENTS } from "./multipleTesting.js";
import { MODEL_NAMES } from "./models/returnModel.js";
import { TEST_NAMES } from "./significance/statistic.js";
import { STUDY_KINDS, VOLATILITY_MEASURES, VOLUME_MARKETS } from "./kinds/studyKind.js";

const relativeWindow = z
  .tuple([z.int(), z.int()])
  .refine(([a, b]) => a <= b, { message: "a window's first day must not come after its last day" })
  .readonly();

/** Study settings; every default here is stated again in each result's `conventions`. */
export const studyOptionsSchema = z
  .object({
    /** What is measured: abnormal returns, abnormal trading volume or abnormal volatility (see kinds/studyKind). */
    kind: z.enum(STUDY_KINDS).default("returns"),
    /** Volume studies: the market's log volume, the event's market's own volume or the sample's mean (see kinds/studyKind). */
    volumeMarket: z.enum(VOLUME_MARKETS).default("benchmark"),
    /** Volatility studies: AR²/s² of the return model, or Parkinson's high-low range variance over its estimation mean. */
    volatilityMeasure: z.enum(VOLATILITY_MEASURES).default("squared-abnormal-return"),
    model: z.enum(MODEL_NAMES).default("market-model"),
    /** Estimation window in trading days relative to day 0. */
    estimation: relativeWindow.default(DEFAULT_ESTIMATION),
    minEstimationDays: z.int().min(3).default(120),
    /** Event windows for CARs, in trading days relative to day 0. */
    windows: z.array(relativeWindow).min(1).readonly().default(DEFAULT_WINDOWS),
    /** An event on a day its security did not trade: the next trading day, the previous, or excluded. */
    nonTradingDay: z.enum(["next", "previous", "exclude"]).default("next"),
    convention: z.enum(CONVENTION_NAMES).default("textbook"),
    /** Overrides the convention's divisor of s²: sample (M-1), ols (M-k), population (M). */
    residualVariance: z.enum(["sample", "ols", "population"]).optional(),
    /** Overrides the convention's variance of a standardized AR in Patell's Z (see Convention.patellVariance). */
    patellVariance: z.enum(["divisor-in-force", "t-df"]).optional(),
    alternative: z.enum(["two-sided", "greater", "less"]).default("two-sided"),
    /** How the returns given were computed; BHARs compound them accordingly. */
    returnType: z.enum(["simple", "log"]).default("simple"),
    /**
     * Returns that look like data errors (split-like jumps, bad single closes; see suspectReturns):
     * left out of estimation windows, and an event whose window holds one is not measured ("exclude"),
     * or used as they are ("keep"). Either way the result lists them.
     */
    suspectReturns: z.enum(["exclude", "keep"]).default("exclude"),
    tests: z.array(z.enum(TEST_NAMES)).min(1).readonly().optional(),
    /** Event covariates (numeric fields of the events) to regress each window's CARs on, with group dummies. */
    covariates: z.array(z.string().min(1)).min(1).readonly().optional(),
    /** Multiple-testing adjustments of the window tests' p-values (none by default). */
    adjust: z.array(z.enum(ADJUSTMENTS)).readonly().default([]),
    /** Group pairs to compare, each as [a, b] for mean CAR(a) - mean CAR(b); default every pair. */
    compare: z
      .array(z.tuple([z.string().min(1), z.string().min(1)]).readonly())
      .readonly()
      .optional(),
    /** Group comparisons: permutation test settings. */
    permutation: z
      .object({
        exactLimit: z.int().positive().default(100_000),
        draws: z.int().positive().default(100_000),
        seed: z.int().default(42),
      })
      .prefault({}),
    /**
     * Calendar-time portfolios (none by default): per group, the firms within [0, horizon] trading days
     * of their events, weighted equally or by the event covariate named in `weight` (market capitalisation),
     * their excess return's Fama-French 3 and Carhart 4 alpha.
     */
    calendarTime: z
      .object({
        horizon: z.int().min(0),
        weighting: z.enum(["equal", "value"]).default("equal"),
        weight: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Bootstrap tests (opt-in): resamples, seed, and the resample size of the skewness-adjusted t as a share of N. */
    bootstrap: z
      .object({
        draws: z.int().positive().default(1000),
        seed: z.int().default(42),
        resampleShare: z.number().gt(0).max(1).default(0.25),
      })
      .prefault({}),
  })
  .refine((o) => o.estimation[1] < Math.min(...o.windows.map((w) => w[0])), {
    message: "the estimation window must end before the earliest event window starts",
    path: ["estimation"],
  });

export type StudyOptionsInput = z.input<typeof studyOptionsSchema>;
export type StudyOptions = z.output<typeof studyOptionsSchema>;

import type { UnmeasuredReason } from "../shared/eventReasons.js";
import type { EventStatusCode } from "./eventStatus.js";
import type { EventWindow } from "./eventWindow.js";
import type { ModelName } from "./models/returnModel.js";
import type { TestName } from "./significance/statistic.js";
import type { StudyKind } from "./kinds/studyKind.js";

/** Version of the result document's shape; bumped on any incompatible change. */
export const RESULT_SCHEMA = "aftershock.study/1";

/** One test's verdict. */
export interface TestOutcome {
  readonly statistic: number;
  readonly pValue: number;
  readonly distribution: "normal" | "t" | "signed-rank" | "bootstrap";
  readonly df?: number;
  /** Bootstrap tests: resamples drawn and the generator's seed. */
  readonly draws?: number;
  readonly seed?: number;
  /** Why there is no statistic (then statistic and pValue are NaN): too few events, values that do not vary. */
  readonly reason?: string;
  /** Multiple-testing adjusted p-values, by method, within the family `conventions.multipleTesting` states. */
  readonly adjusted?: Partial<Record<"holm" | "benjamini-hochberg", number>>;
}

export interface EventDayResult {
  /** Trading day relative to day 0. */
  readonly day: number;
  readonly date: string;
  readonly ar: number;
  /** √Var(AR_t) including the prediction-error term under the convention. */
  readonly se: number;
  readonly t: number;
}

export interface EventWindowResult {
  readonly window: EventWindow;
  readonly car: number;
  readonly se: number;
  readonly t: number;
  readonly pValue: number;
  readonly bhar: number;
}

export interface EventResult {
  readonly id: string;
  readonly security: string;
  readonly market?: string;
  readonly group?: string;
  /** The date asked for, and the trading day used as day 0. */
  readonly eventDate: string;
  readonly day0?: string;
  readonly status: EventStatusCode;
  /** "measured", or why not in a sentence (src/shared/eventReasons.ts writes it from `detail`). */
  readonly reason: string;
  /** Why the event is not measured, as its code with the dates and counts behind it; absent when measured. */
  readonly detail?: UnmeasuredReason;
  readonly estimation?: {
    readonly from: string;
    readonly to: string;
    readonly days: number;
    /** Days in the window left out of the fit because a return looks like a data error, with the reason. */
    readonly excluded?: readonly { readonly date: string; readonly reason: string }[];
  };
  /** Fitted parameters by name (alpha, beta, Mkt-RF, ...). */
  readonly parameters?: Readonly<Record<string, number>>;
  readonly residualSd?: number;
  readonly rSquared?: number;
  readonly days: readonly EventDayResult[];
  readonly windows: readonly EventWindowResult[];
}

export interface GroupDayResult {
  readonly day: number;
  readonly aar: number;
  readonly tests: Partial<Record<TestName, TestOutcome>>;
}

export interface GroupWindowResult {
  readonly window: EventWindow;
  /** Sum of the window's AARs (or their mean under estudy2's convention, see `conventions.caar`). */
  readonly caar: number;
  /** Mean buy-and-hold abnormal return over the group's events. */
  readonly meanBhar: number;
  readonly tests: Partial<Record<TestName, TestOutcome>>;
}

export interface GroupResult {
  /** "all" for every measured event, else the group label. */
  readonly group: string;
  readonly events: number;
  readonly measured: number;
  readonly days: readonly GroupDayResult[];
  readonly windows: readonly GroupWindowResult[];
}

export interface ComparisonWindowResult {
  readonly window: EventWindow;
  /** Mean CAR of group a minus mean CAR of group b. */
  readonly difference: number;
  readonly welch: TestOutcome & { readonly standardError: number };
  readonly wilcoxonRankSum: { readonly statistic: number; readonly pValue: number; readonly method: "exact" | "normal" };
  readonly permutation: {
    readonly pValue: number;
    readonly method: "exact" | "monte-carlo";
    readonly permutations: number;
    readonly seed?: number;
  };
}

export interface GroupComparison {
  readonly a: string;
  readonly b: string;
  readonly windows: readonly ComparisonWindowResult[];
}

/** OLS of CAR on group dummies (first group the baseline), with HC3 and HC1 standard errors. */
export interface GroupRegression {
  readonly window: EventWindow;
  readonly baseline: string;
  readonly observations: number;
  readonly terms: readonly {
    readonly name: string;
    readonly estimate: number;
    readonly hc3: { readonly standardError: number; readonly statistic: number; readonly pValue: number };
    readonly hc1: { readonly standardError: number; readonly statistic: number; readonly pValue: number };
  }[];
}

/** OLS of each window's CAR on event covariates (and group dummies), with HC3 and HC1 standard errors. */
export interface CovariateRegression {
  readonly window: EventWindow;
  readonly covariates: readonly string[];
  /** The group without a dummy, when group dummies are in the regression. */
  readonly baseline?: string;
  readonly observations: number;
  /** Measured events left out because a covariate is missing. */
  readonly leftOut: number;
  /** True when the regressors are linearly dependent (then the estimates are NaN). */
  readonly singular: boolean;
  readonly terms: GroupRegression["terms"];
}

/** One factor model's alpha of a calendar-time portfolio. */
export interface CalendarTimeAlpha {
  readonly model: "fama-french-3" | "carhart-4";
  readonly label: string;
  /** Days in the regression: a portfolio return and every factor. */
  readonly days: number;
  /** Mean daily abnormal return of the portfolio (Jensen's alpha), a fraction. */
  readonly alpha: number;
  readonly standardError: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly rSquared: number;
  readonly reason?: string;
}

/** The calendar-time portfolio of one group (see calendarTimePortfolio.ts). */
export interface CalendarTimeResult {
  readonly group: string;
  readonly horizon: number;
  readonly weighting: "equal" | "value";
  /** The event covariate that weights the firms under value weighting. */
  readonly weight?: string;
  /** Calendar days on which the portfolio holds at least one firm. */
  readonly days: number;
  readonly averageFirms: number;
  readonly alphas: readonly CalendarTimeAlpha[];
  /** Why there is no portfolio or no alpha at all (no factors, no value weights, no measured event). */
  readonly reason?: string;
}

/** Every choice that shapes the numbers, stated with the result. */
export interface StudyConventions {
  readonly convention: string;
  /** What was measured: returns, volume or volatility, and what `ar` and `car` hold (see kinds/studyKind). */
  readonly kind: StudyKind;
  readonly measure: string;
  /** Volume studies: what the market's log volume is. */
  readonly volumeMarket?: string;
  readonly model: ModelName;
  readonly modelLabel: string;
  readonly returnType: "simple" | "log";
  readonly estimation: EventWindow;
  readonly minEstimationDays: number;
  readonly windows: readonly EventWindow[];
  readonly nonTradingDay: "next" | "previous" | "exclude";
  readonly residualVariance: string;
  readonly patellVariance: string;
  readonly predictionError: boolean;
  readonly marketMoments: string;
  readonly crossSectionalSum: string;
  readonly windowRankCentre: string;
  readonly caar: "sum" | "mean";
  readonly eventPValue: string;
  readonly constantMeanVariance: string;
  readonly pValues: "two-sided" | "greater" | "less";
  /** How returns that look like data errors are found and treated. */
  readonly suspectReturns: string;
  readonly tradingDays: string;
  readonly tests: readonly { readonly name: TestName; readonly label: string; readonly citation: string }[];
  /** When asked for: the adjustments applied to the window tests' p-values and their family. */
  readonly multipleTesting?: { readonly methods: readonly ("holm" | "benjamini-hochberg")[]; readonly family: string };
}

export interface StudyResult {
  readonly schema: typeof RESULT_SCHEMA;
  readonly conventions: StudyConventions;
  readonly events: readonly EventResult[];
  readonly groups: readonly GroupResult[];
  readonly comparisons: readonly GroupComparison[];
  readonly regressions: readonly GroupRegression[];
  /** When `covariates` are named: CARs regressed on them. */
  readonly covariateRegressions?: readonly CovariateRegression[];
  /** When `calendarTime` is asked for: each group's calendar-time portfolio and its alphas. */
  readonly calendarTime?: readonly CalendarTimeResult[];
  /** Returns of the studied series that look like data errors (split-like jumps, bad closes), when any. */
  readonly suspectReturns?: readonly { readonly series: string; readonly date: string; readonly reason: string }[];
}

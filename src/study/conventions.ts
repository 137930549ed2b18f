/**
 * The choices that differ between event-study tools, named so a user can reproduce a published study.
 * Every result states the convention it used.
 */
export interface Convention {
  readonly name: ConventionName;
  /**
   * Divisor of the residual variance s_i²: "sample" = M_i - 1 (the sample variance of the
   * estimation-window abnormal returns), "ols" = M_i - k (k estimated parameters, unbiased under OLS),
   * "population" = M_i.
   */
  readonly residualVariance: "sample" | "ols" | "population";
  /**
   * Variance of a standardized AR in Patell's Z: "divisor-in-force" = d_i/(ν_i - 2), d_i the divisor of
   * s_i² in force (M_i - 1, M_i - k or M_i) and ν_i = M_i - k its degrees of freedom, so the variance
   * matches the standardization used; "t-df" = ν_i/(ν_i - 2) whatever the divisor (Patell 1976 with
   * s_i² = SSE/ν_i; estudy2 standardizes by the M_i - 1 sd and keeps this term).
   */
  readonly patellVariance: "divisor-in-force" | "t-df";
  /** Whether Var(AR) includes the estimation-error term s²·x*'(X'X)⁻¹x* (Patell 1976). */
  readonly predictionError: boolean;
  /**
   * Where the market mean and Sxx of the prediction-error term come from: the days the security itself
   * traded (the rows of its regression) or every market day of the estimation window (estudy2).
   */
  readonly marketMoments: "security-days" | "market-days";
  /**
   * Rank and sign tests: how the cross-sectional sum of an estimation day treats events without an AR
   * that day: the true sum over the events present, or their mean times the number of events
   * (estudy2's rowMeans(na.rm = TRUE) · ncol). Event-window days are complete for every measured event.
   */
  readonly crossSectionalSum: "present" | "mean-times-n";
  /** Window rank test: Cowan (1992) with each event's ranks centred on (T_i+1)/2, or one pooled centre. */
  readonly windowRankCentre: "per-event" | "pooled";
  /** CAAR reported as the sum of the window's AARs, or their mean (estudy2's `car_mean`). */
  readonly caarAs: "sum" | "mean";
  /** Degrees of freedom of a single event's t: those of s², or M_i - 1 (eventstudy-py). */
  readonly eventTDf: "residual" | "estimation-days-minus-one";
  /**
   * A single event's p-value: for the study's alternative, or P(T ≥ |t|), the one tail beyond |t|
   * whatever its sign (eventstudy-py), half the two-sided value.
   */
  readonly eventPValue: "alternative" | "one-tail-of-abs-t";
  /**
   * Constant-mean model's s²: the residual variance over the estimation days, or the variance of the
   * returns over every day from the estimation start to the end of the event span, event days
   * included, around their own mean (eventstudy-py).
   */
  readonly constantMeanVariance: "estimation" | "whole-span";
}

export const CONVENTION_NAMES = ["textbook", "estudy2", "eventstudy-py"] as const;
export type ConventionName = (typeof CONVENTION_NAMES)[number];

const textbook: Convention = {
  name: "textbook",
  residualVariance: "sample",
  patellVariance: "divisor-in-force",
  predictionError: true,
  marketMoments: "security-days",
  crossSectionalSum: "present",
  windowRankCentre: "per-event",
  caarAs: "sum",
  eventTDf: "residual",
  eventPValue: "alternative",
  constantMeanVariance: "estimation",
};

export const CONVENTIONS: Readonly<Record<ConventionName, Convention>> = {
  textbook,
  /** R package estudy2 0.10.0 (Rudnytskyi), as its documented examples print. */
  estudy2: {
    ...textbook,
    name: "estudy2",
    patellVariance: "t-df",
    marketMoments: "market-days",
    crossSectionalSum: "mean-times-n",
    windowRankCentre: "pooled",
    caarAs: "mean",
  },
  /**
   * Python package eventstudy 0.1a12 (LemaireJean-Baptiste/eventstudy): ddof 0, no prediction-error
   * term, Var(CAR) = L s², t with M - 1 df and a one-tailed p of |t|, the constant-mean variance over
   * the whole span.
   */
  "eventstudy-py": {
    ...textbook,
    name: "eventstudy-py",
    residualVariance: "population",
    predictionError: false,
    eventTDf: "estimation-days-minus-one",
    eventPValue: "one-tail-of-abs-t",
    constantMeanVariance: "whole-span",
  },
};

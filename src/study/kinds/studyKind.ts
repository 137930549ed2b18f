/**
 * What a study measures. `returns`: abnormal returns (the classic event study). `volume`: abnormal log
 * trading volume, the market model fitted to log volume (Campbell & Wasley 1996). `volatility`: the
 * squared abnormal return over its estimation-window variance, tested against 1 (Beaver 1968;
 * Landsman & Maydew 2002).
 */
export const STUDY_KINDS = ["returns", "volume", "volatility"] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

/** How each kind is stated with its results: what the per-day figure ("ar") and its sum ("car") are, and the source. */
export interface KindDescription {
  readonly label: string;
  /** What `ar` and `car` hold under this kind, in one sentence. */
  readonly measure: string;
  readonly citation: string;
}

export const KIND_DESCRIPTIONS: Readonly<Record<StudyKind, KindDescription>> = {
  returns: {
    label: "abnormal returns",
    measure: "ar is the abnormal return R_t - E[R_t]; car its sum over the window; bhar the buy-and-hold abnormal return",
    citation: "Campbell, Lo & MacKinlay (1997), The Econometrics of Financial Markets, ch. 4",
  },
  volume: {
    label: "abnormal trading volume",
    measure:
      "ar is the abnormal log volume V_t - E[V_t], V_t = ln(1 + shares traded), the return model fitted to V over the estimation window " +
      "against the market's log volume (see volumeMarket); car its sum over the window; " +
      "a day without a stored volume is missing (never 0); bhar does not apply",
    citation: "Campbell & Wasley (1996), Review of Quantitative Finance and Accounting 6, 309-326",
  },
  volatility: {
    label: "abnormal volatility",
    measure:
      "ar is the volatility ratio minus one, U_t - 1 with U_t = AR_t² / s², AR_t the abnormal return of the return model and s² its " +
      "estimation-window residual variance; car its sum over the window (mean ratio = 1 + car / days); tested against a ratio of 1 " +
      "with the cross-sectional t; an event's own se is √(2 · days), U_t being χ²(1) under normal abnormal returns; bhar does not apply",
    citation: "Beaver (1968), Journal of Accounting Research 6, 67-92; Landsman & Maydew (2002), Journal of Accounting Research 40, 797-808",
  },
};

/**
 * The market's log volume in a volume study: the event's market (its index) with its own volume, or
 * the equal-weighted mean of the study's securities' log volumes. The latter suits events on different
 * dates: for events sharing one date, the abnormal log volumes average to zero by construction (the
 * mean of the OLS fits is the fit of the mean, which is the market itself).
 */
export const VOLUME_MARKETS = ["benchmark", "sample"] as const;
export type VolumeMarket = (typeof VOLUME_MARKETS)[number];

export const VOLUME_MARKET_TEXT: Readonly<Record<VolumeMarket, string>> = {
  benchmark: "the log volume of each event's market (its index), ln(1 + volume)",
  sample:
    "the equal-weighted mean of the study's securities' log volumes on each day (for events sharing a date the mean abnormal log volume is zero by construction)",
};

/**
 * Volatility studies: the squared abnormal return over its estimation variance (Beaver 1968), or
 * Parkinson's (1980) high-low range variance over its estimation-window mean.
 */
export const VOLATILITY_MEASURES = ["squared-abnormal-return", "parkinson-range"] as const;
export type VolatilityMeasure = (typeof VOLATILITY_MEASURES)[number];

export const PARKINSON_MEASURE =
  "ar is the range-volatility ratio minus one, P_t / P̄ - 1 with P_t = (ln H_t - ln L_t)² / (4 ln 2) the day's high-low range variance " +
  "and P̄ its mean over the estimation window (the constant-mean model fitted to P; Parkinson 1980, Journal of Business 53, 61-65); " +
  "its se is that model's, divided by P̄; car its sum over the window (mean ratio = 1 + car / days); tested against a ratio of 1 with " +
  "the cross-sectional t; a day without both a high and a low is missing; bhar does not apply";

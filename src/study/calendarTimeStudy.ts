import type { Series } from "../series.js";
import { sidedPValue } from "./alternative.js";
import { calendarTimeAlpha, calendarTimeReturns, holdingReturns, type Holding } from "./calendarTimePortfolio.js";
import { carhart4, famaFrench3 } from "./models/factorModel.js";
import type { StudyOptions } from "./options.js";
import type { FactorSeries } from "./panel.js";
import type { CalendarTimeAlpha, CalendarTimeResult } from "./results.js";
import { StudyInputError } from "./studyInputError.js";

export type CalendarTimeSettings = NonNullable<StudyOptions["calendarTime"]>;

/** What the portfolio reads of an event (a StudyEvent). */
interface HeldEvent {
  readonly id: string;
  readonly security: string;
  readonly covariates?: Readonly<Record<string, number>>;
}

/** The factor models whose alpha is reported, with their factors (the models' parameters after alpha). */
const ALPHA_MODELS = [famaFrench3, carhart4].map((m) => ({ model: m.name as CalendarTimeAlpha["model"], label: m.label, factors: m.parameters.slice(1) }));

/** Under value weighting, every event's weight: a positive number, or an error naming the event. */
export function checkCalendarTimeWeights(events: readonly HeldEvent[], settings: CalendarTimeSettings): void {
  const name = settings.weight;
  if (settings.weighting !== "value" || name === undefined) return;
  events.forEach((e, i) => {
    const w = e.covariates?.[name];
    if (w === undefined || !(w > 0) || !Number.isFinite(w)) {
      const message =
        w === undefined
          ? `value weighting needs "${name}" for every event; event "${e.id}" has none`
          : `"${name}" must be a positive market capitalisation; event "${e.id}" has ${w}`;
      throw new StudyInputError([{ path: `events.${i}.covariates.${name}`, message }]);
    }
  });
}

/**
 * One group's calendar-time portfolio (calendarTimePortfolio.ts) over its measured events `rows`, each
 * held from its day 0 (`day0[k]`) for `horizon` further trading days of its security, and the portfolio's
 * Fama-French 3 and Carhart 4 alphas; what cannot be computed is stated in `reason`.
 */
export function calendarTimeResult(
  group: string,
  rows: readonly number[],
  events: readonly HeldEvent[],
  securities: ReadonlyMap<string, Series>,
  day0: Int32Array,
  settings: CalendarTimeSettings,
  factors: FactorSeries | undefined,
  alternative: StudyOptions["alternative"],
): CalendarTimeResult {
  const head = { group, horizon: settings.horizon, weighting: settings.weighting, ...(settings.weight === undefined ? {} : { weight: settings.weight }) };
  const none = (reason: string): CalendarTimeResult => ({ ...head, days: 0, averageFirms: Number.NaN, alphas: [], reason });
  if (settings.weighting === "value" && settings.weight === undefined) {
    return none(
      "value weighting needs each event's market capitalisation: name the event covariate that holds it as calendarTime.weight (equal weighting needs none)",
    );
  }
  if (rows.length === 0) return none("no measured event: no portfolio");
  const holdings: Holding[] = rows.map((k) => {
    const e = events[k]!;
    const held = holdingReturns(securities.get(e.security)!, day0[k]!, settings.horizon);
    return { security: e.security, ...held, weight: settings.weight === undefined ? 1 : e.covariates![settings.weight]! };
  });
  const portfolio = calendarTimeReturns(holdings);
  let firms = 0;
  for (const f of portfolio.firms) firms += f;
  const described = { ...head, days: portfolio.dates.length, averageFirms: firms / portfolio.dates.length };
  if (!factors) {
    return {
      ...described,
      alphas: [],
      reason:
        "no factor returns given: the alphas need daily Fama-French factors (a factors file in the study file, or the French files imported into the store: F-F_Research_Data_Factors_daily.csv, and the momentum file for Carhart)",
    };
  }
  return {
    ...described,
    alphas: ALPHA_MODELS.map(({ model, label, factors: names }) => {
      const fit = calendarTimeAlpha(portfolio, factors, names);
      return {
        model,
        label,
        days: fit.days,
        alpha: fit.alpha,
        standardError: fit.standardError,
        statistic: fit.t.statistic,
        df: fit.t.df ?? Number.NaN,
        pValue: sidedPValue(fit.t.lower, fit.t.upper, alternative),
        rSquared: fit.rSquared,
        ...(fit.t.reason === undefined ? {} : { reason: fit.t.reason }),
      };
    }),
  };
}

import type { Series } from "../series.js";
import { fitLinear } from "./models/linearFit.js";
import { lowerBound, type FactorSeries } from "./panel.js";
import { noStatistic, studentT, type Statistic } from "./significance/statistic.js";

/** One event's position: its security's returns on its own trading days 0..H, and its weight. */
export interface Holding {
  readonly security: string;
  readonly dates: Int32Array;
  readonly returns: Float64Array;
  /** 1 under equal weighting; the event's market capitalisation under value weighting. */
  readonly weight: number;
}

/** The calendar-time portfolio: one return per calendar day on which it holds a firm. */
export interface PortfolioSeries {
  readonly dates: Int32Array;
  readonly returns: Float64Array;
  /** Firms held that day. */
  readonly firms: Float64Array;
}

/** The portfolio's excess return regressed on a factor model: its alpha, and on how many days. */
export interface AlphaFit {
  /** Days with a portfolio return and every factor (the regression's rows). */
  readonly days: number;
  readonly alpha: number;
  /** OLS standard error of alpha: √(s² (1/T + x̄'S⁻¹x̄)). */
  readonly standardError: number;
  /** alpha / its standard error against t(T - k - 1); NaN with a reason when it cannot be fitted. */
  readonly t: Statistic;
  readonly rSquared: number;
}

/** The returns of `series` on its first `horizon + 1` trading days from day 0 (missing values skipped). */
export function holdingReturns(series: Series, day0: number, horizon: number): { dates: Int32Array; returns: Float64Array } {
  const dates: number[] = [];
  const returns: number[] = [];
  for (let i = lowerBound(series.dates, day0); i < series.dates.length && dates.length <= horizon; i++) {
    const r = series.values[i]!;
    if (!Number.isFinite(r)) continue;
    dates.push(series.dates[i]!);
    returns.push(r);
  }
  return { dates: Int32Array.from(dates), returns: Float64Array.from(returns) };
}

/**
 * The calendar-time portfolio of Jaffe (1974, Journal of Business 47, 410-428) and Mandelker (1974,
 * JFE 1, 303-335), as Fama (1998, JFE 49, 283-306) and Mitchell & Stafford (2000, Journal of Business
 * 73, 287-329) recommend it: on each calendar day, the firms within [0, H] trading days of an event,
 * R_pt = Σ w_i R_it / Σ w_i (w_i = 1: equal weights; else each event's market capitalisation, held
 * fixed over its days). A firm held through two of its events at once counts once, at the weight of
 * the earlier event. Days on which no firm is held are not in the series.
 */
export function calendarTimeReturns(holdings: readonly Holding[]): PortfolioSeries {
  const held = new Map<string, Set<number>>();
  const dates: number[] = [];
  const weights: number[] = [];
  const returns: number[] = [];
  const order = holdings.map((_, i) => i).sort((a, b) => (holdings[a]!.dates[0] ?? 0) - (holdings[b]!.dates[0] ?? 0) || a - b);
  for (const i of order) {
    const h = holdings[i]!;
    let days = held.get(h.security);
    if (!days) held.set(h.security, (days = new Set()));
    for (let d = 0; d < h.dates.length; d++) {
      if (days.has(h.dates[d]!)) continue;
      days.add(h.dates[d]!);
      dates.push(h.dates[d]!);
      weights.push(h.weight);
      returns.push(h.returns[d]!);
    }
  }
  const byDate = dates.map((_, i) => i).sort((a, b) => dates[a]! - dates[b]!);
  const outDates: number[] = [];
  const outReturns: number[] = [];
  const outFirms: number[] = [];
  for (let at = 0; at < byDate.length;) {
    const day = dates[byDate[at]!]!;
    let sw = 0;
    let swr = 0;
    let firms = 0;
    for (; at < byDate.length && dates[byDate[at]!] === day; at++) {
      const k = byDate[at]!;
      sw += weights[k]!;
      swr += weights[k]! * returns[k]!;
      firms++;
    }
    outDates.push(day);
    outReturns.push(swr / sw);
    outFirms.push(firms);
  }
  return { dates: Int32Array.from(outDates), returns: Float64Array.from(outReturns), firms: Float64Array.from(outFirms) };
}

/**
 * Jensen's alpha of the portfolio: OLS of R_pt - RF_t = a + Σ_j b_j F_jt + e_t over the days with a
 * portfolio return and every factor (Fama-French 3: Mkt-RF, SMB, HML, Fama & French 1993, JFE 33,
 * 3-56; Carhart 4 adds MOM, Carhart 1997, J. Finance 52, 57-82). a is the mean daily abnormal return
 * of the firms in their first H days; t = a / se(a), se from s² (X'X)⁻¹ with s² on T - k - 1 df.
 */
export function calendarTimeAlpha(portfolio: PortfolioSeries, factors: FactorSeries, names: readonly string[]): AlphaFit {
  const missing = names.filter((name) => !factors.columns[name]);
  if (missing.length > 0) {
    const reason = `the factor returns lack ${missing.join(", ")}`;
    return { days: 0, alpha: Number.NaN, standardError: Number.NaN, rSquared: Number.NaN, t: noStatistic("t", reason) };
  }
  const t = portfolio.dates.length;
  const y = new Float64Array(t).fill(Number.NaN);
  const columns = names.map(() => new Float64Array(t).fill(Number.NaN));
  for (let i = 0; i < t; i++) {
    const row = lowerBound(factors.dates, portfolio.dates[i]!);
    if (factors.dates[row] !== portfolio.dates[i]) continue;
    y[i] = portfolio.returns[i]! - factors.rf[row]!;
    names.forEach((name, j) => (columns[j]![i] = factors.columns[name]![row]!));
  }
  const fit = fitLinear(y, columns, 0, t);
  const k = names.length;
  let q = 1 / fit.m;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) q += fit.xMean[i]! * fit.sInv[i * k + j]! * fit.xMean[j]!;
  const alpha = fit.coef[0]!;
  const standardError = Math.sqrt(fit.s2 * q);
  const base = { days: fit.m, alpha, standardError, rSquared: fit.r2 };
  if (fit.df < 1) return { ...base, t: noStatistic("t", `${fit.m} days with a portfolio return and every factor: too few to fit ${k + 1} coefficients`) };
  if (!Number.isFinite(alpha)) return { ...base, t: noStatistic("t", "the factors are collinear over the portfolio's days: no alpha") };
  return { ...base, t: studentT(alpha / standardError, fit.df) };
}

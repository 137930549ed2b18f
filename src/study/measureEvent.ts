import type { Convention } from "./conventions.js";
import type { UnmeasuredReason } from "../shared/eventReasons.js";
import { setStatus, type EventTable } from "./eventTable.js";
import type { EventGrid, EventWindow } from "./eventWindow.js";
import { leverage, predict, rowComplete, windowLeverage, type LinearFit } from "./models/linearFit.js";
import type { ModelDesign, ReturnModel } from "./models/returnModel.js";
import { lowerBound, type SecurityPanel } from "./panel.js";
import { type Series } from "../series.js";
import { isoDate } from "../calendar/days.js";

export interface MeasureOptions {
  readonly grid: EventGrid;
  readonly windows: readonly EventWindow[];
  readonly minEstimationDays: number;
  readonly convention: Convention;
  readonly returnType: "simple" | "log";
}

/**
 * Measures one event on a security whose day 0 sits at `row` of its panel into row k of `table`:
 * fits the model over the estimation days, then forms abnormal returns AR_t = R_t - E[R_t], their
 * prediction-error variances Var(AR_t) = s²(1 + x_t'(X'X)⁻¹x_t), and per window CAR = Σ AR_t with
 * Var(CAR) = s²(L + 1'X*(X'X)⁻¹X*'1) (Campbell, Lo & MacKinlay 1997, section 4.4), and
 * BHAR = Π(1 + R_t) - Π(1 + E[R_t]) (Lyon, Barber & Tsai 1999, J. Finance 54, 165-201).
 * Returns the fit when the event is measured; otherwise the row keeps NaN and gets a status.
 */
export function measureEventInto(
  table: EventTable,
  k: number,
  panel: SecurityPanel,
  model: ReturnModel,
  design: ModelDesign,
  row: number,
  options: MeasureOptions,
  market?: Series,
): LinearFit | undefined {
  const { grid, windows, convention } = options;
  const n = panel.dates.length;
  table.day0[k] = panel.dates[row]!;

  const spanFrom = row + grid.span[0];
  const spanTo = row + grid.span[1];
  if (spanFrom < 0) {
    return fail(table, k, { code: "not-yet-listed", daysShort: -spanFrom, firstReturn: isoDate(panel.dates[0]!) });
  }
  if (spanTo >= n) {
    return fail(table, k, beyondData(panel, row, grid.span[1]));
  }
  const needsMarket = model.requires === "market";
  for (let i = spanFrom; i <= spanTo; i++) {
    const suspect = panel.suspect?.get(i);
    if (suspect !== undefined) return fail(table, k, { code: "suspect-price-in-event-window", suspect });
    if (panel.bridged[i]) {
      return fail(table, k, { code: "gap-in-event-window", date: isoDate(panel.dates[i]!) });
    }
    if (!rowComplete(design.y, design.columns, i)) {
      const missing = needsMarket ? "market" : model.requires === "factors" ? "factor" : "return";
      return fail(table, k, { code: "market-missing-in-event-window", missing, date: isoDate(panel.dates[i]!) });
    }
  }

  const estFrom = Math.max(0, row + grid.estimation[0]);
  const estTo = row + grid.estimation[1] + 1;
  const fit = estTo > estFrom ? model.fit(design, estFrom, estTo) : undefined;
  const m = fit?.m ?? 0;
  if (!fit || m < options.minEstimationDays) {
    return fail(table, k, { code: "estimation-too-short", days: m, needed: options.minEstimationDays });
  }
  if (!Number.isFinite(fit.coef[0]!) || !(fit.s2 > 0)) {
    return fail(table, k, { code: "model-failed" });
  }
  if (fit.failure) return fail(table, k, { code: "model-failed", failure: fit.failure });

  const s2 =
    model.name === "constant-mean" && convention.constantMeanVariance === "whole-span"
      ? wholeSpanVariance(design.y, estFrom, spanTo + 1)
      : fit.conditionalVariance
        ? fit.s2
        : residualVariance(fit, convention);
  const moments = marketMoments(fit, design, convention, market, panel, row, grid);
  table.s2[k] = s2;
  table.m[k] = m;
  table.df[k] = fit.df;
  table.r2[k] = fit.r2;
  table.coef.set(fit.coef, k * table.parameters);
  const [first, last] = firstLastUsed(design, panel.dates, estFrom, estTo);
  table.estimationFirst[k] = first;
  table.estimationLast[k] = last;

  // ARs on the stored grid columns: estimation days (when kept), then the span.
  const stored = table.grid;
  const cols = stored.days.length;
  for (let g = 0; g < cols; g++) {
    const i = row + stored.days[g]!;
    if (i < 0 || (g < stored.estimationLength && i < estFrom)) continue;
    table.ar[k * cols + g] = design.y[i]! - predict(fit, design.columns, i);
    if (table.rm.length > 0 && needsMarket) table.rm[k * cols + g] = panel.rm[i]!;
  }

  const span = grid.spanLength;
  const eventDays = table.arVariance.length > 0;
  for (let d = 0; d < span; d++) {
    const i = spanFrom + d;
    const variance = fit.conditionalVariance ? fit.conditionalVariance(i) : s2 * (1 + (convention.predictionError ? dayLeverage(fit, design, moments, i) : 0));
    if (eventDays) {
      table.spanDates[k * span + d] = panel.dates[i]!;
      table.arVariance[k * span + d] = variance;
    }
    table.sar[k * span + d] = table.ar[k * cols + stored.estimationLength + d]! / Math.sqrt(variance);
  }

  const nw = windows.length;
  for (let w = 0; w < nw; w++) {
    const [a, b] = windows[w]!;
    let sum = 0;
    let held = 1;
    let expected = 1;
    for (let d = a; d <= b; d++) {
      const abnormal = table.ar[k * cols + stored.estimationLength + d - grid.span[0]]!;
      const raw = panel.r[row + d]!;
      const normal = raw - abnormal; // E[R_t] in the same return space as R_t (excess terms cancel)
      sum += abnormal;
      held *= 1 + (options.returnType === "log" ? Math.expm1(raw) : raw);
      expected *= 1 + (options.returnType === "log" ? Math.expm1(normal) : normal);
    }
    table.car[k * nw + w] = sum;
    table.carVariance[k * nw + w] = fit.conditionalVariance
      ? conditionalSum(fit.conditionalVariance, row + a, row + b + 1)
      : s2 * (b - a + 1 + (convention.predictionError ? sumLeverage(fit, design, moments, row + a, row + b + 1) : 0));
    table.bhar[k * nw + w] = held - expected;
  }
  return fit;
}

/**
 * Why a window runs past the data: with the exchange's calendar, the date the window would end on;
 * without, how many of the security's trading days are missing.
 */
function beyondData(panel: SecurityPanel, row: number, lastDay: number): UnmeasuredReason {
  const n = panel.dates.length;
  const lastReturn = isoDate(panel.dates[n - 1]!);
  if (panel.sessions) {
    const end = panel.sessions[lowerBound(panel.sessions, panel.dates[row]!) + lastDay];
    if (end !== undefined) return { code: "event-window-beyond-data", lastReturn, lastDay, windowEnd: isoDate(end) };
  }
  return { code: "event-window-beyond-data", lastReturn, lastDay, daysBeyond: row + lastDay - n + 1 };
}

/** Marks event k unmeasured. */
function fail(table: EventTable, k: number, reason: UnmeasuredReason): undefined {
  setStatus(table, k, reason);
  return undefined;
}

/** s_i² from the fit's residual sum of squares, under the convention's divisor. */
function residualVariance(fit: LinearFit, convention: Convention): number {
  const sse = fit.s2 * fit.df;
  switch (convention.residualVariance) {
    case "ols":
      return fit.s2;
    case "sample":
      return sse / (fit.m - 1);
    case "population":
      return sse / fit.m;
  }
}

/** Population variance (divisor n) of the finite values in rows [from, to), around their own mean. */
function wholeSpanVariance(y: Float64Array, from: number, to: number): number {
  let n = 0;
  let mean = 0;
  for (let i = from; i < to; i++) {
    if (Number.isFinite(y[i]!)) {
      n++;
      mean += y[i]!;
    }
  }
  mean /= n;
  let ss = 0;
  for (let i = from; i < to; i++) if (Number.isFinite(y[i]!)) ss += (y[i]! - mean) ** 2;
  return ss / n;
}

/**
 * Where the prediction-error leverage takes the market mean and Sxx from. Under the "market-days"
 * convention they come from every market day of the estimation window counted in the market's own
 * trading days back from day 0 (estudy2, whose window is a date range of the index: a stock listed
 * inside it still gets every index day); otherwise (`sxx` NaN) from the rows the regression used.
 */
interface MarketMoments {
  readonly mean: number;
  readonly sxx: number;
}

function marketMoments(
  fit: LinearFit,
  design: ModelDesign,
  convention: Convention,
  market: Series | undefined,
  panel: SecurityPanel,
  row: number,
  grid: EventGrid,
): MarketMoments {
  if (convention.marketMoments !== "market-days" || !market || design.columns.length !== 1 || !fit.estimated) {
    return { mean: Number.NaN, sxx: Number.NaN };
  }
  const mRow = panel.marketRow[row]!;
  const from = Math.max(0, mRow + grid.estimation[0]);
  const to = mRow + grid.estimation[1] + 1;
  let mean = 0;
  for (let j = from; j < to; j++) mean += market.values[j]!;
  mean /= to - from;
  let sxx = 0;
  for (let j = from; j < to; j++) sxx += (market.values[j]! - mean) ** 2;
  return { mean, sxx };
}

/** Leverage 1/M + (x - x̄)'S⁻¹(x - x̄) of day i. */
function dayLeverage(fit: LinearFit, design: ModelDesign, moments: MarketMoments, i: number): number {
  if (Number.isNaN(moments.sxx)) return leverage(fit, design.columns, i);
  return 1 / fit.m + (design.columns[0]![i]! - moments.mean) ** 2 / moments.sxx;
}

/** Leverage of the sum of rows [a, b): L²/M + d'S⁻¹d, d = Σ (x_t - x̄). */
function sumLeverage(fit: LinearFit, design: ModelDesign, moments: MarketMoments, a: number, b: number): number {
  if (Number.isNaN(moments.sxx)) return windowLeverage(fit, design.columns, a, b);
  const x = design.columns[0]!;
  let d = 0;
  for (let i = a; i < b; i++) d += x[i]! - moments.mean;
  return ((b - a) * (b - a)) / fit.m + (d * d) / moments.sxx;
}

/** Σ of a model's conditional variances over rows [a, b). */
function conditionalSum(variance: (row: number) => number, a: number, b: number): number {
  let s = 0;
  for (let i = a; i < b; i++) s += variance(i);
  return s;
}

function firstLastUsed(design: ModelDesign, dates: Int32Array, from: number, to: number): readonly [number, number] {
  const usable = (i: number): boolean => rowComplete(design.y, design.columns, i);
  let a = from;
  while (a < to && !usable(a)) a++;
  let b = to - 1;
  while (b > a && !usable(b)) b--;
  return [dates[a]!, dates[b]!];
}

import type { Convention } from "./conventions.js";
import { failed, OK, type EventStatus } from "./eventStatus.js";
import { spanColumn, type EventGrid, type EventWindow } from "./eventWindow.js";
import { leverage, predict, windowLeverage, type LinearFit } from "./models/linearFit.js";
import type { ModelDesign, ReturnModel } from "./models/returnModel.js";
import type { SecurityPanel } from "./panel.js";
import { type Series } from "../series.js";
import { isoDate } from "../calendar/days.js";

/** What one event yields: its status and, when `ok`, everything the aggregate tests need. */
export interface EventMeasurement {
  readonly status: EventStatus;
  /** Date of day 0 (days since epoch), when it could be placed. */
  readonly day0?: number;
  readonly fit?: LinearFit;
  /** Residual variance s_i² under the convention's divisor. */
  readonly s2: number;
  /** Estimation days used (M_i). */
  readonly m: number;
  /** First and last estimation dates used. */
  readonly estimationDates?: readonly [number, number];
  /** AR on every grid column (estimation days, then the span); NaN where the security has no return. */
  readonly ar: Float64Array;
  /** Market return on every grid column (NaN where missing or when the model has no market). */
  readonly rm: Float64Array;
  /** Var(AR_t) on each span day. */
  readonly arVariance: Float64Array;
  /** Date of each span day. */
  readonly spanDates: Int32Array;
  /** Per window: CAR, Var(CAR), BHAR. */
  readonly car: Float64Array;
  readonly carVariance: Float64Array;
  readonly bhar: Float64Array;
}

export interface MeasureOptions {
  readonly grid: EventGrid;
  readonly windows: readonly EventWindow[];
  readonly minEstimationDays: number;
  readonly convention: Convention;
  readonly returnType: "simple" | "log";
}

/**
 * Measures one event on a security whose day 0 sits at `row` of its panel: fits the model over the
 * estimation days, then forms abnormal returns AR_t = R_t - E[R_t], their prediction-error variances
 * Var(AR_t) = s²(1 + x_t'(X'X)⁻¹x_t), and per window CAR = Σ AR_t with
 * Var(CAR) = s²(L + 1'X*(X'X)⁻¹X*'1) (Campbell, Lo & MacKinlay 1997, section 4.4), and
 * BHAR = Π(1 + R_t) - Π(1 + E[R_t]) (Lyon, Barber & Tsai 1999, J. Finance 54, 165-201).
 */
export function measureEvent(
  panel: SecurityPanel,
  model: ReturnModel,
  design: ModelDesign,
  row: number,
  options: MeasureOptions,
  market?: Series,
): EventMeasurement {
  const { grid, windows, convention } = options;
  const n = panel.dates.length;
  const failedWith = (status: EventStatus): EventMeasurement => unmeasured(status, grid, windows.length, panel.dates[row]);

  const spanFrom = row + grid.span[0];
  const spanTo = row + grid.span[1];
  if (spanFrom < 0) {
    return failedWith(failed("not-yet-listed", `the event window starts ${-spanFrom} trading day(s) before the security's first return (${isoDate(panel.dates[0]!)})`));
  }
  if (spanTo >= n) {
    return failedWith(failed("event-window-beyond-data", `the event window ends ${spanTo - n + 1} trading day(s) after the last return (${isoDate(panel.dates[n - 1]!)})`));
  }
  const needsMarket = model.requires === "market";
  for (let i = spanFrom; i <= spanTo; i++) {
    if (panel.bridged[i]) {
      return failedWith(failed("gap-in-event-window", `the security did not trade on market days before ${isoDate(panel.dates[i]!)}, inside the event window`));
    }
    if (!Number.isFinite(design.y[i]!) || design.columns.some((c) => !Number.isFinite(c[i]!))) {
      const what = needsMarket ? "market" : model.requires === "factors" ? "factor" : "return";
      return failedWith(failed("market-missing-in-event-window", `no ${what} value on ${isoDate(panel.dates[i]!)}, inside the event window`));
    }
  }

  const estFrom = Math.max(0, row + grid.estimation[0]);
  const estTo = row + grid.estimation[1] + 1;
  const fit = estTo > estFrom ? model.fit(design, estFrom, estTo) : undefined;
  const m = fit?.m ?? 0;
  if (!fit || m < options.minEstimationDays) {
    return failedWith(failed("estimation-too-short", `${m} estimation day(s) with data, fewer than the ${options.minEstimationDays} required`));
  }
  if (!Number.isFinite(fit.coef[0]!) || !(fit.s2 > 0)) {
    return failedWith(failed("model-failed", "the model could not be fitted (constant or collinear regressors over the estimation window)"));
  }

  const s2 =
    model.name === "constant-mean" && convention.constantMeanVariance === "whole-span"
      ? wholeSpanVariance(design.y, estFrom, spanTo + 1)
      : residualVariance(fit, convention);
  const lev = leverageFor(fit, design, convention, market, panel, row, grid);

  const cols = grid.days.length;
  const ar = new Float64Array(cols).fill(Number.NaN);
  const rm = new Float64Array(cols).fill(Number.NaN);
  for (let g = 0; g < cols; g++) {
    const i = row + grid.days[g]!;
    if (i < 0 || (g < grid.estimationLength && i < estFrom)) continue;
    ar[g] = design.y[i]! - predict(fit, design.columns, i);
    if (needsMarket) rm[g] = panel.rm[i]!;
  }

  const arVariance = new Float64Array(grid.spanLength);
  const spanDates = new Int32Array(grid.spanLength);
  for (let d = 0; d < grid.spanLength; d++) {
    const i = spanFrom + d;
    spanDates[d] = panel.dates[i]!;
    arVariance[d] = s2 * (1 + (convention.predictionError ? lev.day(i) : 0));
  }

  const car = new Float64Array(windows.length);
  const carVariance = new Float64Array(windows.length);
  const bhar = new Float64Array(windows.length);
  windows.forEach(([a, b], w) => {
    let sum = 0;
    let held = 1;
    let expected = 1;
    for (let d = a; d <= b; d++) {
      const abnormal = ar[spanColumn(grid, d)]!;
      const i = row + d;
      sum += abnormal;
      const raw = panel.r[i]!;
      const normal = raw - abnormal; // E[R_t] in the same return space as R_t (excess terms cancel)
      held *= 1 + (options.returnType === "log" ? Math.expm1(raw) : raw);
      expected *= 1 + (options.returnType === "log" ? Math.expm1(normal) : normal);
    }
    const len = b - a + 1;
    car[w] = sum;
    carVariance[w] = s2 * (len + (convention.predictionError ? lev.window(row + a, row + b + 1) : 0));
    bhar[w] = held - expected;
  });

  return {
    status: OK,
    day0: panel.dates[row]!,
    fit,
    s2,
    m,
    estimationDates: firstLastUsed(design, panel.dates, estFrom, estTo),
    ar,
    rm,
    arVariance,
    spanDates,
    car,
    carVariance,
    bhar,
  };
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
 * The prediction-error leverage of a day and of a window. Under the "market-days" convention the
 * market mean and Sxx come from every market day of the estimation window counted in the market's own
 * trading days back from day 0 (estudy2, whose window is a date range of the index: a stock listed
 * inside it still gets every index day), else from the rows the regression used.
 */
function leverageFor(
  fit: LinearFit,
  design: ModelDesign,
  convention: Convention,
  market: Series | undefined,
  panel: SecurityPanel,
  row: number,
  grid: EventGrid,
): { day: (i: number) => number; window: (from: number, to: number) => number } {
  const x = design.columns[0];
  if (convention.marketMoments === "market-days" && market && x && design.columns.length === 1 && fit.estimated) {
    const mRow = panel.marketRow[row]!;
    let mean = 0;
    let count = 0;
    const from = Math.max(0, mRow + grid.estimation[0]);
    const to = mRow + grid.estimation[1] + 1;
    for (let j = from; j < to; j++) {
      mean += market.values[j]!;
      count++;
    }
    mean /= count;
    let sxx = 0;
    for (let j = from; j < to; j++) sxx += (market.values[j]! - mean) ** 2;
    return {
      day: (i) => 1 / fit.m + (x[i]! - mean) ** 2 / sxx,
      window: (a, b) => {
        let d = 0;
        for (let i = a; i < b; i++) d += x[i]! - mean;
        return ((b - a) * (b - a)) / fit.m + (d * d) / sxx;
      },
    };
  }
  return {
    day: (i) => leverage(fit, design.columns, i),
    window: (a, b) => windowLeverage(fit, design.columns, a, b),
  };
}

function firstLastUsed(design: ModelDesign, dates: Int32Array, from: number, to: number): readonly [number, number] {
  const usable = (i: number): boolean => Number.isFinite(design.y[i]!) && design.columns.every((c) => Number.isFinite(c[i]!));
  let a = from;
  while (a < to && !usable(a)) a++;
  let b = to - 1;
  while (b > a && !usable(b)) b--;
  return [dates[a]!, dates[b]!];
}

/** The measurement of an event that could not be measured: its status, and NaN everywhere else. */
export function unmeasured(status: EventStatus, grid: EventGrid, windows: number, day0?: number): EventMeasurement {
  const none = new Float64Array(0);
  return {
    status,
    ...(day0 === undefined ? {} : { day0 }),
    s2: Number.NaN,
    m: 0,
    ar: new Float64Array(grid.days.length).fill(Number.NaN),
    rm: new Float64Array(grid.days.length).fill(Number.NaN),
    arVariance: none,
    spanDates: new Int32Array(0),
    car: new Float64Array(windows).fill(Number.NaN),
    carVariance: new Float64Array(windows).fill(Number.NaN),
    bhar: new Float64Array(windows).fill(Number.NaN),
  };
}

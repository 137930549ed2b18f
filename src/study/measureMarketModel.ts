import type { EventTable } from "./eventTable.js";
import type { MeasureOptions } from "./measureEvent.js";
import { fitSumsInto, type RegressionSums, type SumsFit } from "./models/prefixSums.js";
import type { SecurityPanel } from "./panel.js";

/** A security prepared for the market model's hot loop: its panel, the fit's y (bridged days masked) and running sums. */
export interface MarketModelSecurity {
  readonly panel: SecurityPanel;
  readonly y: Float64Array;
  readonly sums: RegressionSums;
}

/**
 * The market model's measurement of one event (measureEventInto's arithmetic, operation for operation)
 * written straight into row k of the table, for the conventions whose prediction-error term uses the
 * security's own estimation days: the fit from the running sums in O(1), then the span's ARs,
 * Var(AR_t) = s²(1 + 1/M + (x_t - x̄)²/Sxx), the CARs with Var(CAR) = s²(L + L²/M + (Σ(x_t - x̄))²/Sxx)
 * and the BHARs. Nothing is allocated; `fit` is scratch space.
 *
 * Returns false, having written nothing, when the event has a status to report (window past the data,
 * a gap or a missing market return in it, too few estimation days, a failed fit): the general path
 * then measures it and says why.
 */
export function measureMarketModelInto(
  table: EventTable,
  k: number,
  security: MarketModelSecurity,
  row: number,
  options: MeasureOptions,
  fit: SumsFit,
): boolean {
  const { grid, windows, convention } = options;
  const { panel, y } = security;
  const x = panel.rm;
  const n = y.length;
  const span0 = grid.span[0];
  const spanFrom = row + span0;
  const spanTo = row + grid.span[1];
  if (spanFrom < 0 || spanTo >= n) return false;
  for (let i = spanFrom; i <= spanTo; i++) if (!(Number.isFinite(y[i]!) && Number.isFinite(x[i]!))) return false;
  const estFrom = Math.max(0, row + grid.estimation[0]);
  const estTo = row + grid.estimation[1] + 1;
  if (!(estTo > estFrom)) return false;
  fitSumsInto(security.sums, estFrom, estTo, fit);
  const m = fit.m;
  const df = m - 2;
  if (m < options.minEstimationDays || fit.singular) return false;
  const fitS2 = df > 0 ? fit.sse / df : Number.NaN;
  if (!Number.isFinite(fit.alpha) || !(fitS2 > 0)) return false;

  const { alpha, beta, xMean, sInv } = fit;
  const sse = fitS2 * df;
  const s2 = convention.residualVariance === "ols" ? fitS2 : convention.residualVariance === "sample" ? sse / (m - 1) : sse / m;
  const dates = panel.dates;
  table.day0[k] = dates[row]!;
  table.s2[k] = s2;
  table.m[k] = m;
  table.df[k] = df;
  table.r2[k] = fit.syy > 0 ? 1 - fit.sse / fit.syy : Number.NaN;
  table.coef[k * 2] = alpha;
  table.coef[k * 2 + 1] = beta;
  let a = estFrom;
  while (a < estTo && !(Number.isFinite(y[a]!) && Number.isFinite(x[a]!))) a++;
  let b = estTo - 1;
  while (b > a && !(Number.isFinite(y[b]!) && Number.isFinite(x[b]!))) b--;
  table.estimationFirst[k] = dates[a]!;
  table.estimationLast[k] = dates[b]!;

  // ARs on the stored grid: the estimation days (when kept), then the span.
  const stored = table.grid;
  const cols = stored.days.length;
  const estLength = stored.estimationLength;
  const ar = table.ar;
  const rm = table.rm;
  const keepMarket = rm.length > 0;
  const rowAt = k * cols;
  if (estLength > 0) {
    const first = row + grid.estimation[0];
    for (let g = 0; g < -first && g < estLength; g++) {
      ar[rowAt + g] = Number.NaN;
      if (keepMarket) rm[rowAt + g] = Number.NaN;
    }
    for (let g = Math.max(0, -first); g < estLength; g++) {
      const i = first + g;
      ar[rowAt + g] = y[i]! - (alpha + beta * x[i]!);
      if (keepMarket) rm[rowAt + g] = x[i]!;
    }
  }
  const span = grid.spanLength;
  const spanAt = k * span;
  const withLeverage = convention.predictionError;
  const eventDays = table.arVariance.length > 0;
  for (let d = 0; d < span; d++) {
    const i = spanFrom + d;
    const abnormal = y[i]! - (alpha + beta * x[i]!);
    ar[rowAt + estLength + d] = abnormal;
    if (keepMarket) rm[rowAt + estLength + d] = x[i]!;
    const dx = x[i]! - xMean;
    const variance = s2 * (1 + (withLeverage ? 1 / m + dx * sInv * dx : 0));
    if (eventDays) {
      table.spanDates[spanAt + d] = dates[i]!;
      table.arVariance[spanAt + d] = variance;
    }
    table.sar[spanAt + d] = abnormal / Math.sqrt(variance);
  }

  const r = panel.r;
  const log = options.returnType === "log";
  const nw = windows.length;
  for (let w = 0; w < nw; w++) {
    const from = windows[w]![0];
    const to = windows[w]![1];
    let sum = 0;
    let held = 1;
    let expected = 1;
    let dx = 0;
    for (let d = from; d <= to; d++) {
      const abnormal = ar[rowAt + estLength + d - span0]!;
      const raw = r[row + d]!;
      const normal = raw - abnormal; // E[R_t] in the same return space as R_t
      sum += abnormal;
      held *= 1 + (log ? Math.expm1(raw) : raw);
      expected *= 1 + (log ? Math.expm1(normal) : normal);
      dx += x[row + d]! - xMean;
    }
    const len = to - from + 1;
    table.car[k * nw + w] = sum;
    table.carVariance[k * nw + w] = s2 * (to - from + 1 + (withLeverage ? (len * len) / m + dx * sInv * dx : 0));
    table.bhar[k * nw + w] = held - expected;
  }
  return true;
}

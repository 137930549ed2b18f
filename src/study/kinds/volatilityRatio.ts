import { windowOffsets } from "../crossSection.js";
import type { EventTable } from "../eventTable.js";

/** Var(U_t) of a volatility ratio U_t = AR_t² / σ² when AR_t is normal: U_t is χ²(1). */
const RATIO_VARIANCE = 2;

/**
 * Turns each measured event's abnormal returns into abnormal volatility, in place: every AR_t becomes
 * U_t - 1 with U_t = AR_t² / s², s² the event's estimation-window residual variance (Beaver 1968's
 * U-statistic; Landsman & Maydew 2002, who test the mean ratio against 1). A window's CAR becomes
 * Σ (U_t - 1), so its cross-sectional t tests the mean ratio against 1; an event's own variance is
 * 2 per day (χ²(1)). BHARs do not apply (NaN).
 */
export function volatilityRatiosInto(table: EventTable): void {
  const grid = table.grid;
  const cols = grid.days.length;
  const span = grid.spanLength;
  const nw = table.windows.length;
  for (let k = 0; k < table.status.length; k++) {
    if (table.status[k] !== 0) continue;
    const s2 = table.s2[k]!;
    for (let g = 0; g < cols; g++) {
      const ar = table.ar[k * cols + g]!;
      table.ar[k * cols + g] = (ar * ar) / s2 - 1;
    }
    for (let d = 0; d < span; d++) {
      if (table.arVariance.length > 0) table.arVariance[k * span + d] = RATIO_VARIANCE;
      table.sar[k * span + d] = table.ar[k * cols + grid.estimationLength + d]! / Math.sqrt(RATIO_VARIANCE);
    }
    table.windows.forEach((window, w) => {
      const [a, b] = windowOffsets(table, window);
      let sum = 0;
      for (let d = a; d <= b; d++) sum += table.ar[k * cols + grid.estimationLength + d]!;
      table.car[k * nw + w] = sum;
      table.carVariance[k * nw + w] = RATIO_VARIANCE * (b - a + 1);
      table.bhar[k * nw + w] = Number.NaN;
    });
  }
}

/** BHARs of measured events set to NaN: a buy-and-hold return of a level (log volume) means nothing. */
export function withoutBhar(table: EventTable): void {
  for (let k = 0; k < table.status.length; k++) {
    if (table.status[k] !== 0) continue;
    table.bhar.fill(Number.NaN, k * table.windows.length, (k + 1) * table.windows.length);
  }
}

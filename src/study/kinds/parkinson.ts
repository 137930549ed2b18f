import type { Series } from "../../series.js";
import type { EventTable } from "../eventTable.js";
import { StudyInputError } from "../studyInputError.js";

/** A security's daily highs and lows, each on its own dates (NaN or no date: missing). */
export interface HighLow {
  readonly high: Series;
  readonly low: Series;
}

/**
 * Parkinson's (1980) range-based variance of each day, P_t = (ln H_t - ln L_t)² / (4 ln 2)
 * (Journal of Business 53, 61-65), on the dates with both a high and a low. A high below its low, or a
 * price that is not positive, is a bad bar: an error naming the security and the day's position.
 */
export function parkinsonVariance(security: string, bars: HighLow): Series {
  const lows = new Map<number, number>();
  bars.low.values.forEach((v, i) => {
    if (Number.isFinite(v)) lows.set(bars.low.dates[i]!, v);
  });
  const dates: number[] = [];
  const values: number[] = [];
  bars.high.values.forEach((h, i) => {
    const day = bars.high.dates[i]!;
    const l = lows.get(day);
    if (!Number.isFinite(h) || l === undefined) return;
    if (!(l > 0) || h < l) {
      throw new StudyInputError([
        {
          path: `highLow.${security}.${i}`,
          message: `high ${h} and low ${l} on day ${day} are no price range (a high below its low, or a price not positive)`,
        },
      ]);
    }
    dates.push(day);
    values.push(Math.log(h / l) ** 2 / (4 * Math.LN2));
  });
  return { dates: Int32Array.from(dates), values: Float64Array.from(values) };
}

/**
 * Turns each event's deviations of the range variance from its estimation-window mean (the
 * constant-mean model fitted to P_t) into ratios, in place: P_t / P̄ - 1, with their variances,
 * sums and sums' variances divided by P̄² accordingly; BHARs do not apply (NaN). The mean is the
 * model's one parameter.
 */
export function rangeRatiosInto(table: EventTable): void {
  const cols = table.grid.days.length;
  const span = table.grid.spanLength;
  const nw = table.windows.length;
  for (let k = 0; k < table.status.length; k++) {
    if (table.status[k] !== 0) continue;
    const mean = table.coef[k * table.parameters]!;
    for (let g = 0; g < cols; g++) table.ar[k * cols + g]! /= mean;
    if (table.arVariance.length > 0) for (let d = 0; d < span; d++) table.arVariance[k * span + d]! /= mean * mean;
    for (let w = 0; w < nw; w++) {
      table.car[k * nw + w]! /= mean;
      table.carVariance[k * nw + w]! /= mean * mean;
      table.bhar[k * nw + w] = Number.NaN;
    }
  }
}

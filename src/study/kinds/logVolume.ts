import type { Series } from "../../series.js";

/**
 * Added to the share volume before the log, so that a day with zero volume has a finite log volume:
 * one share. Campbell & Wasley (1996) add 0.000255 to the turnover in percent, 100 · n_t / S; the store
 * keeps no shares outstanding S, so the raw count n_t stands in for the turnover. With a per-security
 * intercept in the model the scale 100 / S only shifts the intercept, so abnormal log volume is the
 * same either way, up to the constant.
 */
const LOG_VOLUME_CONSTANT = 1;

/**
 * Log volume V_t = ln(n_t + c), c = LOG_VOLUME_CONSTANT (Campbell & Wasley 1996, eq. 1, on shares
 * traded). A missing volume (NaN, or no row) stays missing: it is never read as zero. A negative
 * volume is no volume: RangeError naming the date's row.
 */
export function logVolume(volume: Series): Series {
  const values = new Float64Array(volume.values.length);
  volume.values.forEach((n, i) => {
    if (n < 0) throw new RangeError(`volume ${n} on row ${i} is negative`);
    values[i] = Number.isFinite(n) ? Math.log(n + LOG_VOLUME_CONSTANT) : Number.NaN;
  });
  return { dates: volume.dates, values };
}

/**
 * The market's log volume as Campbell & Wasley (1996) form it: on each day, the equal-weighted mean
 * of the log volumes V_it of the securities with a volume that day. Dates are the union of theirs.
 */
export function sampleLogVolume(series: readonly Series[]): Series {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const s of series) {
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const day = s.dates[i]!;
      const at = sums.get(day);
      if (at) {
        at.sum += v;
        at.n++;
      } else sums.set(day, { sum: v, n: 1 });
    });
  }
  const dates = Int32Array.from(sums.keys()).sort();
  return { dates, values: Float64Array.from(dates, (d) => sums.get(d)!.sum / sums.get(d)!.n) };
}

/**
 * One symbol's bars from a provider, collected into an {@link ImportBatch} the way the file importers
 * do it (importers/series.ts): rows without a close are left out with the importers' reasons, the
 * rest sorted, refused on a duplicate date, and zero-volume flat bars classified into DAY_FLAGS.
 */
import { SKIP_REASONS, SeriesBuilder } from "../importers/series.js";
import type { BarColumnsPresent } from "../importers/series.js";
import type { ImportBatch, SkippedRow } from "../priceBatch.js";

export class BatchBuilder {
  private readonly series: SeriesBuilder;
  private readonly skipped: SkippedRow[] = [];
  private rowsRead = 0;

  /** `source` and `format` go to the batch; `dateField` names the date in messages. */
  constructor(
    private readonly source: string,
    private readonly format: string,
    symbol: string,
    present: BarColumnsPresent,
    private readonly dateField: string,
  ) {
    this.series = new SeriesBuilder(symbol, present);
  }

  /** One bar, absent values NaN; `rawClose` is the unadjusted close when `close` is adjusted. */
  add(line: number, day: number, open: number, high: number, low: number, close: number, volume: number, rawClose = close): void {
    this.rowsRead++;
    if (Number.isNaN(close)) {
      const empty = Number.isNaN(open) && Number.isNaN(high) && Number.isNaN(low) && (Number.isNaN(volume) || volume === 0);
      this.skipped.push({ line, reason: empty ? SKIP_REASONS.holiday : SKIP_REASONS.noClose });
      return;
    }
    this.series.add(line, day, open, high, low, close, volume, rawClose);
  }

  /** A row read and left out for `reason`. */
  skip(line: number, reason: string): void {
    this.rowsRead++;
    this.skipped.push({ line, reason });
  }

  /** The batch: one series, or none when no row had a close. */
  finish(): ImportBatch {
    const prices = this.series.length === 0 ? [] : [this.series.finish(this.source, this.dateField, true, this.skipped)];
    return { file: this.source, format: this.format, prices, factors: [], rowsRead: this.rowsRead, skipped: this.skipped };
  }
}

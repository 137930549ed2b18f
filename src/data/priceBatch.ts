import { basename, dirname } from "node:path";

/**
 * What an importer hands to the store: one file's series, already parsed and checked, as columns.
 * Every importer produces this shape whatever the file looked like; the store never sees raw text.
 */

/** Daily bars of one instrument (a listing or an index), dates ascending and unique. */
export interface PriceSeries {
  /** Identifier as `<code>.<suffix>` (0700.HK, 600519.SS), a US ticker (BIDU) or an index (^HSI). */
  readonly symbol: string;
  /** Days since 1970-01-01. */
  readonly dates: Int32Array;
  /** Close (adjusted where the source adjusts); NaN where the day has no usable close. */
  readonly close: Float64Array;
  /** Optional OHLC and volume; NaN where missing. */
  readonly open?: Float64Array;
  readonly high?: Float64Array;
  readonly low?: Float64Array;
  readonly volume?: Float64Array;
  /** Per row, DAY_FLAGS bits describing what the importer concluded about that day. */
  readonly flags: Uint8Array;
}

/** Bits of `PriceSeries.flags`. */
export const DAY_FLAGS = {
  /** Zero volume and open = high = low = close, but the close moved: a real close, range unknown (half-day). */
  rangeMissing: 1,
  /** Zero volume, flat bar, close unchanged from the previous day: nothing traded (suspension); close is NaN. */
  noTrade: 2,
} as const;

/** Daily factor returns as fractions (a Fama-French file: Mkt-RF, SMB, HML, RF, MOM, ...). */
export interface FactorTable {
  readonly name: string;
  readonly dates: Int32Array;
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/** A row the importer left out, and why. */
export interface SkippedRow {
  readonly line: number;
  readonly reason: string;
}

/** The result of reading one file (or one provider response). */
export interface ImportBatch {
  readonly file: string;
  /**
   * Which feed the prices come from. The store keeps each source's series apart (two feeds of one
   * symbol disagree: adjustment vintages, venues), so re-importing every file changes nothing.
   * Default: the file's folder and name, e.g. "us/BIDU.csv" (see batchSource).
   */
  readonly source?: string;
  /** The format the file was read as (e.g. "yahoo-three-header", "fama-french"). */
  readonly format: string;
  readonly prices: readonly PriceSeries[];
  readonly factors: readonly FactorTable[];
  readonly rowsRead: number;
  readonly skipped: readonly SkippedRow[];
}

/** The batch's source: as given, else "<folder>/<file name>" of the file it was read from. */
export function batchSource(batch: ImportBatch): string {
  return batch.source ?? `${basename(dirname(batch.file))}/${basename(batch.file)}`;
}

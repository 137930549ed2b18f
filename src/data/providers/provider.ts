/**
 * A source of daily bars over the network. A provider answers with the same {@link ImportBatch} a file
 * importer produces, so the caller caches it in the store exactly as it would an imported file.
 */
import type { ImportBatch } from "../priceBatch.js";

/** The subset of `fetch` the providers use; tests pass a fake that serves fixtures. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchDailyOptions {
  /** Cancels the request, its retries and the waits between them. */
  readonly signal?: AbortSignal;
}

export interface Provider {
  /** Also the `format` of the batches it returns ("yahoo-chart", "stooq-daily"). */
  readonly name: string;
  /**
   * Daily bars of `symbol` (the project's spelling: 0700.HK, BIDU, ^HSI) for exchange-local dates
   * `from` to `to` inclusive, as day numbers (days since 1970-01-01, see calendar/days.ts).
   */
  fetchDaily(symbol: string, from: number, to: number, options?: FetchDailyOptions): Promise<ImportBatch>;
}

/** What one `fetchDaily` call asked for, as the response readers need it. */
export interface BarRequest {
  /** The project's spelling; the batch's series carries it. */
  readonly symbol: string;
  readonly from: number;
  readonly to: number;
  /** The URL asked, without secrets: the batch's `file` and the place named in messages. */
  readonly source: string;
}

/** Refuse a date range that is not two whole day numbers in order. */
export function checkRange(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new RangeError(`expected day numbers with from <= to, got from=${from}, to=${to}`);
  }
}

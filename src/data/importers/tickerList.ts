/**
 * A list of tickers, one a line under a single header (`ticker`, `symbol`, ...), such as the
 * universe.csv beside the Hong Kong prices. It holds no prices: importing it gives a batch with
 * format "ticker-list", no series and `rowsRead` = the number of tickers, so that importing a
 * whole folder passes over it (and says so) instead of failing. {@link parseTickerList} gives the
 * tickers themselves.
 */
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { forEachRecord } from "./records.js";

export const TICKER_LIST_FORMAT = "ticker-list";

/** Header names of a ticker list's one column (lower case). */
const TICKER_LIST_HEADERS: readonly string[] = ["ticker", "tickers", "symbol", "symbols", "security", "securities", "code"];

/** True when a header is a ticker list's: one column, named like {@link TICKER_LIST_HEADERS}. */
export function isTickerListHeader(header: readonly string[]): boolean {
  return header.length === 1 && TICKER_LIST_HEADERS.includes(header[0]!.trim().toLowerCase());
}

/** The tickers of a ticker list held in memory, in file order, as written (leading zeros kept). */
export function parseTickerList(text: string, source: string): string[] {
  const tickers: string[] = [];
  const lineOf = new Map<string, number>();
  let header: string | undefined;
  forEachRecord(text, source, (cells, line) => {
    if (header === undefined) {
      if (!isTickerListHeader(cells)) {
        throw new InputError(
          { file: source, line },
          `not a ticker list: expected one column named ${TICKER_LIST_HEADERS.map((h) => JSON.stringify(h)).join(", ")}`,
        );
      }
      header = cells[0]!.trim();
      return;
    }
    if (cells.length !== 1) throw new InputError({ file: source, line }, `the row has ${cells.length} fields, a ticker list one`);
    const ticker = cells[0]!.trim();
    const before = lineOf.get(ticker);
    if (before !== undefined) throw new InputError({ file: source, line, field: header }, `duplicate ticker ${ticker} (also on line ${before})`);
    lineOf.set(ticker, line);
    tickers.push(ticker);
  });
  if (header === undefined) throw new InputError({ file: source }, "file is empty");
  return tickers;
}

/** Import a ticker list: no prices, `rowsRead` tickers. */
export function parseTickerListBatch(text: string, source: string): ImportBatch {
  const tickers = parseTickerList(text, source);
  return { file: source, format: TICKER_LIST_FORMAT, prices: [], factors: [], rowsRead: tickers.length, skipped: [] };
}

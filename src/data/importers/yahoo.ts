/**
 * The three-header-row CSV that yfinance writes (`download(...).to_csv()`):
 *
 *     Price,Close,High,Low,Open,Volume
 *     Ticker,0700.HK,0700.HK,0700.HK,0700.HK,0700.HK
 *     Date,,,,,
 *     2009-01-02,8.94,9.02,8.59,8.59,18318584
 *
 * The symbol comes from the Ticker row, as written (leading zeros kept). A file may hold several
 * tickers (columns grouped by the Ticker row). The close is `Adj Close` when the file has it.
 * Zero-volume flat bars are classified into half-days and suspensions (see classifyBars).
 */
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { DayReader, forEachRecord, numberCell, wrongWidth } from "./records.js";
import { BarSink, checkPrice, checkVolume } from "./series.js";

type Field = "open" | "high" | "low" | "close" | "adjClose" | "volume";
const FIELDS: Readonly<Record<string, Field>> = {
  open: "open",
  high: "high",
  low: "low",
  close: "close",
  "adj close": "adjClose",
  volume: "volume",
};

interface TickerColumns {
  readonly symbol: string;
  readonly cols: Partial<Record<Field, number>>;
}

const YAHOO_FORMAT = "yahoo-three-header";

/** True when the first records look like a yfinance three-header export. */
export function looksLikeYahoo(first: readonly (readonly string[])[]): boolean {
  return first[0]?.[0]?.trim() === "Price" && first[1]?.[0]?.trim() === "Ticker";
}

/** Read a yfinance three-header CSV held in memory; `source` names it in messages. */
export function parseYahooCsv(text: string, source: string): ImportBatch {
  const head: { cells: string[]; line: number }[] = [];
  let tickers: TickerColumns[] = [];
  let names: string[] = [];
  let fieldNames: string[] = []; // for messages: "Close", or "Close (0700.HK)" when there are several tickers
  let sink: BarSink | undefined;
  let rows = 0;
  const days = new DayReader(source);

  const setUp = (): void => {
    const [price, ticker] = [head[0]!, head[1]!];
    names = price.cells.map((c) => c.trim());
    if (names[0] !== "Price") {
      throw new InputError({ file: source, line: price.line, field: names[0] }, `expected "Price" (the first of the three header rows)`);
    }
    if (ticker.cells[0]!.trim() !== "Ticker") {
      throw new InputError({ file: source, line: ticker.line, field: ticker.cells[0]!.trim() }, `expected "Ticker" (the second header row)`);
    }
    if (ticker.cells.length !== names.length) wrongWidth(source, ticker.line, ticker.cells, names, text);
    const byTicker = new Map<string, Partial<Record<Field, number>>>();
    for (let col = 1; col < names.length; col++) {
      const field = FIELDS[names[col]!.toLowerCase()];
      if (field === undefined) continue; // e.g. Dividends, Stock Splits
      const symbol = ticker.cells[col]!.trim();
      if (symbol === "") throw new InputError({ file: source, line: ticker.line, field: names[col] }, "empty ticker");
      let cols = byTicker.get(symbol);
      if (cols === undefined) byTicker.set(symbol, (cols = {}));
      if (cols[field] !== undefined) {
        throw new InputError({ file: source, line: price.line, field: names[col] }, `a second ${names[col]} column for ${symbol}`);
      }
      cols[field] = col;
    }
    tickers = [...byTicker].map(([symbol, cols]) => ({ symbol, cols }));
    if (tickers.length === 0) throw new InputError({ file: source, line: price.line }, "no price columns (Close, Open, ...)");
    for (const t of tickers) {
      if (t.cols.close === undefined && t.cols.adjClose === undefined) {
        throw new InputError({ file: source, line: price.line, field: "Close" }, `no Close column for ${t.symbol}`);
      }
    }
    fieldNames = names.map((n, col) => (tickers.length > 1 ? `${n} (${ticker.cells[col]!.trim()})` : n));
    const any = (f: Field): boolean => tickers.some((t) => t.cols[f] !== undefined);
    sink = new BarSink(source, { open: any("open"), high: any("high"), low: any("low"), volume: any("volume") }, "Date", true);
  };

  const row = (cells: string[], line: number): void => {
    if (cells.length !== names.length) wrongWidth(source, line, cells, names, text);
    rows++;
    const day = days.read(cells[0]!, line, "Date");
    const num = (col: number | undefined, what: Field): number => {
      if (col === undefined) return Number.NaN;
      const cell = cells[col]!;
      const field = fieldNames[col]!;
      const x = numberCell(cell, source, line, field);
      if (what === "volume") checkVolume(x, cell, source, line, field);
      else if (x <= 0) checkPrice(x, cell, source, line, field);
      return x;
    };
    for (const t of tickers) {
      const { cols } = t;
      const close = num(cols.close, "close");
      const adj = num(cols.adjClose, "adjClose");
      sink!.add(
        line,
        t.symbol,
        day,
        num(cols.open, "open"),
        num(cols.high, "high"),
        num(cols.low, "low"),
        cols.adjClose === undefined ? close : adj,
        num(cols.volume, "volume"),
        close,
      );
    }
  };

  forEachRecord(text, source, (cells, line) => {
    if (head.length < 2) {
      head.push({ cells, line });
      if (head.length === 2) setUp();
      return;
    }
    // The third header row: "Date" and nothing else.
    if (head.length === 2) {
      head.push({ cells, line });
      if (cells[0]!.trim() === "Date" && cells.slice(1).every((c) => c.trim() === "")) {
        if (cells.length !== names.length) wrongWidth(source, line, cells, names, text);
        return;
      }
    }
    row(cells, line);
  });
  if (head.length === 0) throw new InputError({ file: source }, "file is empty");
  if (sink === undefined || rows === 0) {
    throw new InputError({ file: source, line: head.at(-1)!.line }, "no data rows below the header rows");
  }
  return { file: source, format: YAHOO_FORMAT, prices: sink.series(), factors: [], rowsRead: rows, skipped: sink.skipped };
}

/**
 * Column-mapped bar files: one row per day (and per security, in long files), columns found by
 * name. Serves date-open-close-volume, date-close, ohlc-timestamped, long-panel and long.
 */
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { mapColumns } from "./columns.js";
import type { HeaderSpec } from "./columns.js";
import { forEachRow, wrongWidth } from "./records.js";
import type { Row } from "./records.js";
import { BarSink, checkPrice, checkVolume } from "./series.js";

export interface BarFileOptions {
  /** The format name reported in the batch and in messages. */
  readonly format: string;
  readonly header: HeaderSpec;
  /** Symbol of the file's one series, for files without a security column. */
  readonly symbol?: string;
  /** Flag zero-volume flat bars (see classifyBars); for OHLCV data of listings. */
  readonly classify: boolean;
}

/**
 * Read a bar file held in memory. The close is the adjusted close when the file has one, else the
 * close column; the raw close is still checked to be a number. Rows with no values at all are
 * skipped as holidays, rows without a close are skipped too, both with their line and reason.
 * Throws an {@link InputError} for a wrong header, a ragged row, a bad date or number, a price that
 * is not positive, a duplicate date, or a file without data rows.
 */
export function parseBarFile(text: string, source: string, options: BarFileOptions): ImportBatch {
  let header: string[] | undefined;
  let headerLine = 0;
  let sink: BarSink | undefined;
  let visit: ((row: Row) => void) | undefined;

  const start = (cells: string[], line: number): void => {
    header = cells.map((c) => c.trim());
    headerLine = line;
    const map = mapColumns(header, options.header, options.format, source, line);
    const names = header;
    const width = header.length;
    const { date: dateCol, security: secCol, open: openCol, high: highCol, low: lowCol, volume: volCol } = map;
    const closeCol = map.adjClose >= 0 ? map.adjClose : map.close;
    const extraClose = map.adjClose >= 0 ? map.close : -1;
    const dateName = names[dateCol]!;
    const symbol = options.symbol ?? "";
    if (secCol < 0 && options.symbol === undefined) throw new Error(`${options.format}: no symbol for a file without a security column`);
    const present = { open: openCol >= 0, high: highCol >= 0, low: lowCol >= 0, volume: volCol >= 0 };
    const s = (sink = new BarSink(source, present, dateName, options.classify));
    let lastSymbol = "";

    const price = (row: Row, col: number): number => {
      if (col < 0) return Number.NaN;
      const x = row.num(col, names[col]!);
      if (x <= 0) checkPrice(x, row.cell(col), source, row.line, names[col]!);
      return x;
    };

    visit = (row) => {
      const line = row.line;
      if (row.count !== width) wrongWidth(source, line, row.cells(), names, text);
      let sym = symbol;
      if (secCol >= 0) {
        // Long files list one security's rows together: compare in place before cutting text out.
        if (row.is(secCol, lastSymbol)) sym = lastSymbol;
        else {
          sym = row.cell(secCol).trim();
          if (sym === "") throw new InputError({ file: source, line, field: names[secCol] }, "empty security name");
          lastSymbol = sym;
        }
      }
      const day = row.day(dateCol, dateName);
      const open = price(row, openCol);
      const high = price(row, highCol);
      const low = price(row, lowCol);
      const close = price(row, closeCol);
      const rawClose = extraClose >= 0 ? price(row, extraClose) : close;
      let volume = Number.NaN;
      if (volCol >= 0) {
        volume = row.num(volCol, names[volCol]!);
        if (volume < 0) checkVolume(volume, row.cell(volCol), source, line, names[volCol]!);
      }
      s.add(line, sym, day, open, high, low, close, volume, rawClose);
    };
  };

  forEachRow(text, source, (row) => {
    if (visit === undefined) start(row.cells(), row.line);
    else visit(row);
  });
  if (header === undefined || sink === undefined) throw new InputError({ file: source }, "file is empty");
  if (sink.rowsRead === 0) throw new InputError({ file: source, line: headerLine }, "no data rows below the header");
  return {
    file: source,
    format: options.format,
    prices: sink.series(),
    factors: [],
    rowsRead: sink.rowsRead,
    skipped: sink.skipped,
  };
}

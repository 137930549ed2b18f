/**
 * Generic wide price files: a date column, then one column of closes per security.
 *
 *     date,0700.HK,9988.HK,^HSI
 *     2025-02-14,500.5,130.2,22620.33
 *
 * Headers are the symbols, as written. A cell left empty (or NA, NaN, null, .) is a missing close
 * (NaN) on that date; a row with no value at all is skipped as a holiday. Values must be prices
 * (positive): a file of returns is refused rather than read as prices.
 */
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { parseTable } from "../csv/table.js";
import { DayReader, numberCell } from "./records.js";
import { BarSink, SKIP_REASONS, checkPrice } from "./series.js";

const WIDE_FORMAT = "wide";

/** Read a wide price CSV held in memory; `source` names it in messages. */
export function parseWidePrices(text: string, source: string): ImportBatch {
  const table = parseTable(text, source);
  const { header, headerLine } = table;
  const seen = new Map<string, number>();
  header.forEach((name, col) => {
    if (col === 0) return;
    if (name === "") throw new InputError({ file: source, line: headerLine }, `column ${col + 1} has no name in the header`);
    const before = seen.get(name);
    if (before !== undefined) {
      throw new InputError({ file: source, line: headerLine, field: name }, `duplicate column name (columns ${before + 1} and ${col + 1})`);
    }
    seen.set(name, col);
  });
  if (header.length < 2) throw new InputError({ file: source, line: headerLine }, "no security columns besides the date column");
  const dateName = header[0]!;
  const none = { open: false, high: false, low: false, volume: false };
  const sink = new BarSink(source, none, dateName, false);
  const days = new DayReader(source);
  let rows = 0;
  for (const row of table.rows) {
    rows++;
    const day = days.read(row.cells[0]!, row.line, dateName);
    const values = header.map((name, col) => {
      if (col === 0) return Number.NaN;
      const cell = row.cells[col]!;
      const x = numberCell(cell, source, row.line, name);
      if (x <= 0) checkPrice(x, cell, source, row.line, name);
      return x;
    });
    if (values.every(Number.isNaN)) {
      sink.skipped.push({ line: row.line, reason: SKIP_REASONS.holiday });
      continue;
    }
    // Every security keeps every dated row; a missing cell is a NaN close on that date.
    for (let col = 1; col < header.length; col++) {
      sink.addKeepingMissing(row.line, header[col]!, day, values[col]!);
    }
  }
  return { file: source, format: WIDE_FORMAT, prices: sink.series(), factors: [], rowsRead: rows, skipped: sink.skipped };
}

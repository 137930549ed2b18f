import type { Series } from "../../series.js";
import { isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { distinctColumns, findColumn, readText, scanTable } from "./table.js";
import type { CsvOptions } from "./table.js";

export interface LongCsvOptions extends CsvOptions {
  /** Security column; by default the first of security, ticker, name, symbol, id (case-insensitive). */
  readonly securityColumn?: string;
  /** Date column; by default `date` (case-insensitive). */
  readonly dateColumn?: string;
  /** Value column; by default the first of value, return, close, price (case-insensitive). */
  readonly valueColumn?: string;
}

export const LONG_SECURITY_ALIASES: readonly string[] = ["security", "ticker", "name", "symbol", "id"];
const LONG_DATE_ALIASES: readonly string[] = ["date"];
const LONG_VALUE_ALIASES: readonly string[] = ["value", "return", "close", "price"];

/**
 * Parse a long CSV (one row per security and date) held in memory. Other columns are ignored.
 *
 * Returns one series per security, keyed by its name as written (trimmed), in order of first
 * appearance; each series holds the dates that security has rows for, sorted ascending (rows may
 * come in any order), with NaN for missing values (empty, NA, NaN, null, .).
 * Throws {@link InputError} on bad dates, non-numeric values, a duplicate (security, date),
 * missing columns, ragged rows. `source` names the text in error messages.
 */
export function parseLongCsv(text: string, source: string, options: LongCsvOptions = {}): Map<string, Series> {
  interface Rows {
    days: number[];
    values: number[];
    /** Day → line, to name both lines of a duplicate in file order. */
    lines: Map<number, number>;
  }
  const bySecurity = new Map<string, Rows>();
  scanTable(text, source, options, (table) => {
    const secCol = findColumn(table, "security", options.securityColumn, LONG_SECURITY_ALIASES, true);
    const dateCol = findColumn(table, "date", options.dateColumn, LONG_DATE_ALIASES, true);
    const valueCol = findColumn(table, "value", options.valueColumn, LONG_VALUE_ALIASES, true);
    distinctColumns(table, { security: secCol, date: dateCol, value: valueCol });
    const [secName, dateName, valueName] = [secCol, dateCol, valueCol].map((c) => table.header[c]!) as [string, string, string];
    let last: Rows | undefined;
    let lastName = "";
    return (row) => {
      const name = row.cell(secCol);
      const security = name === lastName ? lastName : name.trim();
      if (security === "") throw new InputError({ file: source, line: row.line, field: secName }, "empty security name");
      const day = row.day(dateCol, dateName);
      const value = row.num(valueCol, valueName);
      let rows = security === lastName ? last : bySecurity.get(security);
      if (rows === undefined) bySecurity.set(security, (rows = { days: [], values: [], lines: new Map() }));
      const before = rows.lines.get(day);
      if (before !== undefined) {
        throw new InputError(
          { file: source, line: row.line, field: dateName },
          `duplicate date ${isoDate(day)} for security ${JSON.stringify(security)} (also on line ${before})`,
        );
      }
      rows.lines.set(day, row.line);
      rows.days.push(day);
      rows.values.push(value);
      last = rows;
      lastName = security;
    };
  });

  const out = new Map<string, Series>();
  for (const [security, rows] of bySecurity) {
    const n = rows.days.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = rows.days[i - 1]! < rows.days[i]!;
    const order = Array.from({ length: n }, (_, i) => i);
    if (!sorted) order.sort((a, b) => rows.days[a]! - rows.days[b]!);
    out.set(security, { dates: Int32Array.from(order, (i) => rows.days[i]!), values: Float64Array.from(order, (i) => rows.values[i]!) });
  }
  return out;
}

/** Read a long CSV file; see {@link parseLongCsv}. Errors name the file by `path` as given. */
export async function readLongCsv(path: string, options: LongCsvOptions = {}): Promise<Map<string, Series>> {
  return parseLongCsv(await readText(path), path, options);
}

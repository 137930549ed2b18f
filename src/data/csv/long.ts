import type { Series } from "../../series.js";
import { isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { parseDay, parseValue, valueProblem } from "./cells.js";
import { distinctColumns, findColumn, parseTable, readText } from "./table.js";
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
export const LONG_DATE_ALIASES: readonly string[] = ["date"];
export const LONG_VALUE_ALIASES: readonly string[] = ["value", "return", "close", "price"];

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
  const table = parseTable(text, source, options);
  const secCol = findColumn(table, "security", options.securityColumn, LONG_SECURITY_ALIASES, true);
  const dateCol = findColumn(table, "date", options.dateColumn, LONG_DATE_ALIASES, true);
  const valueCol = findColumn(table, "value", options.valueColumn, LONG_VALUE_ALIASES, true);
  distinctColumns(table, { security: secCol, date: dateCol, value: valueCol });
  const [secName, dateName, valueName] = [secCol, dateCol, valueCol].map((c) => table.header[c]!);

  interface Obs {
    day: number;
    value: number;
  }
  const bySecurity = new Map<string, Obs[]>();
  const lineOf = new Map<string, number>(); // "day|security" -> line, to catch duplicates in file order
  for (const row of table.rows) {
    const security = row.cells[secCol]!.trim();
    if (security === "") throw new InputError({ file: source, line: row.line, field: secName }, "empty security name");
    const day = parseDay(row.cells[dateCol]!);
    if (typeof day === "string") throw new InputError({ file: source, line: row.line, field: dateName }, day);
    const cell = row.cells[valueCol]!;
    const value = parseValue(cell);
    if (value === undefined) throw new InputError({ file: source, line: row.line, field: valueName }, valueProblem(cell));
    const key = `${day}|${security}`;
    const before = lineOf.get(key);
    if (before !== undefined) {
      throw new InputError(
        { file: source, line: row.line, field: dateName },
        `duplicate date ${isoDate(day)} for security ${JSON.stringify(security)} (also on line ${before})`,
      );
    }
    lineOf.set(key, row.line);
    let list = bySecurity.get(security);
    if (list === undefined) bySecurity.set(security, (list = []));
    list.push({ day, value });
  }

  const out = new Map<string, Series>();
  for (const [security, list] of bySecurity) {
    list.sort((a, b) => a.day - b.day);
    const dates = new Int32Array(list.length);
    const values = new Float64Array(list.length);
    list.forEach((o, i) => {
      dates[i] = o.day;
      values[i] = o.value;
    });
    out.set(security, { dates, values });
  }
  return out;
}

/** Read a long CSV file; see {@link parseLongCsv}. Errors name the file by `path` as given. */
export async function readLongCsv(path: string, options: LongCsvOptions = {}): Promise<Map<string, Series>> {
  return parseLongCsv(await readText(path), path, options);
}

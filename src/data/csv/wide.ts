import type { Series } from "../../series.js";
import { isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { parseDay, parseValue, valueProblem } from "./cells.js";
import { findColumn, parseTable, readText } from "./table.js";
import type { CsvOptions } from "./table.js";

export interface WideCsvOptions extends CsvOptions {
  /** Name of the date column; the first column by default. */
  readonly dateColumn?: string;
}

/**
 * Parse a wide CSV (a date column and one column per security) held in memory.
 *
 * Returns one series per non-date column, keyed by its header as written (trimmed of surrounding
 * blanks; `0700` stays `0700`), in header order. Every series has every date row of the file,
 * ascending (rows may come in any order), with NaN for missing cells (empty, NA, NaN, null, .).
 * All series of one file share the same `dates` array. `source` names the text in error messages.
 * Throws {@link InputError} on bad dates, non-numeric values, duplicate dates or headers, ragged rows.
 */
export function parseWideCsv(text: string, source: string, options: WideCsvOptions = {}): Map<string, Series> {
  const table = parseTable(text, source, options);
  const { header, rows, headerLine } = table;
  const dateCol = options.dateColumn === undefined ? 0 : findColumn(table, "date", options.dateColumn, [], true);
  const dateName = header[dateCol] ?? "";

  const names: { name: string; col: number }[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, col) => {
    if (col === dateCol) return;
    if (name === "") {
      throw new InputError({ file: source, line: headerLine }, `column ${col + 1} has no name in the header`);
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw new InputError(
        { file: source, line: headerLine, field: name },
        `duplicate column name (columns ${before + 1} and ${col + 1})`,
      );
    }
    seen.set(name, col);
    names.push({ name, col });
  });
  if (names.length === 0) {
    throw new InputError({ file: source, line: headerLine }, "no security columns besides the date column");
  }

  // Dates first, to sort the rows and catch duplicates.
  const days = rows.map((row) => {
    const day = parseDay(row.cells[dateCol]!);
    if (typeof day === "string") throw new InputError({ file: source, line: row.line, field: dateName }, day);
    return day;
  });
  const order = rows.map((_, i) => i);
  order.sort((a, b) => days[a]! - days[b]! || a - b);
  const dates = new Int32Array(order.length);
  order.forEach((r, i) => {
    const day = days[r]!;
    dates[i] = day;
    if (i > 0 && day === days[order[i - 1]!]) {
      const prev = rows[order[i - 1]!]!;
      throw new InputError(
        { file: source, line: rows[r]!.line, field: dateName },
        `duplicate date ${isoDate(day)} (also on line ${prev.line})`,
      );
    }
  });

  // Values in file order, so that the first error reported is the earliest in the file.
  const position = new Int32Array(order.length);
  order.forEach((r, i) => (position[r] = i));
  const columns = names.map(() => new Float64Array(order.length));
  rows.forEach((row, r) => {
    const at = position[r]!;
    names.forEach(({ name, col }, k) => {
      const cell = row.cells[col]!;
      const x = parseValue(cell);
      if (x === undefined) throw new InputError({ file: source, line: row.line, field: name }, valueProblem(cell));
      columns[k]![at] = x;
    });
  });
  const out = new Map<string, Series>();
  names.forEach(({ name }, k) => out.set(name, { dates, values: columns[k]! }));
  return out;
}

/** Read a wide CSV file; see {@link parseWideCsv}. Errors name the file by `path` as given. */
export async function readWideCsv(path: string, options: WideCsvOptions = {}): Promise<Map<string, Series>> {
  return parseWideCsv(await readText(path), path, options);
}

/**
 * Kenneth French data library CSVs (daily Fama-French factors, momentum):
 *
 *     This file was created by using the 202604 CRSP database.   <- text preamble
 *     ...
 *     ,Mkt-RF,SMB,HML,RF                                        <- header, first cell empty
 *     19260701,    0.09,   -0.25,   -0.27,    0.01              <- YYYYMMDD, percent
 *     ...
 *
 *     Copyright 2026 Eugene F. Fama and Kenneth R. French       <- footer
 *
 * Values are percent and become fractions (0.09 -> 0.0009, by moving the decimal point, so the
 * result is the double nearest the decimal 0.0009). -99.99 and -999 mean missing (NaN), as the
 * files state. The data block ends at the first blank line not followed by another dated row;
 * whatever follows (the footer, or an annual-factors section in some vintages) is ignored and its
 * non-blank lines are reported as skipped; blank lines between dated rows are passed over. A line inside the block that is not a dated row is an error, not the end of the data.
 * The momentum column `Mom` is renamed `MOM`.
 */
import path from "node:path";
import { isoDate } from "../../calendar/days.js";
import { parseDay, parseValue, valueProblem } from "../csv/cells.js";
import { InputError } from "../inputError.js";
import type { ImportBatch, SkippedRow } from "../priceBatch.js";
import { SKIP_REASONS } from "./series.js";

const FAMA_FRENCH_FORMAT = "fama-french";

const HEADER = /^\s*,\s*[A-Za-z]/;
const DATED_ROW = /^\s*\d+\s*,/;
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Line index (0-based) of the factor header: a line starting with a comma, followed by a dated row. */
function findHeader(lines: readonly string[]): number {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (HEADER.test(lines[i]!) && DATED_ROW.test(lines[i + 1]!)) return i;
  }
  return -1;
}

/**
 * True when the text looks like a French data library file: prose, then (within the first 60
 * lines) a header starting with a comma followed by a dated row. Without the prose before it, a
 * comma-led header is R's wide CSV, not this.
 */
export function looksLikeFamaFrench(text: string): boolean {
  const lines = text.slice(0, 16384).split(/\r\n|\n|\r/).slice(0, 60);
  const h = findHeader(lines);
  return h > 0 && lines.slice(0, h).some((l) => l.trim() !== "");
}

/** The column names French uses, normalized: `Mom` (momentum file) becomes `MOM`. */
export function factorName(name: string): string {
  const t = name.trim();
  return t.toLowerCase() === "mom" ? "MOM" : t;
}

/** Index of the first non-blank line at or after `from` (lines.length when there is none). */
function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  return i;
}

/** Percent text to a fraction; NaN for missing values and the library's -99.99 / -999 codes. */
function fraction(cell: string, source: string, line: number, field: string): number {
  const t = cell.trim();
  if (t === "-99.99" || t === "-999") return Number.NaN;
  if (PLAIN_DECIMAL.test(t)) return Number(`${t}e-2`);
  const x = parseValue(t);
  if (x === undefined) throw new InputError({ file: source, line, field }, valueProblem(cell));
  return x / 100;
}

/** Read a French data library CSV held in memory; `source` names it (its base name names the table). */
export function parseFamaFrenchCsv(text: string, source: string): ImportBatch {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const h = findHeader(lines);
  if (h < 0) {
    throw new InputError(
      { file: source },
      'no factor table: expected a header line starting with a comma (",Mkt-RF,SMB,HML,RF") followed by rows dated YYYYMMDD',
    );
  }
  const headerLine = h + 1;
  const cells = lines[h]!.split(",");
  const names = cells.slice(1).map(factorName);
  names.forEach((name, k) => {
    if (name === "") throw new InputError({ file: source, line: headerLine }, `column ${k + 2} has no name in the header`);
    if (names.indexOf(name) !== k) throw new InputError({ file: source, line: headerLine, field: name }, "duplicate column name");
  });

  const dates: number[] = [];
  const columns = names.map(() => [] as number[]);
  let i = h + 1;
  for (; i < lines.length; i++) {
    if (!DATED_ROW.test(lines[i]!)) {
      // A blank line followed by more dated rows is a gap inside the data, not its end: read on,
      // rather than drop every later row.
      const next = nextNonBlank(lines, i);
      if (lines[i]!.trim() === "" && next < lines.length && DATED_ROW.test(lines[next]!)) {
        i = next - 1;
        continue;
      }
      break;
    }
    const line = i + 1;
    const row = lines[i]!.split(",");
    if (row.length !== cells.length) {
      const n = row.length;
      throw new InputError(
        { file: source, line, field: n < cells.length ? names[n - 1] : undefined },
        n < cells.length
          ? `missing: the row has ${n} fields, the header ${cells.length} (truncated row?)`
          : `the row has ${n} fields, the header only ${cells.length}`,
      );
    }
    const stamp = row[0]!.trim();
    if (stamp.length !== 8) {
      const what = stamp.length === 6 ? "a month (YYYYMM): monthly files are not supported, use the daily file" : "not a date";
      throw new InputError({ file: source, line, field: "date" }, `${JSON.stringify(stamp)} is ${what} (expected YYYYMMDD)`);
    }
    const day = parseDay(stamp);
    if (typeof day === "string") throw new InputError({ file: source, line, field: "date" }, day);
    const prev = dates.at(-1);
    if (prev !== undefined && day <= prev) {
      throw new InputError(
        { file: source, line, field: "date" },
        day === prev ? `duplicate date ${isoDate(day)}` : `date ${isoDate(day)} comes after ${isoDate(prev)}: rows must be in date order`,
      );
    }
    dates.push(day);
    names.forEach((name, k) => columns[k]!.push(fraction(row[k + 1]!, source, line, name)));
  }
  // The block ends with a blank line (or the end of the file); anything else is a damaged row,
  // which must not silently cut the table short.
  if (i < lines.length && lines[i]!.trim() !== "") {
    throw new InputError(
      { file: source, line: i + 1, field: "date" },
      `${JSON.stringify(lines[i]!.trim().slice(0, 40))} is not a dated row (YYYYMMDD,...) and no blank line ends the data before it`,
    );
  }
  const skipped: SkippedRow[] = [];
  for (; i < lines.length; i++) {
    if (lines[i]!.trim() !== "") skipped.push({ line: i + 1, reason: SKIP_REASONS.afterData });
  }
  const name = path.basename(source).replace(/\.(csv|txt)$/i, "");
  return {
    file: source,
    format: FAMA_FRENCH_FORMAT,
    prices: [],
    factors: [
      {
        name,
        dates: Int32Array.from(dates),
        columns: Object.fromEntries(names.map((n, k) => [n, Float64Array.from(columns[k]!)])),
      },
    ],
    rowsRead: dates.length,
    skipped,
  };
}

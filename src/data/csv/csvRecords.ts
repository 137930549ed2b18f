import { CsvError, parse } from "csv-parse/sync";
import { InputError } from "../inputError.js";

/** One CSV record: its cells (uncast text, so "0700" stays "0700") and the line it starts on. */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
}

const NEWLINE = /\r\n|\n|\r/g;

/**
 * Every non-blank record of a CSV text, parsed by csv-parse without type casting, with its starting
 * physical line (csv-parse reports the line a record ends on; quoted line breaks are stepped back
 * over). Records may differ in length: callers judge that. Malformed quoting is an InputError naming
 * the file and line. A UTF-8 byte-order mark is dropped.
 */
export function csvRecords(text: string, source: string, delimiter = ","): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, delimiter }) as unknown as typeof parsed;
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof err["lines"] === "number" ? err["lines"] : undefined;
      throw new InputError({ file: source, line }, `malformed CSV: ${err.message}`, { cause: err });
    }
    throw err;
  }
  const out: CsvRecord[] = [];
  for (const r of parsed) {
    if (r.record.length === 1 && r.record[0]!.trim() === "") continue;
    let inner = 0;
    for (const c of r.record) inner += c.match(NEWLINE)?.length ?? 0;
    out.push({ cells: r.record, line: r.info.lines - inner });
  }
  return out;
}

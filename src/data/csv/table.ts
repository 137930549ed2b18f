import { readFile } from "node:fs/promises";
import { InputError } from "../inputError.js";
import { csvRecords } from "./csvRecords.js";
import { forEachRow, type Row } from "../importers/records.js";

/** Options shared by all the CSV readers. */
export interface CsvOptions {
  /** Field delimiter; `,` by default. */
  readonly delimiter?: string;
}

/** One data record: its cells (untrimmed, uncast text) and the physical line it starts on. */
interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV file's header: the names (trimmed) and the line they are on. */
export interface CsvHeader {
  readonly source: string;
  readonly headerLine: number;
  readonly header: readonly string[];
}

/** A parsed CSV file: the header (names trimmed), its line, and the data rows (all as long as the header). */
export interface CsvTable extends CsvHeader {
  readonly rows: readonly CsvRow[];
}

/**
 * Parse CSV text into a header and rows of text cells, without any type casting (so `0700` stays
 * `0700`). Blank lines are skipped; a UTF-8 byte-order mark is dropped. Throws {@link InputError}
 * for an empty file, a header without data rows, a row whose field count differs from the header's,
 * and malformed quoting, each with the file's line number.
 */
export function parseTable(text: string, source: string, options: CsvOptions = {}): CsvTable {
  const parsed = csvRecords(text, source, options.delimiter ?? ",");
  const first = parsed[0];
  if (first === undefined) throw new InputError({ file: source }, "file is empty");
  const header = first.cells.map((h) => h.trim());
  const headerLine = first.line;
  if (parsed.length === 1) throw new InputError({ file: source, line: headerLine }, "no data rows below the header");
  const rows: CsvRow[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const r = parsed[i]!;
    if (r.cells.length !== header.length) widthError(source, r.line, r.cells.length, header);
    rows.push({ line: r.line, cells: r.cells });
  }
  return { source, headerLine, header, rows };
}

/** The error for a data row whose field count differs from the header's. */
function widthError(source: string, line: number, n: number, header: readonly string[]): never {
  if (n < header.length) {
    throw new InputError(
      { file: source, line, field: header[n] },
      `missing: the row has ${n} field${n === 1 ? "" : "s"}, the header ${header.length} (truncated row?)`,
    );
  }
  throw new InputError(
    { file: source, line },
    `the row has ${n} fields, the header only ${header.length} (unquoted delimiter in a field, or a missing header?)`,
  );
}

/**
 * The same reading as parseTable without holding the rows: the importers' fast row reader (a split
 * on line ends and delimiters when the text has no quotes, csv-parse otherwise) hands each data row,
 * checked for its width, to the visitor `start` returns once it has seen the header. The row object is
 * reused: read its cells (as text, numbers or dates, without cutting them out) inside the visitor.
 */
export function scanTable(text: string, source: string, options: CsvOptions, start: (header: CsvHeader) => (row: Row) => void): CsvHeader {
  let head: CsvHeader | undefined;
  let visit: ((row: Row) => void) | undefined;
  let rows = 0;
  forEachRow(
    text,
    source,
    (row) => {
      if (!head) {
        head = { source, headerLine: row.line, header: row.cells().map((h) => h.trim()) };
        visit = start(head);
        return;
      }
      rows++;
      if (row.count !== head.header.length) widthError(source, row.line, row.count, head.header);
      visit!(row);
    },
    options.delimiter ?? ",",
  );
  if (!head) throw new InputError({ file: source }, "file is empty");
  if (rows === 0) throw new InputError({ file: source, line: head.headerLine }, "no data rows below the header");
  return head;
}

/** Read a file as UTF-8 text; an unreadable file becomes an {@link InputError}. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError({ file: path }, `cannot read file: ${why}`, { cause: err });
  }
}

/**
 * Index of a column in the header. With `explicit`, that name (exact match first, else the only
 * case-insensitive match) must exist; otherwise the first of `aliases` found, case-insensitively.
 * Returns -1 when an optional column is absent; throws {@link InputError} for a required one.
 */
export function findColumn(
  table: CsvHeader,
  role: string,
  explicit: string | undefined,
  aliases: readonly string[],
  required: boolean,
): number {
  const { header } = table;
  const where = { file: table.source, line: table.headerLine };
  const list = header.map((h) => JSON.stringify(h)).join(", ");
  if (explicit !== undefined) {
    const exact = header.indexOf(explicit);
    if (exact >= 0) return exact;
    const want = explicit.trim().toLowerCase();
    const loose = header.flatMap((h, i) => (h.toLowerCase() === want ? [i] : []));
    if (loose.length === 1) return loose[0]!;
    throw new InputError(
      { ...where, field: explicit },
      loose.length > 1
        ? `${role} column name is ambiguous (differs only in case) in header ${list}`
        : `no such ${role} column; the header has ${list}`,
    );
  }
  const lower = header.map((h) => h.toLowerCase());
  for (const alias of aliases) {
    const i = lower.indexOf(alias.toLowerCase());
    if (i >= 0) return i;
  }
  if (!required) return -1;
  throw new InputError(
    where,
    `no ${role} column: expected one named ${aliases.map((a) => JSON.stringify(a)).join(" or ")} ` +
      `(case-insensitive) or set its name; the header has ${list}`,
  );
}

/** Throw when two roles were resolved to the same column. */
export function distinctColumns(table: CsvHeader, columns: Readonly<Record<string, number>>): void {
  const seen = new Map<number, string>();
  for (const [role, index] of Object.entries(columns)) {
    if (index < 0) continue;
    const other = seen.get(index);
    if (other !== undefined) {
      throw new InputError(
        { file: table.source, line: table.headerLine, field: table.header[index] },
        `the same column cannot be both the ${other} and the ${role} column`,
      );
    }
    seen.set(index, role);
  }
}

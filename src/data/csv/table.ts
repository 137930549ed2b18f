import { readFile } from "node:fs/promises";
import { InputError } from "../inputError.js";
import { csvRecords } from "./csvRecords.js";

/** Options shared by all the CSV readers. */
export interface CsvOptions {
  /** Field delimiter; `,` by default. */
  readonly delimiter?: string;
}

/** One data record: its cells (untrimmed, uncast text) and the physical line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A parsed CSV file: the header (names trimmed), its line, and the data rows (all as long as the header). */
export interface CsvTable {
  readonly source: string;
  readonly headerLine: number;
  readonly header: readonly string[];
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
    const line = r.line;
    const n = r.cells.length;
    if (n < header.length) {
      throw new InputError(
        { file: source, line, field: header[n] },
        `missing: the row has ${n} field${n === 1 ? "" : "s"}, the header ${header.length} (truncated row?)`,
      );
    }
    if (n > header.length) {
      throw new InputError(
        { file: source, line },
        `the row has ${n} fields, the header only ${header.length} (unquoted delimiter in a field, or a missing header?)`,
      );
    }
    rows.push({ line, cells: r.cells });
  }
  return { source, headerLine, header, rows };
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
  table: CsvTable,
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
export function distinctColumns(table: CsvTable, columns: Readonly<Record<string, number>>): void {
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

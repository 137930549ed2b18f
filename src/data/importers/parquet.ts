/**
 * Parquet price files in the long shape (one row per security and date), read with DuckDB's
 * built-in `read_parquet` (the parquet extension is statically linked in @duckdb/node-api: no
 * download). Columns are found by name as in the CSV `long` format: a security column (security,
 * ticker, symbol, name, id), a date column, a close (close, price, value, or adj close, preferred
 * when present), and optional open, high, low, volume.
 *
 * Column types: dates may be DATE, TIMESTAMP (the calendar date of the timestamp), TIMESTAMP WITH
 * TIME ZONE (its UTC date), or text / integers read like CSV cells (`2020-01-02`, `20200102`);
 * values may be any numeric type (read as doubles; FLOAT columns carry float rounding) or text.
 * In error messages the "line" of a Parquet file is its 1-based row number.
 */
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { mapColumns } from "./columns.js";
import { HEADER_SPECS } from "./formats.js";
import type { HeaderSpec, Role } from "./columns.js";
import { DayReader, numberCell } from "./records.js";
import { BarSink, checkPrice, checkVolume } from "./series.js";

const PARQUET_FORMAT = "parquet";

/** A Parquet file holds a long table: the columns of the CSV `long` format. */
const LONG_SPEC: HeaderSpec = HEADER_SPECS.long;

const NUMERIC = /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;
const TEXT_LIKE = /^(?:VARCHAR|TINYINT|SMALLINT|INTEGER|BIGINT|UINTEGER|UBIGINT)$/;

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Read a long-shaped Parquet file of prices. */
export async function importParquet(file: string): Promise<ImportBatch> {
  let instance: DuckDBInstance | undefined;
  try {
    // Loaded on first use: CSV-only imports do not pay for the native DuckDB binding.
    const duckdb = await import("@duckdb/node-api");
    // read_parquet is built in (statically linked): never fetch an extension from the network.
    instance = await duckdb.DuckDBInstance.create(":memory:", {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
    });
    const conn = await instance.connect();
    try {
      return await readWith(conn, file);
    } finally {
      conn.closeSync();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError({ file }, `cannot read as Parquet: ${why}`, { cause: err });
  } finally {
    instance?.closeSync();
  }
}

async function readWith(conn: DuckDBConnection, file: string): Promise<ImportBatch> {
  const described = await conn.runAndReadAll("DESCRIBE SELECT * FROM read_parquet($1)", [file]);
  const schema = described.getRowObjectsJS().map((r) => ({ name: String(r["column_name"]), type: String(r["column_type"]) }));
  const header = schema.map((c) => c.name);
  const map = mapColumns(header, LONG_SPEC, PARQUET_FORMAT, file, undefined);
  const closeRole: Role = map.adjClose >= 0 ? "adjClose" : "close";
  // With an adjusted close, the raw close (if any) is read too: it judges flat bars against open/high/low.
  const wanted: Role[] = ["security", "date", closeRole, "open", "high", "low", "volume"];
  if (closeRole === "adjClose") wanted.push("close");
  const roles = wanted.filter((r) => map[r] >= 0);

  const select = roles.map((role) => {
    const { name, type } = schema[map[role]]!;
    const id = quoteIdent(name);
    if (role === "security") return `CAST(${id} AS VARCHAR)`;
    if (role === "date") {
      if (type === "DATE" || type.startsWith("TIMESTAMP")) {
        return `CAST(datediff('day', DATE '1970-01-01', CAST(${id} AS DATE)) AS INTEGER)`;
      }
      if (TEXT_LIKE.test(type)) return `CAST(${id} AS VARCHAR)`;
      throw new InputError({ file, field: name }, `a date column of type ${type} is not supported (use DATE, TIMESTAMP or text)`);
    }
    if (NUMERIC.test(type)) return `CAST(${id} AS DOUBLE)`;
    if (type === "VARCHAR") return id;
    throw new InputError({ file, field: name }, `a value column of type ${type} is not supported (use a number type)`);
  });
  const reader = await conn.runAndReadAll(
    `SELECT ${select.join(", ")} FROM read_parquet($1, file_row_number = true) ORDER BY file_row_number`,
    [file],
  );
  const columns = reader.getColumnsJS();
  const byRole = new Map(roles.map((role, k) => [role, columns[k]!]));
  const nameOf = (role: Role): string => schema[map[role]]!.name;
  const n = columns[0]?.length ?? 0;
  if (n === 0) throw new InputError({ file }, "no rows");

  const present = { open: map.open >= 0, high: map.high >= 0, low: map.low >= 0, volume: map.volume >= 0 };
  // Zero-volume flat bars are classified as in the CSV long format, so one table gives the same series in either file.
  const sink = new BarSink(file, present, nameOf("date"), true);
  const days = new DayReader(file);
  const value = (role: Role, i: number, line: number): number => {
    const col = byRole.get(role);
    if (col === undefined) return Number.NaN;
    const v = col[i];
    if (v === null || v === undefined) return Number.NaN;
    const field = nameOf(role);
    const x = typeof v === "number" ? v : numberCell(String(v), file, line, field);
    if (Number.isNaN(x)) return x;
    if (!Number.isFinite(x)) throw new InputError({ file, line, field }, `${x} is not a finite number`);
    if (role === "volume") checkVolume(x, String(v), file, line, field);
    else checkPrice(x, String(v), file, line, field);
    return x;
  };
  const securities = byRole.get("security")!;
  const dates = byRole.get("date")!;
  for (let i = 0; i < n; i++) {
    const line = i + 1;
    const sec = securities[i];
    const symbol = sec === null || sec === undefined ? "" : String(sec).trim();
    if (symbol === "") throw new InputError({ file, line, field: nameOf("security") }, "empty security name");
    const d = dates[i];
    if (d === null || d === undefined) throw new InputError({ file, line, field: nameOf("date") }, "empty date");
    const day = typeof d === "number" ? d : days.read(String(d), line, nameOf("date"));
    sink.add(
      line,
      symbol,
      day,
      value("open", i, line),
      value("high", i, line),
      value("low", i, line),
      value(closeRole, i, line),
      value("volume", i, line),
      closeRole === "adjClose" ? value("close", i, line) : Number.NaN,
    );
  }
  return { file, format: PARQUET_FORMAT, prices: sink.series(), factors: [], rowsRead: sink.rowsRead, skipped: sink.skipped };
}

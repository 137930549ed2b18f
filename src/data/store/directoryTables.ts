/**
 * The securities directory in the store: four tables of text cells (codes such as "00700" stay
 * text), replaced as a whole by one import in one transaction, and read back as DirectoryRows.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { INDEX_VERSION, indexDirectory, type DirectoryIndexData } from "../directory/directory.js";
import type { DirectoryEvent, DirectoryName, DirectoryRows, DirectorySecurity, DirectoryTickerChange } from "../directory/rows.js";

type Columns<T> = readonly (readonly [column: string, read: (row: T) => string])[];

const text = (v: string | number | boolean | undefined): string => (v === undefined ? "" : typeof v === "boolean" ? (v ? "Y" : "N") : String(v));

const SECURITY: Columns<DirectorySecurity> = [
  ["symbol", (r) => r.symbol], ["exchange", (r) => r.exchange], ["name", (r) => r.name], ["name_zh", (r) => r.nameZh],
  ["country", (r) => r.country], ["sector", (r) => r.sector], ["market_cap_usd", (r) => text(r.marketCapUsd)],
  ["first_seen", (r) => r.firstSeen], ["last_seen", (r) => r.lastSeen], ["source", (r) => r.source], ["local_code", (r) => r.localCode],
  ["security_type", (r) => r.securityType], ["industry", (r) => r.industry], ["cik", (r) => r.cik], ["list_date", (r) => r.listDate],
  ["delist_date", (r) => r.delistDate], ["in_latest_snapshot", (r) => text(r.inLatestSnapshot)], ["name_zh_full", (r) => r.nameZhFull],
  ["ipo_year", (r) => text(r.ipoYear)],
];
const NAME: Columns<DirectoryName> = [["symbol", (r) => r.symbol], ["name", (r) => r.name], ["from_date", (r) => r.from], ["to_date", (r) => r.to], ["lang", (r) => r.lang]];
const CHANGE: Columns<DirectoryTickerChange> = [["date", (r) => r.date], ["old_symbol", (r) => r.oldSymbol], ["new_symbol", (r) => r.newSymbol]];
const EVENT: Columns<DirectoryEvent> = [["date", (r) => r.date], ["symbols", (r) => r.symbols], ["event", (r) => r.event]];

/** The tables' definitions (migration 4 creates them from these). */
export const DIRECTORY_TABLE_STATEMENTS: readonly string[] = [
  create("directory_securities", SECURITY),
  create("directory_names", NAME),
  create("directory_ticker_changes", CHANGE),
  create("directory_events", EVENT),
  `CREATE TABLE directory_import (folder VARCHAR NOT NULL, imported TIMESTAMP NOT NULL DEFAULT current_timestamp, securities INTEGER NOT NULL, names INTEGER NOT NULL)`,
  // The look-up index built from the rows at import (directory.ts), so that opening it is one read.
  `CREATE TABLE directory_index (data VARCHAR NOT NULL)`,
];

function create<T>(table: string, columns: Columns<T>): string {
  return `CREATE TABLE ${table} (${columns.map(([c]) => `${c} VARCHAR NOT NULL`).join(", ")})`;
}

async function append<T>(c: DuckDBConnection, table: string, columns: Columns<T>, rows: readonly T[]): Promise<void> {
  const appender = await c.createAppender(table);
  try {
    for (const row of rows) {
      for (const [, read] of columns) appender.appendVarchar(read(row));
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Replaces the stored directory (its rows and its index) in one transaction; the old one stays if anything fails. */
export async function writeDirectory(c: DuckDBConnection, rows: DirectoryRows, folder: string): Promise<void> {
  const index = JSON.stringify(indexDirectory(rows));
  await c.run("BEGIN TRANSACTION");
  try {
    for (const t of ["directory_securities", "directory_names", "directory_ticker_changes", "directory_events", "directory_import", "directory_index"]) await c.run(`DELETE FROM ${t}`);
    await c.run("INSERT INTO directory_index (data) VALUES ($d)", { d: index });
    await append(c, "directory_securities", SECURITY, rows.securities);
    await append(c, "directory_names", NAME, rows.names);
    await append(c, "directory_ticker_changes", CHANGE, rows.tickerChanges);
    await append(c, "directory_events", EVENT, rows.events);
    await c.run("INSERT INTO directory_import (folder, securities, names) VALUES ($f, $s, $n)", { f: folder, s: rows.securities.length, n: rows.names.length });
    await c.run("COMMIT");
  } catch (error) {
    await c.run("ROLLBACK");
    throw error;
  }
}

/** What was imported, and from where; undefined when the store holds no directory. */
export interface DirectoryImport {
  readonly folder: string;
  readonly imported: string;
  readonly securities: number;
  readonly names: number;
}

export async function directoryImport(c: DuckDBConnection): Promise<DirectoryImport | undefined> {
  const r = (await c.runAndReadAll("SELECT folder, CAST(imported AS VARCHAR) AS imported, securities, names FROM directory_import")).getRowObjectsJS()[0];
  if (r === undefined) return undefined;
  return { folder: String(r["folder"]), imported: String(r["imported"]), securities: Number(r["securities"]), names: Number(r["names"]) };
}

/** The stored look-up index, or undefined when no directory was imported (or one indexed by an older aftershock: import it again). */
export async function readDirectoryIndex(c: DuckDBConnection): Promise<DirectoryIndexData | undefined> {
  const r = (await c.runAndReadAll("SELECT data FROM directory_index")).getColumnsJS()[0]?.[0];
  if (r === undefined) return undefined;
  const data = JSON.parse(String(r)) as DirectoryIndexData;
  return data.version === INDEX_VERSION ? data : undefined;
}

async function columns(c: DuckDBConnection, table: string, names: readonly string[]): Promise<string[][]> {
  const r = await c.runAndReadAll(`SELECT ${names.join(", ")} FROM ${table}`);
  return r.getColumnsJS().map((col) => col.map((v) => String(v)));
}

/** The stored directory, or undefined when none was imported. */
export async function readDirectory(c: DuckDBConnection): Promise<DirectoryRows | undefined> {
  if ((await directoryImport(c)) === undefined) return undefined;
  const s = await columns(c, "directory_securities", SECURITY.map(([n]) => n));
  const n = await columns(c, "directory_names", NAME.map(([x]) => x));
  const t = await columns(c, "directory_ticker_changes", CHANGE.map(([x]) => x));
  const e = await columns(c, "directory_events", EVENT.map(([x]) => x));
  const num = (v: string): number | undefined => (v === "" ? undefined : Number(v));
  const securities: DirectorySecurity[] = (s[0] ?? []).map((_, i) => ({
    symbol: s[0]![i]!, exchange: s[1]![i]!, name: s[2]![i]!, nameZh: s[3]![i]!, country: s[4]![i]!, sector: s[5]![i]!,
    marketCapUsd: num(s[6]![i]!), firstSeen: s[7]![i]!, lastSeen: s[8]![i]!, source: s[9]![i]!, localCode: s[10]![i]!,
    securityType: s[11]![i]!, industry: s[12]![i]!, cik: s[13]![i]!, listDate: s[14]![i]!, delistDate: s[15]![i]!,
    inLatestSnapshot: s[16]![i] === "Y", nameZhFull: s[17]![i]!, ipoYear: num(s[18]![i]!),
  }));
  const names: DirectoryName[] = (n[0] ?? []).map((_, i) => ({ symbol: n[0]![i]!, name: n[1]![i]!, from: n[2]![i]!, to: n[3]![i]!, lang: n[4]![i]! }));
  const tickerChanges: DirectoryTickerChange[] = (t[0] ?? []).map((_, i) => ({ date: t[0]![i]!, oldSymbol: t[1]![i]!, newSymbol: t[2]![i]! }));
  const events: DirectoryEvent[] = (e[0] ?? []).map((_, i) => ({ date: e[0]![i]!, symbols: e[1]![i]!, event: e[2]![i]! }));
  return { securities, names, tickerChanges, events };
}

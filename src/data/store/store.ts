/**
 * The store: one embedded DuckDB file holding securities, prices, factors, calendars, events and
 * studies (schema in schema.ts). Imports are transactional and idempotent; reads come back as typed
 * arrays.
 *
 * Import semantics:
 * - A batch is checked first (lengths, ascending days, finite values, known symbol conventions); a
 *   bad batch throws an InputError before the store is touched.
 * - Everything else runs in one transaction: if any step fails, the store is as it was.
 * - New (symbol, day) rows are inserted; rows already stored with the same values count as
 *   unchanged; rows with different values are REPLACED by the batch's values and reported field by
 *   field (the newest file wins: re-importing is how a corrected file is loaded).
 * - NaN is stored as NULL, and NaN vs a stored NULL is no change. Close and flags are always
 *   replaced; open/high/low/volume only when the series carries that column (a close-only file does
 *   not erase the OHLC an earlier file stored).
 * - Every symbol gets a `securities` row (and its issuer an `issuers` row) from the securities
 *   master: the seed's facts, else what the symbol's spelling says.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DOUBLE, DuckDBInstance, INTEGER, listValue, UTINYINT, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import { InputError } from "../inputError.js";
import { isLockConflict, storeOpenError } from "./storeError.js";
import { batchSource, type FactorTable, type ImportBatch, type PriceSeries } from "../priceBatch.js";
import type { Series } from "../../series.js";
import { defaultSecuritiesMaster, type SecuritiesMaster, type SecurityDescription } from "../securities/seed.js";
import { appendColumns, readNumericColumn } from "./columns.js";
import type { DirectoryRows } from "../directory/rows.js";
import type { DirectoryIndexData } from "../directory/directory.js";
import { directoryImport, readDirectory, readDirectoryIndex, writeDirectory, type DirectoryImport } from "./directoryTables.js";
import { MIGRATIONS, SCHEMA_VERSION_TABLE, TABLES, type Migration, type TableName } from "./schema.js";

export const DEFAULT_STORE_PATH = "./aftershock.duckdb";
export const STORE_ENV = "AFTERSHOCK_STORE";

/** One field of one stored row that an import replaced. */
export interface FieldChange {
  readonly table: "prices" | "factors";
  /** The price row's symbol; for a factor, the factor table's name. */
  readonly symbol: string;
  readonly day: number;
  /** close | open | high | low | volume | flags; for a factor, the column name. */
  readonly field: string;
  /** Stored before and after; null = missing (NaN in the batch). */
  readonly old: number | null;
  readonly new: number | null;
}

export interface RowCounts {
  readonly inserted: number;
  readonly unchanged: number;
  /** Rows of which at least one field was replaced. */
  readonly changed: number;
}

export interface ImportReport {
  readonly file: string;
  /** Price rows (symbol, day) added. */
  readonly inserted: number;
  /** Price rows already stored with the same values. */
  readonly unchanged: number;
  /** Price rows of which at least one field was replaced. */
  readonly changedRows: number;
  /** Fields replaced, prices and factors together: the length `changed` would have unabridged. */
  readonly changedCount: number;
  /** The first `maxChangesListed` field changes: prices then factors, by symbol, day, field. */
  readonly changed: readonly FieldChange[];
  /** Factor values (table, column, day). */
  readonly factors: RowCounts;
  /** Symbols registered in `securities` by this import, sorted. */
  readonly securitiesAdded: readonly string[];
}

export interface ImportOptions {
  /** How many field changes to list in the report (default 100); all are counted. */
  readonly maxChangesListed?: number;
  /**
   * Called inside the transaction after each step ("securities", "prices", "factors"); throwing
   * aborts the import and rolls it back. For tests that need a failure mid-way.
   */
  readonly checkpoint?: (step: "securities" | "prices" | "factors") => void;
}

export const PRICE_FIELDS = ["close", "open", "high", "low", "volume"] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/** A price series read from the store, with the feed it came from (a symbol may have several). */
export interface SourcedSeries extends Series {
  readonly source: string;
}

export interface PanelOptions {
  /** First and last day to read, inclusive (days since 1970-01-01). */
  readonly from?: number;
  readonly to?: number;
  /** Which field (default close). Rows where it is missing are left out. */
  readonly field?: PriceField;
  /** Which feed to read (see ImportBatch.source); default, per symbol, the one with the most rows. */
  readonly source?: string;
}

export interface StoredSecurity extends SecurityDescription {
  readonly issuerName: string | null;
}

export type TableCounts = Readonly<Record<TableName, number>>;

/** A saved study: its id, when it was saved (ISO 8601, UTC), what was asked and what came of it. */
export interface StoredStudy {
  readonly id: number;
  readonly created: string;
  readonly spec: unknown;
  readonly result: unknown;
}

export interface StoreOptions {
  /** Securities master used to register new symbols (default: data/securities.json). */
  readonly master?: SecuritiesMaster;
  /** How long to wait for another process to release the store's lock, in milliseconds (default 3000). */
  readonly lockWaitMs?: number;
}

/** How long a second process waits for the store's lock before it gives up, by default. */
export const DEFAULT_LOCK_WAIT_MS = 3000;

/** Where the store lives: the argument, else $AFTERSHOCK_STORE, else ./aftershock.duckdb. */
export function storePath(path?: string): string {
  const chosen = path ?? process.env[STORE_ENV] ?? DEFAULT_STORE_PATH;
  return chosen === ":memory:" ? chosen : resolve(chosen);
}

/** Opens (creating on first use) the store and brings its schema up to date. */
export async function openStore(path?: string, options: StoreOptions = {}): Promise<Store> {
  const file = storePath(path);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const instance = await createInstance(file, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
  let connection: DuckDBConnection | undefined;
  try {
    connection = await instance.connect();
    const version = await migrate(connection);
    return new Store(file, instance, connection, version, options.master ?? defaultSecuritiesMaster());
  } catch (error) {
    connection?.closeSync();
    instance.closeSync();
    throw error;
  }
}

/**
 * Opens the database file, waiting up to `waitMs` (retrying with growing pauses) while another
 * process holds its lock; a lock still held, or a file that is not a database, is a {@link StoreError}.
 */
async function createInstance(file: string, waitMs: number): Promise<DuckDBInstance> {
  const start = Date.now();
  for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await DuckDBInstance.create(file);
    } catch (error) {
      const waited = Date.now() - start;
      if (!isLockConflict(error) || waited + pause > waitMs) throw storeOpenError(file, error, waited);
      await new Promise((done) => setTimeout(done, pause));
    }
  }
}

/** The store's schema version (0 for an empty database). */
export async function schemaVersion(connection: DuckDBConnection): Promise<number> {
  await connection.run(SCHEMA_VERSION_TABLE);
  const reader = await connection.runAndReadAll("SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_version");
  return reader.getRowObjectsJS()[0]!["v"] as number;
}

/**
 * Applies the migrations above the store's version, each in its own transaction; returns the new
 * version. Refuses a store written by a newer aftershock (a version it does not know).
 */
export async function migrate(connection: DuckDBConnection, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  let version = await schemaVersion(connection);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  if (version > latest) {
    throw new Error(`the store is at schema version ${version}, newer than this aftershock knows (${latest})`);
  }
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    await connection.run("BEGIN TRANSACTION");
    try {
      for (const statement of migration.statements) await connection.run(statement);
      await connection.run("INSERT INTO schema_version (version, description) VALUES ($v, $d)", {
        v: migration.version,
        d: migration.description,
      });
      await connection.run("COMMIT");
    } catch (error) {
      await connection.run("ROLLBACK");
      throw new Error(`schema migration ${migration.version} (${migration.description}) failed`, { cause: error });
    }
    version = migration.version;
  }
  return version;
}

const MIN_DAY = -2147483648;
const MAX_DAY = 2147483647;

export class Store {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    /** Absolute path of the database file (or ":memory:"). */
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Schema version after migrations (LATEST_VERSION). */
    readonly version: number,
    private readonly master: SecuritiesMaster,
  ) {}

  /** Closes the database; the Store cannot be used afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.closeSync();
    this.instance.closeSync();
  }

  /** Runs `work` when the previous operation on this store has finished (one connection, one transaction at a time). */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`store ${this.path} is closed`));
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Imports one file's batch in a single transaction; see the module comment for the semantics. */
  async importBatch(batch: ImportBatch, options: ImportOptions = {}): Promise<ImportReport> {
    const described = checkBatch(batch, this.master);
    return this.exclusive(() => this.importChecked(batch, described, options));
  }

  private async importChecked(
    batch: ImportBatch,
    described: readonly SecurityDescription[],
    options: ImportOptions,
  ): Promise<ImportReport> {
    const c = this.connection;
    const maxListed = options.maxChangesListed ?? 100;
    try {
      await this.stage(batch, described);
      await c.run("BEGIN TRANSACTION");
      try {
        const securitiesAdded = await this.registerSecurities();
        options.checkpoint?.("securities");
        const prices = await this.mergePrices(maxListed);
        options.checkpoint?.("prices");
        const factors = await this.mergeFactors(Math.max(0, maxListed - prices.listed.length));
        options.checkpoint?.("factors");
        await c.run("COMMIT");
        return {
          file: batch.file,
          inserted: prices.counts.inserted,
          unchanged: prices.counts.unchanged,
          changedRows: prices.counts.changed,
          changedCount: prices.fieldCount + factors.fieldCount,
          changed: [...prices.listed, ...factors.listed],
          factors: factors.counts,
          securitiesAdded,
        };
      } catch (error) {
        try {
          await c.run("ROLLBACK");
        } catch (rollbackError) {
          // A failed COMMIT has already rolled the transaction back.
          if (/no transaction is active/i.test(String(rollbackError))) throw error;
          throw new AggregateError([error, rollbackError], `import of ${batch.file} failed and could not be rolled back`, {
            cause: rollbackError,
          });
        }
        throw error;
      }
    } finally {
      // Temporary tables are not part of the store; a failure to drop them must not hide the import's outcome.
      await c.run(
        "DROP TABLE IF EXISTS temp.stage_prices; DROP TABLE IF EXISTS temp.stage_symbols; " +
          "DROP TABLE IF EXISTS temp.stage_factors; DROP TABLE IF EXISTS temp.stage_factor_columns; " +
          "DROP TABLE IF EXISTS temp.stage_securities; DROP TABLE IF EXISTS temp.stage_issuers; " +
          "DROP TABLE IF EXISTS temp.merged_prices; DROP TABLE IF EXISTS temp.merged_factors; DROP TABLE IF EXISTS temp.changes",
      ).catch(() => undefined);
    }
  }

  /** Loads the batch into temporary tables (outside the transaction: they are not part of the store). */
  private async stage(batch: ImportBatch, described: readonly SecurityDescription[]): Promise<void> {
    const c = this.connection;
    await c.run(`CREATE OR REPLACE TEMP TABLE stage_symbols (
      sid INTEGER, symbol VARCHAR, source VARCHAR, has_open BOOLEAN, has_high BOOLEAN, has_low BOOLEAN, has_volume BOOLEAN)`);
    await c.run(`CREATE OR REPLACE TEMP TABLE stage_prices (
      sid INTEGER, day INTEGER, close DOUBLE, open DOUBLE, high DOUBLE, low DOUBLE, volume DOUBLE, flags UTINYINT)`);
    await c.run("CREATE OR REPLACE TEMP TABLE stage_factor_columns (cid INTEGER, table_name VARCHAR, column_name VARCHAR)");
    await c.run("CREATE OR REPLACE TEMP TABLE stage_factors (cid INTEGER, day INTEGER, value DOUBLE)");
    await c.run("CREATE OR REPLACE TEMP TABLE stage_securities AS SELECT * FROM securities LIMIT 0");
    await c.run("CREATE OR REPLACE TEMP TABLE stage_issuers AS SELECT * FROM issuers LIMIT 0");

    // Prices: one flat set of columns for the whole batch, series by series.
    const series = batch.prices;
    let rows = 0;
    for (const s of series) rows += s.dates.length;
    const sid = new Int32Array(rows);
    const day = new Int32Array(rows);
    const fields = PRICE_FIELDS.map(() => new Float64Array(rows));
    const flags = new Uint8Array(rows);
    let at = 0;
    series.forEach((s, i) => {
      const n = s.dates.length;
      sid.fill(i, at, at + n);
      day.set(s.dates, at);
      PRICE_FIELDS.forEach((f, k) => {
        const values = s[f];
        if (values === undefined) fields[k]!.fill(Number.NaN, at, at + n);
        else fields[k]!.set(values, at);
      });
      flags.set(s.flags, at);
      at += n;
    });
    await appendColumns(c, "stage_prices", "temp", [INTEGER, INTEGER, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, UTINYINT], [sid, day, ...fields, flags], rows);

    const symbols = await c.createAppender("stage_symbols", "main", "temp");
    const source = batchSource(batch);
    try {
      series.forEach((s, i) => {
        symbols.appendInteger(i);
        symbols.appendVarchar(s.symbol);
        symbols.appendVarchar(source);
        symbols.appendBoolean(s.open !== undefined);
        symbols.appendBoolean(s.high !== undefined);
        symbols.appendBoolean(s.low !== undefined);
        symbols.appendBoolean(s.volume !== undefined);
        symbols.endRow();
      });
      symbols.flushSync();
    } finally {
      symbols.closeSync();
    }

    // Factors: long, one row per (column, day).
    const columns: { table: string; column: string; values: Float64Array; dates: Int32Array }[] = [];
    for (const t of batch.factors) {
      for (const [column, values] of Object.entries(t.columns)) columns.push({ table: t.name, column, values, dates: t.dates });
    }
    let factorRows = 0;
    for (const col of columns) factorRows += col.dates.length;
    const cid = new Int32Array(factorRows);
    const fday = new Int32Array(factorRows);
    const fvalue = new Float64Array(factorRows);
    at = 0;
    const columnAppender = await c.createAppender("stage_factor_columns", "main", "temp");
    try {
      columns.forEach((col, i) => {
        columnAppender.appendInteger(i);
        columnAppender.appendVarchar(col.table);
        columnAppender.appendVarchar(col.column);
        columnAppender.endRow();
        cid.fill(i, at, at + col.dates.length);
        fday.set(col.dates, at);
        fvalue.set(col.values, at);
        at += col.dates.length;
      });
      columnAppender.flushSync();
    } finally {
      columnAppender.closeSync();
    }
    await appendColumns(c, "stage_factors", "temp", [INTEGER, INTEGER, DOUBLE], [cid, fday, fvalue], factorRows);

    // Securities and their issuers, as the master describes them.
    const secs = await c.createAppender("stage_securities", "main", "temp");
    const issuerIds = new Set<string>();
    try {
      for (const d of described) {
        secs.appendVarchar(d.symbol);
        secs.appendVarchar(d.kind);
        appendNullable(secs, d.mic);
        appendNullable(secs, d.country);
        appendNullable(secs, d.currency);
        appendNullable(secs, d.issuerId);
        if (d.listingDay === null) secs.appendNull();
        else secs.appendInteger(d.listingDay);
        appendNullable(secs, d.name);
        secs.endRow();
        if (d.issuerId !== null) issuerIds.add(d.issuerId);
      }
      secs.flushSync();
    } finally {
      secs.closeSync();
    }
    const issuers = await c.createAppender("stage_issuers", "main", "temp");
    try {
      for (const id of issuerIds) {
        const issuer = this.master.issuers.get(id);
        if (issuer === undefined) continue;
        issuers.appendVarchar(issuer.id);
        issuers.appendVarchar(issuer.name);
        appendNullable(issuers, issuer.shortName);
        issuers.endRow();
      }
      issuers.flushSync();
    } finally {
      issuers.closeSync();
    }
  }

  private async registerSecurities(): Promise<string[]> {
    const c = this.connection;
    await c.run("INSERT INTO issuers SELECT s.* FROM temp.stage_issuers s ANTI JOIN issuers i ON i.id = s.id");
    const added = await c.runAndReadAll(
      "INSERT INTO securities SELECT s.* FROM temp.stage_securities s ANTI JOIN securities t ON t.symbol = s.symbol RETURNING symbol",
    );
    return (added.getColumnsJS()[0] ?? []).map(String).sort();
  }

  private async mergePrices(maxListed: number): Promise<{ counts: RowCounts; fieldCount: number; listed: FieldChange[] }> {
    const c = this.connection;
    const nanToNull = (f: string) => `CASE WHEN isnan(p.${f}) THEN NULL ELSE p.${f} END`;
    // Stored rows the batch also has, with the values they would have after the import.
    await c.run(`CREATE OR REPLACE TEMP TABLE merged_prices AS
      SELECT s.symbol, s.source, p.day,
        t.close AS old_close, ${nanToNull("close")} AS new_close,
        t.open AS old_open, CASE WHEN s.has_open THEN ${nanToNull("open")} ELSE t.open END AS new_open,
        t.high AS old_high, CASE WHEN s.has_high THEN ${nanToNull("high")} ELSE t.high END AS new_high,
        t.low AS old_low, CASE WHEN s.has_low THEN ${nanToNull("low")} ELSE t.low END AS new_low,
        t.volume AS old_volume, CASE WHEN s.has_volume THEN ${nanToNull("volume")} ELSE t.volume END AS new_volume,
        t.flags AS old_flags, p.flags AS new_flags
      FROM temp.stage_prices p
      JOIN temp.stage_symbols s ON s.sid = p.sid
      JOIN prices t ON t.symbol = s.symbol AND t.source = s.source AND t.day = p.day`);
    const fieldsOrdered = [...PRICE_FIELDS, "flags"] as const;
    await c.run(`CREATE OR REPLACE TEMP TABLE changes AS
      ${fieldsOrdered
        .map(
          (f, k) => `SELECT symbol, day, '${f}' AS field, ${k} AS ord, old_${f}::DOUBLE AS old_value, new_${f}::DOUBLE AS new_value
            FROM temp.merged_prices WHERE old_${f} IS DISTINCT FROM new_${f}`,
        )
        .join(" UNION ALL ")}`);
    const { fieldCount, rowCount, listed } = await this.readChanges("prices", maxListed);
    const updated = await c.run(`UPDATE prices SET
        close = m.new_close, open = m.new_open, high = m.new_high, low = m.new_low, volume = m.new_volume, flags = m.new_flags
      FROM temp.merged_prices m
      WHERE prices.symbol = m.symbol AND prices.source = m.source AND prices.day = m.day AND (${fieldsOrdered
        .map((f) => `m.old_${f} IS DISTINCT FROM m.new_${f}`)
        .join(" OR ")})`);
    if (updated.rowsChanged !== rowCount) throw new Error(`price update touched ${updated.rowsChanged} rows, expected ${rowCount}`);
    const inserted = await c.run(`INSERT INTO prices (symbol, source, day, close, open, high, low, volume, flags)
      SELECT s.symbol, s.source, p.day, ${PRICE_FIELDS.map(nanToNull).join(", ")}, p.flags
      FROM temp.stage_prices p
      JOIN temp.stage_symbols s ON s.sid = p.sid
      ANTI JOIN prices t ON t.symbol = s.symbol AND t.source = s.source AND t.day = p.day`);
    const matched = await this.count("temp.merged_prices");
    return {
      counts: { inserted: inserted.rowsChanged, unchanged: matched - rowCount, changed: rowCount },
      fieldCount,
      listed,
    };
  }

  private async mergeFactors(maxListed: number): Promise<{ counts: RowCounts; fieldCount: number; listed: FieldChange[] }> {
    const c = this.connection;
    await c.run(`CREATE OR REPLACE TEMP TABLE merged_factors AS
      SELECT k.table_name, k.column_name, f.day, t.value AS old_value,
        CASE WHEN isnan(f.value) THEN NULL ELSE f.value END AS new_value
      FROM temp.stage_factors f
      JOIN temp.stage_factor_columns k ON k.cid = f.cid
      JOIN factors t ON t.table_name = k.table_name AND t.column_name = k.column_name AND t.day = f.day`);
    await c.run(`CREATE OR REPLACE TEMP TABLE changes AS
      SELECT table_name AS symbol, day, column_name AS field, 0 AS ord, old_value, new_value
      FROM temp.merged_factors WHERE old_value IS DISTINCT FROM new_value`);
    const { fieldCount, rowCount, listed } = await this.readChanges("factors", maxListed);
    await c.run(`UPDATE factors SET value = m.new_value FROM temp.merged_factors m
      WHERE factors.table_name = m.table_name AND factors.column_name = m.column_name AND factors.day = m.day
        AND m.old_value IS DISTINCT FROM m.new_value`);
    const inserted = await c.run(`INSERT INTO factors (table_name, column_name, day, value)
      SELECT k.table_name, k.column_name, f.day, CASE WHEN isnan(f.value) THEN NULL ELSE f.value END
      FROM temp.stage_factors f
      JOIN temp.stage_factor_columns k ON k.cid = f.cid
      ANTI JOIN factors t ON t.table_name = k.table_name AND t.column_name = k.column_name AND t.day = f.day`);
    const matched = await this.count("temp.merged_factors");
    return { counts: { inserted: inserted.rowsChanged, unchanged: matched - rowCount, changed: rowCount }, fieldCount, listed };
  }

  /** Counts and lists the rows of temp.changes. */
  private async readChanges(
    table: FieldChange["table"],
    maxListed: number,
  ): Promise<{ fieldCount: number; rowCount: number; listed: FieldChange[] }> {
    const c = this.connection;
    // A price row is (symbol, day) with up to six fields; a factor row is one value.
    const rowKey = table === "prices" ? "SELECT DISTINCT symbol, day FROM temp.changes" : "SELECT * FROM temp.changes";
    const totals = (
      await c.runAndReadAll(
        `SELECT (SELECT count(*) FROM temp.changes)::INTEGER AS fields, (SELECT count(*) FROM (${rowKey}))::INTEGER AS rows`,
      )
    ).getRowObjectsJS()[0]!;
    const fieldCount = totals["fields"] as number;
    const rowCount = totals["rows"] as number;
    const listed: FieldChange[] = [];
    if (maxListed > 0 && fieldCount > 0) {
      const rows = await c.runAndReadAll(
        `SELECT symbol, day, field, old_value, new_value FROM temp.changes ORDER BY symbol, day, ord, field LIMIT ${Math.floor(maxListed)}`,
      );
      for (const r of rows.getRowObjectsJS()) {
        listed.push({
          table,
          symbol: r["symbol"] as string,
          day: r["day"] as number,
          field: r["field"] as string,
          old: r["old_value"] as number | null,
          new: r["new_value"] as number | null,
        });
      }
    }
    return { fieldCount, rowCount, listed };
  }

  private async count(table: string): Promise<number> {
    const reader = await this.connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    return reader.getRowObjectsJS()[0]!["n"] as number;
  }

  /**
   * Each symbol's series of `field` (default close) on its own dates, ascending, from the typed
   * columns DuckDB returns. Days where the field is missing (NULL: no trade, holiday rows) are left
   * out, so they read as missing days rather than zero returns. Symbols with no rows in the range
   * are absent from the map.
   */
  readPanel(symbols: readonly string[], options: PanelOptions = {}): Promise<Map<string, SourcedSeries>> {
    const field = options.field ?? "close";
    if (!PRICE_FIELDS.includes(field)) return Promise.reject(new Error(`unknown price field "${String(field)}"`));
    const wanted = [...new Set(symbols)];
    return this.exclusive(async () => {
      const panel = new Map<string, SourcedSeries>();
      if (wanted.length === 0) return panel;
      // One source per symbol: the one asked for, else the one with the most rows (ties by name); the
      // choice travels with the series so that reports can state it.
      const params = { symbols: listValue(wanted), source: options.source ?? null };
      const ranked = `WITH w AS (SELECT unnest($symbols) AS symbol, generate_subscripts($symbols, 1)::INTEGER AS i),
         ranked AS (
           SELECT symbol, source, row_number() OVER (PARTITION BY symbol ORDER BY count(*) DESC, source) AS r
           FROM prices WHERE symbol IN (SELECT symbol FROM w) AND ($source IS NULL OR source = $source)
           GROUP BY symbol, source)`;
      const chosen = new Map<string, string>();
      for (const row of (await this.connection.runAndReadAll(`${ranked} SELECT symbol, source FROM ranked WHERE r = 1`, params)).getRowObjectsJS()) {
        chosen.set(String(row["symbol"]), String(row["source"]));
      }
      const result = await this.connection.run(
        `${ranked}
         SELECT w.i, p.day, p.${field} AS value
         FROM prices p
         JOIN ranked c ON c.symbol = p.symbol AND c.source = p.source AND c.r = 1
         JOIN w ON w.symbol = p.symbol
         WHERE p.${field} IS NOT NULL AND p.day BETWEEN $from AND $to
         ORDER BY w.i, p.day`,
        { ...params, from: options.from ?? MIN_DAY, to: options.to ?? MAX_DAY },
      );
      const n = result.rowCount;
      const which = readNumericColumn(result, 0, new Int32Array(n));
      const days = readNumericColumn(result, 1, new Int32Array(n));
      const values = readNumericColumn(result, 2, new Float64Array(n));
      let start = 0;
      while (start < n) {
        const i = which[start]!;
        let end = start + 1;
        while (end < n && which[end] === i) end++;
        const symbol = wanted[i - 1]!;
        panel.set(symbol, { dates: days.slice(start, end), values: values.slice(start, end), source: chosen.get(symbol)! });
        start = end;
      }
      return panel;
    });
  }

  /** A stored factor table as columns over the union of its days (NaN where a column lacks a day); undefined if absent. */
  readFactors(name: string): Promise<FactorTable | undefined> {
    return this.exclusive(async () => {
      const names = await this.connection.runAndReadAll(
        "SELECT DISTINCT column_name FROM factors WHERE table_name = $name ORDER BY column_name",
        { name },
      );
      const columnNames = (names.getColumnsJS()[0] ?? []).map(String);
      if (columnNames.length === 0) return undefined;
      const params: Record<string, DuckDBValue> = { name };
      const selects = columnNames.map((column, k) => {
        params[`c${k}`] = column;
        return `coalesce(max(value) FILTER (WHERE column_name = $c${k}), 'NaN'::DOUBLE) AS c${k}`;
      });
      const result = await this.connection.run(
        `SELECT day, ${selects.join(", ")} FROM factors WHERE table_name = $name GROUP BY day ORDER BY day`,
        params,
      );
      const n = result.rowCount;
      const columns: Record<string, Float64Array> = {};
      columnNames.forEach((column, k) => {
        columns[column] = readNumericColumn(result, k + 1, new Float64Array(n));
      });
      return { name, dates: readNumericColumn(result, 0, new Int32Array(n)), columns };
    });
  }

  /** Names of the stored factor tables, sorted. */
  factorTables(): Promise<string[]> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll("SELECT DISTINCT table_name FROM factors ORDER BY table_name");
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }

  /**
   * Days on which any stored security or index of a country (HK, US, CN; exchange rates excluded) has
   * a close, ascending: the trading days the data shows, to check a calendar against.
   */
  observedDays(country: string): Promise<Int32Array> {
    return this.exclusive(async () => {
      const result = await this.connection.run(
        `SELECT DISTINCT p.day FROM prices p JOIN securities s ON s.symbol = p.symbol
         WHERE s.country = $country AND s.kind <> 'fx' AND p.close IS NOT NULL ORDER BY p.day`,
        { country },
      );
      return readNumericColumn(result, 0, new Int32Array(result.rowCount));
    });
  }

  /** Replaces the stored securities directory (one transaction: the old one stays if this fails). */
  importDirectory(rows: DirectoryRows, folder: string): Promise<void> {
    return this.exclusive(() => writeDirectory(this.connection, rows, folder));
  }

  /** The stored securities directory, or undefined when none was imported. */
  directory(): Promise<DirectoryRows | undefined> {
    return this.exclusive(() => readDirectory(this.connection));
  }

  /** The stored directory's look-up index (see data/directory), or undefined when none was imported. */
  directoryIndex(): Promise<DirectoryIndexData | undefined> {
    return this.exclusive(() => readDirectoryIndex(this.connection));
  }

  /** Where and when the stored directory was imported, or undefined. */
  directoryImport(): Promise<DirectoryImport | undefined> {
    return this.exclusive(() => directoryImport(this.connection));
  }

  /** Symbols registered in the store, sorted. */
  symbols(): Promise<string[]> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll("SELECT symbol FROM securities ORDER BY symbol");
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }

  /** The stored description of one security, with its issuer's name; undefined when unknown. */
  security(symbol: string): Promise<StoredSecurity | undefined> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll(
        `SELECT s.symbol, s.kind, s.exchange_mic, s.country, s.currency, s.issuer_id, s.listing_day, s.name, i.name AS issuer_name
         FROM securities s LEFT JOIN issuers i ON i.id = s.issuer_id WHERE s.symbol = $symbol`,
        { symbol },
      );
      const row = r.getRowObjectsJS()[0];
      if (row === undefined) return undefined;
      return {
        symbol: row["symbol"] as string,
        kind: row["kind"] as StoredSecurity["kind"],
        mic: row["exchange_mic"] as string | null,
        country: row["country"] as StoredSecurity["country"],
        currency: row["currency"] as string | null,
        issuerId: row["issuer_id"] as string | null,
        listingDay: row["listing_day"] as number | null,
        name: row["name"] as string | null,
        issuerName: row["issuer_name"] as string | null,
      };
    });
  }

  /** Other stored listings of the same issuer (9888.HK → [BIDU] once both are imported), sorted. */
  crossListings(symbol: string): Promise<string[]> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll(
        `SELECT o.symbol FROM securities s JOIN securities o ON o.issuer_id = s.issuer_id AND o.symbol <> s.symbol
         WHERE s.symbol = $symbol ORDER BY o.symbol`,
        { symbol },
      );
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }

  /**
   * Saves a study: what was asked (`spec`) and what came of it (`result`), both as JSON, in one
   * INSERT (a transaction of its own: the row is there whole or not at all). `created` defaults to
   * now. Returns the study's id, from the `studies_id` sequence.
   */
  saveStudy(spec: unknown, result: unknown, created: Date = new Date()): Promise<number> {
    return this.saveStudyJson(spec, JSON.stringify(result) ?? null, created);
  }

  /** {@link saveStudy} with the result already written as JSON text (as a worker thread hands it over), kept as it is. */
  saveStudyJson(spec: unknown, resultJson: string | null, created: Date = new Date()): Promise<number> {
    const specJson = JSON.stringify(spec);
    if (specJson === undefined) return Promise.reject(new TypeError("a study's spec must be JSON-serialisable"));
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll(
        "INSERT INTO studies (created, spec, result) VALUES ($created::TIMESTAMP, $spec::JSON, $result::JSON) RETURNING id",
        { created: timestampText(created), spec: specJson, result: resultJson ?? null },
      );
      return r.getRowObjectsJS()[0]!["id"] as number;
    });
  }

  /** A saved study by id (its spec and result parsed back from JSON); undefined when there is none. */
  loadStudy(id: number): Promise<StoredStudy | undefined> {
    return this.readStudy(id, true).then((row) =>
      row === undefined
        ? undefined
        : { id: row.id, created: row.created, spec: JSON.parse(row.specJson!) as unknown, result: row.resultJson === null ? null : (JSON.parse(row.resultJson) as unknown) },
    );
  }

  /**
   * A saved study's result as the JSON text stored (null when it has none), without parsing it: a
   * large result is passed on as it is (the API answers with it); undefined when there is no study.
   */
  loadStudyJson(id: number): Promise<{ readonly id: number; readonly created: string; readonly resultJson: string | null } | undefined> {
    return this.readStudy(id, false).then((row) => (row === undefined ? undefined : { id: row.id, created: row.created, resultJson: row.resultJson }));
  }

  private readStudy(id: number, withSpec: boolean): Promise<{ id: number; created: string; specJson?: string; resultJson: string | null } | undefined> {
    if (!Number.isSafeInteger(id)) return Promise.resolve(undefined);
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll(
        `SELECT id, strftime(created, '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS created, ${withSpec ? "spec::VARCHAR" : "NULL"} AS spec, result::VARCHAR AS result
         FROM studies WHERE id = $id`,
        { id: BigInt(id) },
      );
      const row = r.getRowObjectsJS()[0];
      if (row === undefined) return undefined;
      return {
        id: Number(row["id"]),
        created: row["created"] as string,
        ...(withSpec ? { specJson: row["spec"] as string } : {}),
        resultJson: row["result"] as string | null,
      };
    });
  }

  /** An event document stored under a key of its inputs (see saveExtraction); undefined when none. */
  loadExtraction(key: string): Promise<unknown> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll("SELECT document::VARCHAR AS document FROM extractions WHERE key = $key", { key });
      const row = r.getRowObjectsJS()[0];
      return row === undefined ? undefined : (JSON.parse(row["document"] as string) as unknown);
    });
  }

  /** Stores (or replaces) the event document extracted from inputs whose hash is `key`. */
  saveExtraction(key: string, document: unknown): Promise<void> {
    const json = JSON.stringify(document);
    if (json === undefined) return Promise.reject(new TypeError("an extraction must be JSON-serialisable"));
    return this.exclusive(async () => {
      await this.connection.run("INSERT OR REPLACE INTO extractions (key, document) VALUES ($key, $document::JSON)", { key, document: json });
    });
  }

  /** Row count of every table (tests use it to check that a failed import changed nothing). */
  counts(): Promise<TableCounts> {
    return this.exclusive(async () => {
      const r = await this.connection.runAndReadAll(
        `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::INTEGER AS ${t}`).join(", ")}`,
      );
      return r.getRowObjectsJS()[0] as unknown as TableCounts;
    });
  }
}

/** A Date as DuckDB TIMESTAMP text in UTC ("2025-02-17 09:30:00.123"). */
function timestampText(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

function appendNullable(appender: { appendVarchar(v: string): void; appendNull(): void }, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

/**
 * Checks a batch before anything is written, and describes its symbols. Throws an InputError naming
 * the file and the series at fault.
 */
export function checkBatch(batch: ImportBatch, master: SecuritiesMaster): SecurityDescription[] {
  const fail = (detail: string): never => {
    throw new InputError({ file: batch.file }, detail);
  };
  const described: SecurityDescription[] = [];
  const seen = new Set<string>();
  for (const s of batch.prices) {
    const what = `series "${s.symbol}"`;
    if (seen.has(s.symbol)) fail(`${what} appears twice in the batch`);
    seen.add(s.symbol);
    const d = master.describe(s.symbol);
    if (d === undefined) fail(`${what}: unrecognised symbol (expected 0700.HK, 600519.SS, 300750.SZ, BIDU, ^HSI or CNY=X)`);
    described.push(d!);
    const n = s.dates.length;
    checkDays(s.dates, what, fail);
    if (s.flags.length !== n) fail(`${what}: ${s.flags.length} flags for ${n} dates`);
    for (const f of PRICE_FIELDS) checkValues(s, f, n, what, fail);
  }
  const tables = new Set<string>();
  for (const t of batch.factors) {
    const what = `factor table "${t.name}"`;
    if (t.name === "") fail("a factor table has no name");
    if (tables.has(t.name)) fail(`${what} appears twice in the batch`);
    tables.add(t.name);
    checkDays(t.dates, what, fail);
    for (const [column, values] of Object.entries(t.columns)) {
      if (values.length !== t.dates.length) fail(`${what} column "${column}": ${values.length} values for ${t.dates.length} dates`);
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) fail(`${what} column "${column}": infinite value at row ${i}`);
      }
    }
  }
  return described;
}

function checkDays(dates: Int32Array, what: string, fail: (detail: string) => never): void {
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]! <= dates[i - 1]!) fail(`${what}: dates not ascending and unique at row ${i}`);
  }
}

function checkValues(s: PriceSeries, field: PriceField, n: number, what: string, fail: (detail: string) => never): void {
  const values = s[field];
  if (values === undefined) return;
  if (values.length !== n) fail(`${what}: ${values.length} ${field} values for ${n} dates`);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) fail(`${what}: infinite ${field} at row ${i}`);
  }
}



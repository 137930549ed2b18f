/**
 * Importing one file's batch of prices and factors: checked first, then merged into the prices,
 * factors and securities tables in one transaction, so that the three stay in step.
 *
 * Semantics:
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
import { DOUBLE, INTEGER, UTINYINT, type DuckDBConnection } from "@duckdb/node-api";
import { InputError } from "../inputError.js";
import { batchSource, type ImportBatch, type PriceSeries } from "../priceBatch.js";
import type { SecuritiesMaster, SecurityDescription } from "../securities/seed.js";
import { appendColumns } from "./columns.js";
import type { StoreConnection } from "./connection.js";
import { PRICE_FIELDS, type PriceField } from "./priceRepository.js";

/** One field of one stored row that an import replaced. */
interface FieldChange {
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

interface RowCounts {
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

/** Imports one file's batch in a single transaction; see the module comment for the semantics. */
export function importBatch(store: StoreConnection, master: SecuritiesMaster, batch: ImportBatch, options: ImportOptions = {}): Promise<ImportReport> {
  const described = checkBatch(batch, master);
  return store.exclusive((connection) => new BatchMerge(connection, master).run(batch, described, options));
}

/** The steps of one import on the store's connection. */
class BatchMerge {
  constructor(
    private readonly connection: DuckDBConnection,
    private readonly master: SecuritiesMaster,
  ) {}

  async run(
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
}

function appendNullable(appender: { appendVarchar(v: string): void; appendNull(): void }, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}


/**
 * Checks a batch before anything is written, and describes its symbols. Throws an InputError naming
 * the file and the series at fault.
 */
function checkBatch(batch: ImportBatch, master: SecuritiesMaster): SecurityDescription[] {
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



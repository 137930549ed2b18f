/**
 * The store: one embedded DuckDB file holding securities, prices, factors, calendars, events and
 * studies (schema in schema.ts). `Store` owns the connection and hands out the repositories that
 * share it, one per kind of data; a batch import, which writes prices, factors and securities in one
 * transaction, is its own module (batchImport.ts).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { ImportBatch } from "../priceBatch.js";
import { defaultSecuritiesMaster, type SecuritiesMaster } from "../securities/seed.js";
import { importBatch, type ImportOptions, type ImportReport } from "./batchImport.js";
import { StoreConnection } from "./connection.js";
import { DirectoryRepository } from "./directoryRepository.js";
import { ExtractionCache } from "./extractionCache.js";
import { FactorRepository } from "./factorRepository.js";
import { PriceRepository } from "./priceRepository.js";
import { MIGRATIONS, SCHEMA_VERSION_TABLE, TABLES, type Migration, type TableName } from "./schema.js";
import { SecurityRepository } from "./securityRepository.js";
import { isLockConflict, storeBusyError, storeOpenError } from "./storeError.js";
import { StudyRepository } from "./studyRepository.js";

export const DEFAULT_STORE_PATH = "./aftershock.duckdb";
export const STORE_ENV = "AFTERSHOCK_STORE";

export type TableCounts = Readonly<Record<TableName, number>>;

export interface StoreOptions {
  /** Securities master used to register new symbols (default: data/securities.json). */
  readonly master?: SecuritiesMaster;
  /** How long to wait for another process to release the store's lock, in milliseconds (default 3000). */
  readonly lockWaitMs?: number;
}

/** How long a second process waits for the store's lock before it gives up, by default. */
const DEFAULT_LOCK_WAIT_MS = 3000;

/** Where the store lives: the argument, else $AFTERSHOCK_STORE, else ./aftershock.duckdb. */
export function storePath(path?: string): string {
  const chosen = path ?? process.env[STORE_ENV] ?? DEFAULT_STORE_PATH;
  return chosen === ":memory:" ? chosen : resolve(chosen);
}

/**
 * Store files this thread has open. DuckDB's lock on a file keeps other processes out but not this
 * one, and a second DuckDB instance on the same file neither sees the first one's writes nor keeps
 * its own from being overwritten: a second open here waits for the first to close, like another
 * process would.
 */
const openHere = new Set<string>();

/** Opens (creating on first use) the store and brings its schema up to date. */
export async function openStore(path?: string, options: StoreOptions = {}): Promise<Store> {
  const file = storePath(path);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const instance = await createInstance(file, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
  let connection: DuckDBConnection | undefined;
  try {
    connection = await instance.connect();
    const version = await migrate(connection);
    return new Store(new StoreConnection(file, instance, connection, () => openHere.delete(file)), version, options.master ?? defaultSecuritiesMaster());
  } catch (error) {
    connection?.closeSync();
    instance.closeSync();
    openHere.delete(file);
    throw error;
  }
}

/**
 * Opens the database file, waiting up to `waitMs` (retrying with growing pauses) while another
 * process, or this one, holds it; a store still held, or a file that is not a database, is a
 * {@link StoreError}.
 */
async function createInstance(file: string, waitMs: number): Promise<DuckDBInstance> {
  const start = Date.now();
  for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
    const waited = Date.now() - start;
    if (openHere.has(file)) {
      if (waited + pause > waitMs) throw storeBusyError(file, "this process, which has it open already", waited);
    } else {
      // Marked before the await, so that a second open started meanwhile waits for this one.
      if (file !== ":memory:") openHere.add(file);
      try {
        return await DuckDBInstance.create(file);
      } catch (error) {
        openHere.delete(file);
        if (!isLockConflict(error) || waited + pause > waitMs) throw storeOpenError(file, error, Date.now() - start);
      }
    }
    await new Promise((done) => setTimeout(done, pause));
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

export class Store {
  /** Absolute path of the database file (or ":memory:"). */
  readonly path: string;
  /** Price series by symbol, and the days a market shows trading. */
  readonly prices: PriceRepository;
  /** Factor tables (Fama-French and the like). */
  readonly factors: FactorRepository;
  /** Securities registered with their prices, and their issuers' other listings. */
  readonly securities: SecurityRepository;
  /** The securities directory: every symbol ever listed, its names over time. */
  readonly directory: DirectoryRepository;
  /** Saved studies. */
  readonly studies: StudyRepository;
  /** Event documents extracted from articles, by a hash of their inputs. */
  readonly extractions: ExtractionCache;

  constructor(
    private readonly connection: StoreConnection,
    /** Schema version after migrations (LATEST_VERSION). */
    readonly version: number,
    private readonly master: SecuritiesMaster,
  ) {
    this.path = connection.path;
    this.prices = new PriceRepository(connection);
    this.factors = new FactorRepository(connection);
    this.securities = new SecurityRepository(connection);
    this.directory = new DirectoryRepository(connection);
    this.studies = new StudyRepository(connection);
    this.extractions = new ExtractionCache(connection);
  }

  /** Closes the database; the Store cannot be used afterwards. */
  close(): void {
    this.connection.close();
  }

  /**
   * Imports one file's batch of prices and factors, registering its securities, in a single
   * transaction (see batchImport.ts for the semantics).
   */
  importBatch(batch: ImportBatch, options: ImportOptions = {}): Promise<ImportReport> {
    return importBatch(this.connection, this.master, batch, options);
  }

  /** Row count of every table (tests use it to check that a failed import changed nothing). */
  counts(): Promise<TableCounts> {
    return this.connection.exclusive(async (c) => {
      const r = await c.runAndReadAll(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::INTEGER AS ${t}`).join(", ")}`);
      return r.getRowObjectsJS()[0] as unknown as TableCounts;
    });
  }
}

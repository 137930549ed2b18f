import { AftershockError } from "../../shared/errors.js";

/**
 * Why the store could not be opened, as data: `busy` (another aftershock process holds the file's
 * lock: DuckDB lets one process write a database file at a time) or `not-a-store` (the file is not a
 * DuckDB database) or `unreadable-record` (a stored document, such as a saved study, does not have
 * the shape this aftershock reads). The message is one line a person can act on; the CLI exits 3 for
 * `busy` and 2 for the others.
 */
export type StoreErrorCode = "busy" | "not-a-store" | "unreadable-record";

export class StoreError extends AftershockError {
  override readonly name = "StoreError";
  declare readonly code: StoreErrorCode;

  constructor(
    code: StoreErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown; path?: string; details?: Readonly<Record<string, unknown>> },
  ) {
    super(code, { file, path: options?.path }, message, options?.details ?? {}, options);
  }
}

const LOCKED = /Could not set lock on file|Conflicting lock is held/i;
const NOT_DUCKDB = /not a valid DuckDB database file|database file with version|not a DuckDB file/i;

/** Whether DuckDB refused to open a file because another process holds its lock. */
export function isLockConflict(error: unknown): boolean {
  return error instanceof Error && LOCKED.test(error.message);
}

/**
 * The store is held by someone else: `holder` says who ("another aftershock process (PID 123)", or
 * this process, which has it open already and must close it first).
 */
export function storeBusyError(file: string, holder: string, waitedMs: number, cause?: unknown): StoreError {
  return new StoreError(
    "busy",
    file,
    `the store ${file} is in use by ${holder}; waited ${(waitedMs / 1000).toFixed(1)} s: try again when it has finished, or use another store with --store`,
    { cause },
  );
}

/** DuckDB's error on opening `file`, as a {@link StoreError} when it is one of the known causes. */
export function storeOpenError(file: string, error: unknown, waitedMs: number): unknown {
  if (!(error instanceof Error)) return error;
  if (LOCKED.test(error.message)) {
    const pid = /\(PID (\d+)\)/.exec(error.message)?.[1];
    return storeBusyError(file, `another aftershock process${pid ? ` (PID ${pid})` : ""}`, waitedMs, error);
  }
  if (NOT_DUCKDB.test(error.message)) {
    return new StoreError("not-a-store", file, `the store ${file} is not a DuckDB database file: give another path with --store (nothing was written to it)`, { cause: error });
  }
  return error;
}

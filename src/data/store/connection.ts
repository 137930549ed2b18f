/**
 * The one connection to the store's database that every repository shares. DuckDB runs one
 * transaction at a time on a connection, so work is queued: each piece starts when the previous one
 * has finished, whichever repository asked for it.
 */
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export class StoreConnection {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    /** Absolute path of the database file (or ":memory:"). */
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Called once the database is closed. */
    private readonly onClose: () => void = () => undefined,
  ) {}

  /** Runs `work` on the connection when the previous piece of work has finished. */
  exclusive<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`store ${this.path} is closed`));
    const run = (): Promise<T> => work(this.connection);
    const queued = this.tail.then(run, run);
    this.tail = queued.catch(() => undefined);
    return queued;
  }

  /** Closes the database; no work can be queued afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.closeSync();
    this.instance.closeSync();
    this.onClose();
  }
}

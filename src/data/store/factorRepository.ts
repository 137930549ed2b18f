/** Factor tables in the store (Fama-French and the like): one long table, read back as columns over days. */
import type { DuckDBValue } from "@duckdb/node-api";
import type { FactorTable } from "../priceBatch.js";
import { readNumericColumn } from "./columns.js";
import type { StoreConnection } from "./connection.js";

export class FactorRepository {
  constructor(private readonly store: StoreConnection) {}

  /** A stored factor table as columns over the union of its days (NaN where a column lacks a day); undefined if absent. */
  read(name: string): Promise<FactorTable | undefined> {
    return this.store.exclusive(async (connection) => {
      const names = await connection.runAndReadAll(
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
      const result = await connection.run(
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
  tables(): Promise<string[]> {
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll("SELECT DISTINCT table_name FROM factors ORDER BY table_name");
      return (r.getColumnsJS()[0] ?? []).map(String);
    });
  }
}

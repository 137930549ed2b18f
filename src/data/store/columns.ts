/**
 * Typed arrays in and out of DuckDB without a JS object per row: bulk appends through data chunks
 * (2,048 rows a chunk, written straight into each vector), and reads of numeric columns from a
 * materialized result's chunks into Int32Array / Float64Array.
 */
import {
  DuckDBDataChunk,
  DuckDBDoubleVector,
  DuckDBIntegerVector,
  DuckDBUTinyIntVector,
  DuckDBVector,
  type DuckDBConnection,
  type DuckDBMaterializedResult,
  type DuckDBType,
} from "@duckdb/node-api";

export type NumericColumn = Int32Array | Float64Array | Uint8Array;

function numericVector(vector: DuckDBVector): DuckDBVector<number> {
  if (vector instanceof DuckDBIntegerVector || vector instanceof DuckDBDoubleVector || vector instanceof DuckDBUTinyIntVector) {
    return vector;
  }
  throw new Error(`expected an INTEGER, DOUBLE or UTINYINT column, got ${vector.type.toString()}`);
}

/**
 * Appends `rowCount` rows to `table` (in `catalog`, e.g. "temp" for a temporary table), column i of
 * the table taking `columns[i]`, whose DuckDB type is `types[i]`. NaN is appended as NaN, not NULL.
 */
export async function appendColumns(
  connection: DuckDBConnection,
  table: string,
  catalog: string | null,
  types: readonly DuckDBType[],
  columns: readonly NumericColumn[],
  rowCount: number,
): Promise<void> {
  if (types.length !== columns.length) throw new Error("appendColumns: one type per column");
  const appender = await connection.createAppender(table, "main", catalog);
  try {
    const size = DuckDBVector.standardSize();
    for (let start = 0; start < rowCount; start += size) {
      const length = Math.min(size, rowCount - start);
      const chunk = DuckDBDataChunk.create(types, length);
      for (let c = 0; c < columns.length; c++) {
        const vector = numericVector(chunk.getColumnVector(c));
        const column = columns[c]!;
        for (let r = 0; r < length; r++) vector.setItem(r, column[start + r]!);
        vector.flush();
      }
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/**
 * Copies numeric column `column` of every chunk of `result` into `out` (which must hold
 * `result.rowCount` values). NULL reads as NaN in a Float64Array, 0 in an Int32Array.
 */
export function readNumericColumn<T extends Int32Array | Float64Array>(result: DuckDBMaterializedResult, column: number, out: T): T {
  let at = 0;
  const chunks = result.chunkCount;
  const nullValue = out instanceof Float64Array ? Number.NaN : 0;
  for (let c = 0; c < chunks; c++) {
    const chunk = result.getChunk(c);
    const vector = numericVector(chunk.getColumnVector(column));
    const n = chunk.rowCount;
    for (let r = 0; r < n; r++) out[at + r] = vector.getItem(r) ?? nullValue;
    at += n;
  }
  return out;
}

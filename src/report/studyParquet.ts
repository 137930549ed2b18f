import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import type { StudyComputation } from "../study/runStudy.js";
import { writeStudyStream } from "./studyStream.js";

/** Column types of the study's CSV table in Parquet: codes stay text ("0700"), dates are DATEs. */
const PARQUET_COLUMNS =
  "{'id': 'VARCHAR', 'security': 'VARCHAR', 'market': 'VARCHAR', 'group': 'VARCHAR', 'event_date': 'DATE', 'day0': 'DATE', " +
  "'status': 'VARCHAR', 'reason': 'VARCHAR', 'window': 'VARCHAR', 'car': 'DOUBLE', 'se': 'DOUBLE', 't': 'DOUBLE', 'p_value': 'DOUBLE', 'bhar': 'DOUBLE'}";

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * The study's CSV table (one row per event and window) as a Parquet file, written by DuckDB (built in,
 * no extension to fetch) from the streamed CSV in a temporary folder, with every column's type fixed.
 * Empty cells become NULL. The file appears whole or not at all: DuckDB writes it, then it is moved.
 */
export async function writeStudyParquet(c: StudyComputation, path: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "aftershock-parquet-"));
  try {
    const csv = join(dir, "study.csv");
    const out = createWriteStream(csv);
    await writeStudyStream(c, "csv", out);
    out.end();
    await finished(out);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const connection = await instance.connect();
    try {
      const staged = join(dir, "study.parquet");
      await connection.run(
        `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', ` +
          `columns = ${PARQUET_COLUMNS}, dateformat = '%Y-%m-%d')) TO ${quote(staged)} (FORMAT parquet)`,
      );
      const { rename, copyFile } = await import("node:fs/promises");
      await rename(staged, path).catch(async () => copyFile(staged, path));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

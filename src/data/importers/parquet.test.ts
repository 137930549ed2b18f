import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { DAY_FLAGS } from "../priceBatch.js";
import { importFile, importText } from "./importFile.js";
import { importParquet } from "./parquet.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "aftershock-parquet-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Write the rows of a SQL query to a Parquet file with DuckDB's COPY. */
async function writeParquet(name: string, query: string): Promise<string> {
  const file = path.join(dir, name);
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    await conn.run(`COPY (${query}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return file;
}

describe("Parquet (long shape, via DuckDB read_parquet)", () => {
  it("reads security, date, close and OHLCV, detected by its magic bytes", async () => {
    const file = await writeParquet(
      "prices.data",
      `SELECT * FROM (VALUES
         ('0700.HK', DATE '2020-01-03', 10.0, 10.5, 9.5, 10.2, 1000::BIGINT),
         ('0700.HK', DATE '2020-01-02', 9.0, 10.0, 9.0, 9.8, 500::BIGINT),
         ('9988.HK', DATE '2020-01-02', 200.0, 201.0, 199.0, 200.5, 10::BIGINT),
         ('9988.HK', DATE '2020-01-03', 190.0, 190.0, 190.0, 190.0, 0::BIGINT),
         ('9988.HK', DATE '2020-01-06', NULL, NULL, NULL, NULL, NULL)
       ) AS t(ticker, date, open, high, low, close, volume)`,
    );
    const b = await importFile(file);
    expect(b).toMatchObject({ file, format: "parquet", rowsRead: 5 });
    expect(b.skipped).toEqual([{ line: 5, reason: "no values (holiday row)" }]);
    const [tencent, ali] = b.prices;
    expect(tencent!.symbol).toBe("0700.HK");
    expect([...tencent!.dates]).toEqual([dayNumber("2020-01-02"), dayNumber("2020-01-03")]);
    expect([...tencent!.close]).toEqual([9.8, 10.2]);
    expect([...tencent!.volume!]).toEqual([500, 1000]);
    expect(ali!.flags[1]).toBe(DAY_FLAGS.rangeMissing);
    expect(ali!.close[1]).toBe(190);
  });

  it("takes text or integer dates, timestamps, and the adjusted close when present", async () => {
    const file = await writeParquet(
      "mixed.parquet",
      `SELECT 'A' AS symbol, '20200102' AS date, 1.5::DOUBLE AS close, 1.25::DECIMAL(10,2) AS "Adj Close"
       UNION ALL SELECT 'A', '2020-01-03', 2.0, 1.75`,
    );
    const b = await importFile(file);
    expect([...b.prices[0]!.dates]).toEqual([dayNumber("2020-01-02"), dayNumber("2020-01-03")]);
    expect([...b.prices[0]!.close]).toEqual([1.25, 1.75]);
    const ts = await writeParquet("ts.parquet", `SELECT 'A' AS security, TIMESTAMP '2020-01-02 16:00:00' AS date, 1.0 AS value`);
    expect([...(await importParquet(ts)).prices[0]!.dates]).toEqual([dayNumber("2020-01-02")]);
  });

  it("gives the same series as the same table in the CSV long format (close and volume, no range)", async () => {
    const rows = [["A", "2020-01-02", 10, 100], ["A", "2020-01-03", 10, 0], ["A", "2020-01-06", 11, 50]] as const;
    const file = await writeParquet(
      "close-volume.parquet",
      `SELECT * FROM (VALUES ${rows.map(([s, d, c, v]) => `('${s}', DATE '${d}', ${c}.0, ${v}::BIGINT)`).join(", ")}) AS t(security, date, close, volume)`,
    );
    const csv = importText(["security,date,close,volume", ...rows.map((r) => r.join(","))].join("\n"), "close-volume.csv", { format: "long" });
    const [fromParquet, fromCsv] = [(await importFile(file)).prices[0]!, csv.prices[0]!];
    expect([...fromParquet.close]).toEqual([...fromCsv.close]);
    expect([...fromParquet.flags]).toEqual([...fromCsv.flags]);
  });

  it("refuses bad content with file, row and field", async () => {
    const noSec = await writeParquet("nosec.parquet", "SELECT DATE '2020-01-02' AS date, 1.0 AS close");
    await expect(importFile(noSec)).rejects.toThrow(/nosec.parquet: field "security": no "security" or "ticker"/);
    const text = await writeParquet("text.parquet", "SELECT 'A' AS security, DATE '2020-01-02' AS date, '1.5' AS close UNION ALL SELECT 'A', DATE '2020-01-03', 'abc'");
    await expect(importFile(text)).rejects.toThrow(/text.parquet:2: field "close": "abc" is not a number/);
    const neg = await writeParquet("neg.parquet", "SELECT 'A' AS security, DATE '2020-01-02' AS date, -1.0 AS close");
    await expect(importFile(neg)).rejects.toThrow(/neg.parquet:1: field "close": "-1" is not a valid price/);
    const dup = await writeParquet("dup.parquet", "SELECT 'A' AS security, DATE '2020-01-02' AS date, 1.0 AS close UNION ALL SELECT 'A', DATE '2020-01-02', 2.0");
    await expect(importFile(dup)).rejects.toThrow(/dup.parquet:2: field "date": duplicate date 2020-01-02 for A \(also on line 1\)/);
  });

  it("refuses a file that is not Parquet", async () => {
    const file = path.join(dir, "fake.parquet");
    await (await import("node:fs/promises")).writeFile(file, "date,close\n");
    await expect(importFile(file)).rejects.toThrow(/fake.parquet: cannot read as Parquet/);
  });
});

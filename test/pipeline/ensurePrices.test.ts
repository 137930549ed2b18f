import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/data/store/index.js";
import { ensurePrices } from "../../src/pipeline/ensurePrices.js";
import { hasShared, shared } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-ensure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ensurePrices: symbols no file is named after", () => {
  it.skipIf(!hasShared)(
    "finds AAPL in the long S&P 500 panel of --data, beside the files named after symbols",
    async () => {
      const store = await openStore(join(dir, "panel.duckdb"));
      try {
        const { missing, imported } = await ensurePrices(store, ["AAPL", "9888.HK", "NOPE"], shared("data"));
        expect(missing).toEqual(["NOPE"]);
        expect(imported.map((r) => r.file)).toContain(shared("data/sp500-2013-2018/all_stocks_5yr.csv"));
        // Only the symbols asked for are stored from the panel.
        expect((await store.securities.symbols()).sort()).toEqual(["9888.HK", "AAPL"]);
      } finally {
        store.close();
      }
    },
    120_000,
  );

  it("finds a symbol in a Parquet file of the folder", async () => {
    const data = join(dir, "data");
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "README.md"), "prices\n");
    const file = join(data, "prices.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    try {
      await conn.run(
        `COPY (SELECT * FROM (VALUES ('ABC', DATE '2024-01-02', 10.0), ('ABC', DATE '2024-01-03', 10.5), ('XYZ', DATE '2024-01-02', 3.0)) AS t(symbol, date, close)) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`,
      );
    } finally {
      conn.closeSync();
      db.closeSync();
    }
    const store = await openStore(join(dir, "parquet.duckdb"));
    try {
      const { missing } = await ensurePrices(store, ["ABC"], data);
      expect(missing).toEqual([]);
      expect(await store.securities.symbols()).toEqual(["ABC"]);
    } finally {
      store.close();
    }
  });
});

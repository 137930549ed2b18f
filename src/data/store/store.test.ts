import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS, type FactorTable, type ImportBatch, type PriceSeries } from "../priceBatch.js";
import type { Series } from "../../series.js";
import { EXCHANGES } from "../securities/exchanges.js";
import { LATEST_VERSION, MIGRATIONS, STORE_ENV, Store, StoreError, migrate, openStore, schemaVersion, storePath } from "./index.js";

const dirs: string[] = [];
function tempStorePath(): string {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-store-"));
  dirs.push(dir);
  return join(dir, "nested", "test.duckdb");
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const N = Number.NaN;
const d = dayNumber;

interface Row {
  day: string;
  close: number;
  open?: number;
  high?: number;
  low?: number;
  volume?: number;
  flags?: number;
}

function series(symbol: string, rows: readonly Row[], withOhlc = true): PriceSeries {
  const col = (f: "open" | "high" | "low" | "volume") => Float64Array.from(rows, (r) => r[f] ?? N);
  return {
    symbol,
    dates: Int32Array.from(rows, (r) => d(r.day)),
    close: Float64Array.from(rows, (r) => r.close),
    ...(withOhlc ? { open: col("open"), high: col("high"), low: col("low"), volume: col("volume") } : {}),
    flags: Uint8Array.from(rows, (r) => r.flags ?? 0),
  };
}

function batch(prices: PriceSeries[], factors: FactorTable[] = [], file = "test.csv"): ImportBatch {
  return { file, format: "test", prices, factors, rowsRead: 0, skipped: [] };
}

const baiduHk = series("9888.HK", [
  { day: "2025-02-13", close: 92.0, open: 90, high: 93, low: 89.5, volume: 1e7 },
  { day: "2025-02-14", close: 95.6, open: 92, high: 96, low: 91, volume: 2e7 },
  { day: "2025-02-17", close: 88.97, open: 94, high: 94.5, low: 88, volume: 3e7 },
  { day: "2025-02-18", close: N, open: N, high: N, low: N, volume: 0, flags: DAY_FLAGS.noTrade },
  { day: "2025-02-19", close: 90.1, open: 89, high: 91, low: 88.9, volume: 1.5e7 },
]);
const bidu = series(
  "BIDU",
  [
    { day: "2025-02-13", close: 93.1 },
    { day: "2025-02-14", close: 97.2 },
    { day: "2025-02-18", close: 90.5 },
  ],
  false,
);
const ff: FactorTable = {
  name: "F-F_Research_Data_Factors_daily",
  dates: Int32Array.from(["2025-02-13", "2025-02-14", "2025-02-18"], d),
  columns: {
    "Mkt-RF": Float64Array.of(0.011, -0.002, 0.003),
    RF: Float64Array.of(0.00017, 0.00017, N),
  },
};

describe("openStore and migrations", () => {
  it("creates a store at the latest version and re-opens it unchanged", async () => {
    const path = tempStorePath();
    const store = await openStore(path);
    expect(store.version).toBe(LATEST_VERSION);
    expect(store.path).toBe(path);
    const counts = await store.counts();
    expect(counts).toMatchObject({ schema_version: MIGRATIONS.length, exchanges: EXCHANGES.length, prices: 0, securities: 0 });
    store.close();

    const again = await openStore(path);
    expect(again.version).toBe(LATEST_VERSION);
    expect(await again.counts()).toEqual(counts);
    again.close();
  });

  it("refuses a second open of a file this process holds, with the coded busy error, until the first is closed", async () => {
    const path = tempStorePath();
    const first = await openStore(path);
    await first.studies.save({ event: {} }, { headline: "first" });
    // Opened twice at once, DuckDB would give each its own copy: the second's writes would overwrite the first's.
    const [err, alsoErr] = await Promise.all([openStore(path, { lockWaitMs: 150 }).catch((e: unknown) => e), openStore(path, { lockWaitMs: 150 }).catch((e: unknown) => e)]);
    for (const e of [err, alsoErr]) {
      expect(e).toBeInstanceOf(StoreError);
      expect(e).toMatchObject({ code: "busy", location: { file: path } });
      expect((e as Error).message).toMatch(/^the store .+ is in use by this process, which has it open already; waited 0\.\d s: try again when it has finished, or use another store with --store$/);
    }
    // A second open that waits long enough gets the store once the first closes it, with what the first wrote.
    const waiting = openStore(path, { lockWaitMs: 5000 });
    setTimeout(() => first.close(), 100);
    const second = await waiting;
    expect((await second.counts()).studies).toBe(1);
    second.close();
    // Stores in memory are each their own database.
    const a = await openStore(":memory:");
    const b = await openStore(":memory:");
    a.close();
    b.close();
  });

  it("writes the same exchange rows as the securities module", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    await migrate(c);
    const rows = (await c.runAndReadAll("SELECT mic, name, country, currency, time_zone, benchmark FROM exchanges ORDER BY mic")).getRowObjectsJS();
    expect(rows).toEqual(
      [...EXCHANGES]
        .sort((a, b) => a.mic.localeCompare(b.mic))
        .map((e) => ({ mic: e.mic, name: e.name, country: e.country, currency: e.currency, time_zone: e.timeZone, benchmark: e.benchmark })),
    );
    c.closeSync();
    instance.closeSync();
  });

  it("rolls back a failing migration and keeps the version before it", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    const good = { version: 1, description: "one", statements: ["CREATE TABLE a (x INTEGER)"] };
    const bad = { version: 2, description: "two", statements: ["CREATE TABLE b (x INTEGER)", "INSERT INTO nowhere VALUES (1)"] };
    await expect(migrate(c, [good, bad])).rejects.toThrow(/migration 2 \(two\) failed/);
    expect(await schemaVersion(c)).toBe(1);
    const tables = (await c.runAndReadAll("SELECT table_name FROM information_schema.tables ORDER BY 1")).getColumnsJS()[0];
    expect(tables).toEqual(["a", "schema_version"]);
    await expect(migrate(c, [good])).resolves.toBe(1);
    await expect(migrate(c, [])).rejects.toThrow(/newer than this aftershock knows/);
    c.closeSync();
    instance.closeSync();
  });

  it("takes its path from the argument, then $AFTERSHOCK_STORE, then ./aftershock.duckdb", async () => {
    try {
      vi.stubEnv(STORE_ENV, undefined);
      expect(storePath()).toBe(join(process.cwd(), "aftershock.duckdb"));
      const fromEnv = tempStorePath();
      vi.stubEnv(STORE_ENV, fromEnv);
      expect(storePath()).toBe(fromEnv);
      expect(storePath("x/y.duckdb")).toBe(join(process.cwd(), "x/y.duckdb"));
      const store = await openStore();
      expect(store.path).toBe(fromEnv);
      store.close();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("importBatch", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(tempStorePath());
  });
  afterEach(() => store.close());

  it("inserts, registers securities and issuers, and is idempotent", async () => {
    const first = await store.importBatch(batch([baiduHk, bidu], [ff]));
    expect(first).toMatchObject({
      file: "test.csv",
      inserted: 8,
      unchanged: 0,
      changedRows: 0,
      changedCount: 0,
      changed: [],
      factors: { inserted: 6, unchanged: 0, changed: 0 },
      securitiesAdded: ["9888.HK", "BIDU"],
    });
    const counts = await store.counts();
    expect(counts).toMatchObject({ prices: 8, securities: 2, issuers: 1, factors: 6 });

    const second = await store.importBatch(batch([baiduHk, bidu], [ff]));
    expect(second).toMatchObject({
      inserted: 0,
      unchanged: 8,
      changedRows: 0,
      changedCount: 0,
      changed: [],
      factors: { inserted: 0, unchanged: 6, changed: 0 },
      securitiesAdded: [],
    });
    expect(await store.counts()).toEqual(counts);
  });

  it("describes new securities from the master and links cross-listings", async () => {
    await store.importBatch(batch([baiduHk, bidu, series("AAPL", [{ day: "2025-02-14", close: 244.6 }])]));
    expect(await store.securities.get("9888.HK")).toMatchObject({
      kind: "equity",
      mic: "XHKG",
      currency: "HKD",
      issuerId: "baidu",
      issuerName: "Baidu, Inc.",
      listingDay: d("2021-03-23"),
    });
    expect(await store.securities.get("BIDU")).toMatchObject({ kind: "adr", mic: "XNAS", currency: "USD", listingDay: d("2005-08-05") });
    expect(await store.securities.get("AAPL")).toMatchObject({ kind: "equity", mic: null, country: "US", issuerId: null, name: null });
    expect(await store.securities.get("TSLA")).toBeUndefined();
    expect(await store.securities.crossListings("9888.HK")).toEqual(["BIDU"]);
    expect(await store.securities.crossListings("BIDU")).toEqual(["9888.HK"]);
    expect(await store.securities.crossListings("AAPL")).toEqual([]);
    expect(await store.securities.symbols()).toEqual(["9888.HK", "AAPL", "BIDU"]);
  });

  it("reports changed values field by field and applies them", async () => {
    await store.importBatch(batch([baiduHk, bidu], [ff]));
    const corrected = series("9888.HK", [
      { day: "2025-02-14", close: 95.6, open: 92, high: 96, low: 91, volume: 2e7 },
      { day: "2025-02-17", close: 88.9, open: 94, high: 94.5, low: 88, volume: N, flags: DAY_FLAGS.rangeMissing },
      { day: "2025-02-18", close: N, open: N, high: N, low: N, volume: 0, flags: DAY_FLAGS.noTrade },
      { day: "2025-02-20", close: 91, open: 90, high: 92, low: 89, volume: 1e7 },
    ]);
    const ff2: FactorTable = { ...ff, columns: { ...ff.columns, RF: Float64Array.of(0.00017, 0.00018, N) } };
    const report = await store.importBatch(batch([corrected], [ff2]));
    expect(report).toMatchObject({ inserted: 1, unchanged: 2, changedRows: 1, changedCount: 4, securitiesAdded: [] });
    expect(report.factors).toEqual({ inserted: 0, unchanged: 5, changed: 1 });
    expect(report.changed).toEqual([
      { table: "prices", symbol: "9888.HK", day: d("2025-02-17"), field: "close", old: 88.97, new: 88.9 },
      { table: "prices", symbol: "9888.HK", day: d("2025-02-17"), field: "volume", old: 3e7, new: null },
      { table: "prices", symbol: "9888.HK", day: d("2025-02-17"), field: "flags", old: 0, new: DAY_FLAGS.rangeMissing },
      { table: "factors", symbol: ff.name, day: d("2025-02-14"), field: "RF", old: 0.00017, new: 0.00018 },
    ]);
    const panel = await store.prices.readPanel(["9888.HK"]);
    expect(Array.from(panel.get("9888.HK")!.values)).toEqual([92, 95.6, 88.9, 90.1, 91]);
    const volume = await store.prices.readPanel(["9888.HK"], { field: "volume" });
    expect(Array.from(volume.get("9888.HK")!.dates)).toEqual(["2025-02-13", "2025-02-14", "2025-02-18", "2025-02-19", "2025-02-20"].map(d));
    expect((await store.factors.read(ff.name))!.columns["RF"]![1]).toBe(0.00018);

    const listedOne = await store.importBatch(batch([baiduHk]), { maxChangesListed: 1 });
    expect(listedOne.changedCount).toBe(3);
    expect(listedOne.changed).toHaveLength(1);
    expect(listedOne.changedRows).toBe(1);
  });

  it("keeps stored OHLC when a close-only series is imported over it", async () => {
    await store.importBatch(batch([baiduHk]));
    const closeOnly = series("9888.HK", [{ day: "2025-02-14", close: 95.6 }, { day: "2025-02-17", close: 89 }], false);
    const report = await store.importBatch(batch([closeOnly]));
    expect(report).toMatchObject({ inserted: 0, unchanged: 1, changedRows: 1, changedCount: 1 });
    expect(report.changed[0]).toMatchObject({ field: "close", old: 88.97, new: 89 });
    const open = await store.prices.readPanel(["9888.HK"], { field: "open" });
    expect(Array.from(open.get("9888.HK")!.values)).toEqual([90, 92, 94, 89]);
  });

  it("stores NaN as NULL and treats NaN against NULL as unchanged", async () => {
    const gappy = series("0700.HK", [
      { day: "2025-02-14", close: 500, open: N, high: N, low: N, volume: N },
      { day: "2025-02-17", close: N, open: N, high: N, low: N, volume: N, flags: DAY_FLAGS.noTrade },
      { day: "2025-02-18", close: 510, open: 505, high: 512, low: N, volume: 0, flags: DAY_FLAGS.rangeMissing },
    ]);
    expect((await store.importBatch(batch([gappy]))).inserted).toBe(3);
    expect(await store.importBatch(batch([gappy]))).toMatchObject({ inserted: 0, unchanged: 3, changedCount: 0 });
    const open = await store.prices.readPanel(["0700.HK"], { field: "open" });
    expect(Array.from(open.get("0700.HK")!.dates)).toEqual([d("2025-02-18")]);
    const low = await store.prices.readPanel(["0700.HK"], { field: "low" });
    expect(low.has("0700.HK")).toBe(false);
    const close = await store.prices.readPanel(["0700.HK"]);
    expect(Array.from(close.get("0700.HK")!.values)).toEqual([500, 510]);
    // A value that becomes missing is a change to null.
    const blanked = series("0700.HK", [{ day: "2025-02-14", close: N, open: N, high: N, low: N, volume: N }]);
    const report = await store.importBatch(batch([blanked]));
    expect(report.changed).toEqual([{ table: "prices", symbol: "0700.HK", day: d("2025-02-14"), field: "close", old: 500, new: null }]);
  });

  it("leaves the store as it was when a constraint fails in the second series", async () => {
    await store.importBatch(batch([baiduHk]));
    const before = await store.counts();
    const changedBaidu = series("9888.HK", [{ day: "2025-02-14", close: 1, open: 1, high: 1, low: 1, volume: 1 }]);
    const negativeVolume = series("9988.HK", [{ day: "2025-02-14", close: 120, open: 119, high: 121, low: 118, volume: -5 }]);
    await expect(store.importBatch(batch([changedBaidu, negativeVolume]))).rejects.toThrow(/CHECK constraint/i);
    expect(await store.counts()).toEqual(before);
    expect(await store.securities.symbols()).toEqual(["9888.HK"]);
    expect(Array.from((await store.prices.readPanel(["9888.HK"])).get("9888.HK")!.values)).toEqual([92, 95.6, 88.97, 90.1]);
    // The store still works afterwards.
    expect((await store.importBatch(batch([bidu]))).inserted).toBe(3);
  });

  it("rolls back a failure thrown mid-way, after prices were written", async () => {
    await store.importBatch(batch([baiduHk], [ff]));
    const before = await store.counts();
    const changed = series("9888.HK", [{ day: "2025-02-14", close: 1, open: 1, high: 1, low: 1, volume: 1 }]);
    for (const step of ["securities", "prices", "factors"] as const) {
      await expect(
        store.importBatch(batch([changed, bidu], [{ ...ff, name: "other" }]), {
          checkpoint: (at) => {
            if (at === step) throw new Error(`injected at ${at}`);
          },
        }),
      ).rejects.toThrow(`injected at ${step}`);
      expect(await store.counts(), step).toEqual(before);
      expect((await store.prices.readPanel(["9888.HK"])).get("9888.HK")!.values[1]).toBe(95.6);
      expect(await store.factors.tables()).toEqual([ff.name]);
    }
  });

  it("refuses a malformed batch with an InputError before touching the store", async () => {
    const before = await store.counts();
    const cases: [ImportBatch, RegExp][] = [
      [batch([{ ...bidu, dates: Int32Array.of(3, 2, 4) }]), /dates not ascending/],
      [batch([{ ...bidu, flags: new Uint8Array(2) }]), /2 flags for 3 dates/],
      [batch([{ ...baiduHk, open: new Float64Array(1) }]), /1 open values for 5 dates/],
      [batch([{ ...bidu, close: Float64Array.of(1, Infinity, 2) }]), /infinite close/],
      [batch([bidu, bidu]), /appears twice/],
      [batch([{ ...bidu, symbol: "bidu" }]), /unrecognised symbol/],
      [batch([], [{ ...ff, columns: { x: new Float64Array(1) } }]), /1 values for 3 dates/],
    ];
    for (const [bad, message] of cases) {
      let error: unknown;
      try {
        await store.importBatch(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).file).toBe("test.csv");
    }
    expect(await store.counts()).toEqual(before);
  });

  it("serialises concurrent imports on one store", async () => {
    const reports = await Promise.all([store.importBatch(batch([baiduHk])), store.importBatch(batch([baiduHk])), store.prices.readPanel(["9888.HK"])]);
    expect(reports[0].inserted + reports[1].inserted).toBe(5);
    expect(await store.counts()).toMatchObject({ prices: 5, securities: 1 });
  });
});

describe("several feeds of one symbol", () => {
  const short = series("BIDU", [
    { day: "2025-02-14", close: 100 },
    { day: "2025-02-18", close: 98 },
  ], false);
  const long = series("BIDU", [
    { day: "2025-02-13", close: 99.5 },
    { day: "2025-02-14", close: 100.2 },
    { day: "2025-02-18", close: 98.1 },
  ], false);

  it("keeps each feed's values apart, so importing both again changes nothing", async () => {
    const store = await openStore(tempStorePath());
    try {
      await store.importBatch(batch([short], [], "/data/us-ohlc/BIDU.csv"));
      await store.importBatch(batch([long], [], "/data/us/BIDU.csv"));
      const again = [
        await store.importBatch(batch([short], [], "/elsewhere/us-ohlc/BIDU.csv")),
        await store.importBatch(batch([long], [], "/data/us/BIDU.csv")),
      ];
      expect(again.map((r) => [r.inserted, r.changedCount])).toEqual([[0, 0], [0, 0]]);
      expect((await store.counts()).prices).toBe(5);
    } finally {
      store.close();
    }
  });

  it("reads the feed with the most rows unless one is named", async () => {
    const store = await openStore(tempStorePath());
    try {
      await store.importBatch(batch([short], [], "/data/us-ohlc/BIDU.csv"));
      await store.importBatch({ ...batch([long], [], "/data/us/BIDU.csv"), source: "vendor" });
      const most = (await store.prices.readPanel(["BIDU"])).get("BIDU")!;
      expect(Array.from(most.values)).toEqual([99.5, 100.2, 98.1]);
      expect(most.source).toBe("vendor");
      const named = (await store.prices.readPanel(["BIDU"], { source: "us-ohlc/BIDU.csv" })).get("BIDU")!;
      expect(Array.from(named.values)).toEqual([100, 98]);
      expect(named.source).toBe("us-ohlc/BIDU.csv");
    } finally {
      store.close();
    }
  });
});

describe("reads", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(tempStorePath());
    await store.importBatch(batch([baiduHk, bidu], [ff]));
  });
  afterEach(() => store.close());

  it("returns closes as typed arrays, ascending, without no-trade days", async () => {
    const panel = await store.prices.readPanel(["BIDU", "9888.HK", "NOPE", "BIDU"]);
    expect([...panel.keys()]).toEqual(["BIDU", "9888.HK"]);
    const hk = panel.get("9888.HK")!;
    expect(hk.dates).toBeInstanceOf(Int32Array);
    expect(hk.values).toBeInstanceOf(Float64Array);
    expect(Array.from(hk.dates)).toEqual(["2025-02-13", "2025-02-14", "2025-02-17", "2025-02-19"].map(d));
    expect(Array.from(hk.values)).toEqual([92, 95.6, 88.97, 90.1]);
    expect(Array.from(panel.get("BIDU")!.values)).toEqual([93.1, 97.2, 90.5]);
  });

  it("limits to a day range, inclusive", async () => {
    const panel = await store.prices.readPanel(["9888.HK", "BIDU"], { from: d("2025-02-14"), to: d("2025-02-18") });
    expect(Array.from(panel.get("9888.HK")!.dates)).toEqual([d("2025-02-14"), d("2025-02-17")]);
    expect(Array.from(panel.get("BIDU")!.dates)).toEqual([d("2025-02-14"), d("2025-02-18")]);
    expect((await store.prices.readPanel([])).size).toBe(0);
  });

  it("reads a factor table back as columns, NaN where missing", async () => {
    const table = (await store.factors.read(ff.name))!;
    expect(table.name).toBe(ff.name);
    expect(Array.from(table.dates)).toEqual(Array.from(ff.dates));
    expect(Object.keys(table.columns).sort()).toEqual(["Mkt-RF", "RF"]);
    expect(Array.from(table.columns["Mkt-RF"]!)).toEqual([0.011, -0.002, 0.003]);
    expect(Array.from(table.columns["RF"]!)).toEqual([0.00017, 0.00017, N]);
    expect(await store.factors.read("missing")).toBeUndefined();
  });

  it("refuses to work once closed", async () => {
    store.close();
    await expect(store.securities.symbols()).rejects.toThrow(/closed/);
  });
});

// Timings of this size are printed by bench/store.ts, not asserted here.
describe("a panel the size of the S&P 500 sample (505 symbols × 1,259 days)", () => {
  it("imports, reads back every series and re-imports with no change", async () => {
    const symbols = Array.from({ length: 505 }, (_, i) => `S${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    const days = 1259;
    const start = d("2013-02-08");
    const prices = symbols.map((symbol, s): PriceSeries => {
      const dates = new Int32Array(days);
      const close = new Float64Array(days);
      const open = new Float64Array(days);
      const high = new Float64Array(days);
      const low = new Float64Array(days);
      const volume = new Float64Array(days);
      const flags = new Uint8Array(days);
      let price = 20 + s;
      for (let i = 0; i < days; i++) {
        dates[i] = start + Math.floor((i * 7) / 5);
        price *= 1 + Math.sin(i * 0.37 + s) * 0.01;
        close[i] = i % 211 === 0 ? N : price;
        open[i] = price * 0.995;
        high[i] = price * 1.01;
        low[i] = price * 0.99;
        volume[i] = 1e6 + ((i * 7919 + s) % 1000) * 1e3;
        flags[i] = i % 211 === 0 ? DAY_FLAGS.noTrade : 0;
      }
      return { symbol, dates, close, open, high, low, volume, flags };
    });
    const big = batch(prices, [], "all_stocks_5yr.csv");
    const store = await openStore(tempStorePath());
    try {
      const report = await store.importBatch(big);
      expect(report.inserted).toBe(505 * 1259);
      expect(report.securitiesAdded).toHaveLength(505);

      const panel: Map<string, Series> = await store.prices.readPanel(symbols);
      expect(panel.size).toBe(505);
      const first = panel.get(symbols[0]!)!;
      expect(first.dates.length).toBe(1259 - 6);
      expect(first.values[0]).toBe(prices[0]!.close[1]);

      const again = await store.importBatch(big);
      expect(again).toMatchObject({ inserted: 0, unchanged: 505 * 1259, changedCount: 0 });
    } finally {
      store.close();
    }
  });
});

describe("studies", () => {
  const schemas = {
    spec: z.object({ event: z.looseObject({}), options: z.looseObject({}).optional() }),
    result: z.object({ headline: z.string(), values: z.array(z.union([z.number(), z.string(), z.null()])).optional() }),
  };

  it("saves a study and loads it back by id, parsed with its schemas, with ids from the sequence and the creation time in UTC", async () => {
    const store = await openStore(":memory:");
    try {
      const created = new Date("2025-02-18T09:30:00.123Z");
      const spec = { event: { title: "Xi meets tech bosses" }, options: { windows: [[0, 0]] } };
      const result = { headline: "Absent fell 6.94 %", values: [1.5, null, "百度"] };
      const first = await store.studies.save(spec, result, created);
      const second = await store.studies.save({ event: {} }, { headline: "second" });
      expect(second).toBe(first + 1);
      expect(await store.studies.load(first, schemas)).toEqual({ id: first, created: "2025-02-18T09:30:00.123Z", spec, result });
      const loaded = await store.studies.load(second, schemas);
      expect(loaded?.result).toEqual({ headline: "second" });
      expect(Date.parse(loaded!.created)).toBeGreaterThan(Date.now() - 60_000);
      const json = await store.studies.loadJson(second);
      expect({ ...json, resultJson: new TextDecoder().decode(json!.resultJson!) }).toEqual({ id: second, created: loaded!.created, resultJson: '{"headline":"second"}' });
      // Bytes saved are kept as they are, and read back as the UTF-8 of the JSON text.
      const bytes = new TextEncoder().encode('{"headline":"百度 −6.94 %"}');
      expect(Array.from((await store.studies.loadJson(await store.studies.saveJson({}, bytes)))!.resultJson!)).toEqual(Array.from(bytes));
      expect((await store.counts()).studies).toBe(3);
    } finally {
      store.close();
    }
  });

  it("answers undefined for an unknown or impossible id", async () => {
    const store = await openStore(":memory:");
    try {
      expect(await store.studies.load(1, schemas)).toBeUndefined();
      expect(await store.studies.load(Number.NaN, schemas)).toBeUndefined();
      expect(await store.studies.load(2 ** 60, schemas)).toBeUndefined();
      expect(await store.studies.loadJson(1)).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it("refuses a stored study that does not fit its schema with a coded error naming the row and the field, never a value of the wrong type", async () => {
    const store = await openStore(":memory:");
    try {
      const id = await store.studies.save({ event: {} }, { headline: 42 });
      const err: unknown = await store.studies.load(id, schemas).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: "unreadable-record", location: { file: ":memory:", path: `studies/${id}.result.headline` } });
      expect((err as Error).message).toMatch(new RegExp(`^the store :memory:: studies/${id}\\.result\\.headline does not have the shape this aftershock reads \\(.+\\)$`));
      // The text is still there for whoever reads it as it is.
      expect(new TextDecoder().decode((await store.studies.loadJson(id))!.resultJson!)).toBe('{"headline":42}');
    } finally {
      store.close();
    }
  });

  it("saves concurrent studies each under its own id", async () => {
    const store = await openStore(":memory:");
    try {
      const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => store.studies.save({ event: { i } }, { headline: String(i) })));
      expect(new Set(ids).size).toBe(50);
      for (const [i, id] of ids.entries()) expect((await store.studies.load(id, schemas))?.result).toEqual({ headline: String(i) });
      expect((await store.counts()).studies).toBe(50);
    } finally {
      store.close();
    }
  });
});

describe("extraction cache", () => {
  const documentSchema = z.object({ schema: z.literal("doc/2"), title: z.string() });

  it("gives back a stored document parsed with its schema; one of another shape, or none, is a miss", async () => {
    const store = await openStore(":memory:");
    try {
      expect(await store.extractions.load("k1", documentSchema)).toBeUndefined();
      await store.extractions.save("k1", { schema: "doc/2", title: "Xi meets tech bosses" });
      expect(await store.extractions.load("k1", documentSchema)).toEqual({ schema: "doc/2", title: "Xi meets tech bosses" });
      // Written by an older extractor: read as a miss, so the article is extracted again and the entry replaced.
      await store.extractions.save("k2", { schema: "doc/1", headline: "old" });
      expect(await store.extractions.load("k2", documentSchema)).toBeUndefined();
      await store.extractions.save("k2", { schema: "doc/2", title: "new" });
      expect(await store.extractions.load("k2", documentSchema)).toEqual({ schema: "doc/2", title: "new" });
      expect((await store.counts()).extractions).toBe(2);
    } finally {
      store.close();
    }
  });
});

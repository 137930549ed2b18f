/**
 * Every format on the real files of ../shared/data (skipped when the folder is absent), with the
 * quirks its README lists.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isDirectoryFolder } from "../directory/index.js";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { dayNumber, isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS } from "../priceBatch.js";
import type { ImportBatch, PriceSeries } from "../priceBatch.js";
import { importSummaryText } from "../../shared/importSummary.js";
import { importFile, importSummary } from "./index.js";

const data = shared("data");
const haveData = present(existsSync(data), "../shared/data");
const file = (rel: string): string => path.join(data, rel);

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

function only(batch: ImportBatch): PriceSeries {
  expect(batch.prices).toHaveLength(1);
  return batch.prices[0]!;
}

/** Index of a date in a series, -1 when absent. */
const at = (s: { dates: Int32Array }, iso: string): number => s.dates.indexOf(dayNumber(iso));

const pct = (from: number, to: number): number => Math.round((to / from - 1) * 10000) / 100;

describe.skipIf(!haveData)("importing ../shared/data", () => {
  it("imports every data file; the ticker list is recognized; non-data files are refused cleanly", async () => {
    const formats = new Map<string, number>();
    // securities/ is the securities directory (names, ticker changes, index changes), read by the
    // securities master, not a folder of price files.
    for (const f of walk(data).filter((p) => !path.relative(data, p).startsWith(`securities${path.sep}`))) {
      const rel = path.relative(data, f);
      // The securities directory is not price data: `aftershock import` hands its folder to the directory import.
      if (isDirectoryFolder(path.dirname(f))) continue;
      if (!/\.(csv|parquet)$/i.test(f)) {
        const err: unknown = await importFile(f).catch((e: unknown) => e);
        expect(err, rel).toBeInstanceOf(InputError);
        expect((err as Error).message, rel).toMatch(/cannot tell the format of .*; use --format one of yahoo-three-header, /);
        continue;
      }
      const batch = await importFile(f);
      formats.set(batch.format, (formats.get(batch.format) ?? 0) + 1);
      expect(batch.file).toBe(f);
      expect(importSummaryText(importSummary(batch))).toContain(batch.format);
      for (const s of batch.prices) {
        expect(s.dates.length, `${rel} ${s.symbol}`).toBeGreaterThan(0);
        for (let i = 1; i < s.dates.length; i++) expect(s.dates[i]! > s.dates[i - 1]!).toBe(true);
        for (const col of [s.close, s.open, s.high, s.low, s.volume]) if (col) expect(col.length).toBe(s.dates.length);
        // Closes are positive or missing (NaN), never 0 or negative.
        expect(s.close.every((x) => Number.isNaN(x) || x > 0), rel).toBe(true);
      }
    }
    expect(Object.fromEntries(formats)).toEqual({
      "fama-french": 2,
      "yahoo-three-header": 96,
      "ticker-list": 1,
      "date-open-close-volume": 5,
      "long-panel": 1,
      "date-close": 15,
      "ohlc-timestamped": 14,
    });
  });

  it("hk/universe.csv is a ticker list: no prices, said plainly", async () => {
    const batch = await importFile(file("hk/universe.csv"));
    expect(batch).toMatchObject({ format: "ticker-list", prices: [], factors: [], rowsRead: 503, skipped: [] });
    expect(importSummaryText(importSummary(batch))).toContain("a list of 503 tickers, not a price file: nothing imported");
  });
});

describe.skipIf(!haveData)("hk/ (yahoo-three-header)", () => {
  it("takes the symbol from the Ticker row, keeping the leading zero", async () => {
    const batch = await importFile(file("hk/0700.HK.csv"));
    expect(batch.format).toBe("yahoo-three-header");
    const s = only(batch);
    expect(s.symbol).toBe("0700.HK");
    expect(isoDate(s.dates[0]!)).toBe("2009-01-02");
    expect(s.close[0]).toBe(8.942157745361328);
    expect(s.open![0]).toBe(8.59822825919372);
    expect(s.volume![0]).toBe(18318584);
    expect(isoDate(s.dates.at(-1)!)).toBe("2025-10-30");
  });

  it("skips the empty Saturday rows (2011-12-24, 2011-12-31) as holidays", async () => {
    const batch = await importFile(file("hk/0700.HK.csv"));
    expect(batch.skipped).toEqual([
      { line: 745, reason: "no values (holiday row)" },
      { line: 749, reason: "no values (holiday row)" },
    ]);
    expect(at(only(batch), "2011-12-24")).toBe(-1);
    expect(batch.rowsRead).toBe(4151);
  });

  it("9988.HK on 2020-12-24 (half-day, zero volume, flat bar): a real close that moved -7.97 %, range missing", async () => {
    const s = only(await importFile(file("hk/9988.HK.csv")));
    const i = at(s, "2020-12-24");
    expect(s.flags[i]).toBe(DAY_FLAGS.rangeMissing);
    expect(s.close[i]).toBe(227.10289001464844);
    expect(pct(s.close[i - 1]!, s.close[i]!)).toBe(-7.97);
    expect(s.open![i]).toBeNaN();
    expect(s.high![i]).toBeNaN();
    expect(s.low![i]).toBeNaN();
    expect(s.volume![i]).toBeNaN();
    expect(s.flags[i - 1]).toBe(0);
  });

  it("2688.HK suspended 2025-03-19..26 (zero volume, close unchanged): no trade, close missing", async () => {
    const s = only(await importFile(file("hk/2688.HK.csv")));
    const suspended = ["2025-03-19", "2025-03-20", "2025-03-21", "2025-03-24", "2025-03-25", "2025-03-26"];
    for (const d of suspended) {
      const i = at(s, d);
      expect(i, d).toBeGreaterThan(0);
      expect(s.flags[i], d).toBe(DAY_FLAGS.noTrade);
      expect(s.close[i], d).toBeNaN();
      expect(s.open![i], d).toBeNaN();
      expect(s.volume![i], d).toBe(0);
    }
    expect(s.flags[at(s, "2025-03-18")]).toBe(0);
    expect(s.close[at(s, "2025-03-18")]).toBe(56.71554946899414);
    expect(s.flags[at(s, "2025-03-27")]).toBe(0);
    expect(s.close[at(s, "2025-03-27")]).toBe(62.96427917480469);
  });

  it("1997.HK's placeholder rows before its first trade are no-trade days", async () => {
    const s = only(await importFile(file("hk/1997.HK.csv")));
    expect(isoDate(s.dates[0]!)).toBe("2017-11-15");
    expect(s.flags[0]).toBe(DAY_FLAGS.noTrade);
    expect(s.close[0]).toBeNaN();
  });

  it("the seed event: close-to-close 2025-02-14 -> 2025-02-17 as the README states", async () => {
    const expected: Record<string, number> = {
      "9888.HK": -6.94,
      "9618.HK": -3.6,
      "0700.HK": 4.0,
      "9988.HK": -1.5,
      "1211.HK": -2.5,
      "1810.HK": 1.0,
    };
    for (const [symbol, move] of Object.entries(expected)) {
      const s = only(await importFile(file(`hk/${symbol}.csv`)));
      const [a, b] = [at(s, "2025-02-14"), at(s, "2025-02-17")];
      expect(b, symbol).toBe(a + 1);
      const digits = symbol === "9888.HK" ? 2 : 1;
      expect(Math.round((s.close[b]! / s.close[a]! - 1) * 100 * 10 ** digits) / 10 ** digits, symbol).toBe(move);
    }
    const hsi = only(await importFile(file("indices/HSI.csv")));
    expect(pct(hsi.close[at(hsi, "2025-02-14")]!, hsi.close[at(hsi, "2025-02-17")]!)).toBe(-0.02);
  });
});

describe.skipIf(!haveData)("indices/ (date-open-close-volume)", () => {
  it("names each series from its file: ^HSI, ^GSPC, ^CSI300, ^NDX and the currency pair USDCNY=X", async () => {
    const names: Record<string, string> = {
      HSI: "^HSI",
      GSPC: "^GSPC",
      CSI_300: "^CSI300",
      NDX: "^NDX",
      USD_CNY: "USDCNY=X",
    };
    for (const [base, symbol] of Object.entries(names)) {
      const batch = await importFile(file(`indices/${base}.csv`));
      expect(batch.format).toBe("date-open-close-volume");
      expect(only(batch).symbol).toBe(symbol);
      expect(only(batch).high).toBeUndefined();
    }
  });

  it("HSI has no 1987-01-01 row: the empty holiday rows are skipped and counted", async () => {
    const batch = await importFile(file("indices/HSI.csv"));
    const s = only(batch);
    expect(at(s, "1987-01-01")).toBe(-1);
    expect(isoDate(s.dates[0]!)).toBe("1986-12-31");
    expect(s.close[0]).toBe(2568.3);
    expect(batch.skipped[0]).toEqual({ line: 3, reason: "no values (holiday row)" });
    expect(batch.skipped).toHaveLength(252);
    expect(batch.rowsRead).toBe(s.dates.length + 252);
    expect(s.flags.every((f) => f === 0)).toBe(true);
    expect(importSummaryText(importSummary(batch))).toContain("252 no values (holiday row) (line 3, 23, 24, 70, 79 and 247 more)");
  });
});

describe.skipIf(!haveData)("us/ (date-close) and us-ohlc/ (ohlc-timestamped)", () => {
  it("us/BIDU has no 2025-02-17 row (Presidents' Day); the symbol is the file name", async () => {
    const batch = await importFile(file("us/BIDU.csv"));
    expect(batch.format).toBe("date-close");
    const s = only(batch);
    expect(s.symbol).toBe("BIDU");
    expect(at(s, "2025-02-17")).toBe(-1);
    expect(s.close[at(s, "2025-02-14")]).toBe(97.4800033569336);
    expect(s.open).toBeUndefined();
  });

  it("TME's repeated close (2025-02-14 and 2025-02-18) is kept: a close-only file cannot tell a stale price", async () => {
    const s = only(await importFile(file("us/TME.csv")));
    expect(s.close[at(s, "2025-02-18")]).toBe(s.close[at(s, "2025-02-14")]);
    expect(s.flags[at(s, "2025-02-18")]).toBe(0);
  });

  it("us-ohlc/BIDU: dates as written, close = Adj Close, raw OHLC and volume kept", async () => {
    const batch = await importFile(file("us-ohlc/BIDU.csv"));
    expect(batch.format).toBe("ohlc-timestamped");
    const s = only(batch);
    expect(s.symbol).toBe("BIDU");
    expect(isoDate(s.dates[0]!)).toBe("2020-07-27");
    expect([s.open![0], s.high![0], s.low![0], s.close[0], s.volume![0]]).toEqual([116.645, 117.27, 114.905, 115.9, 76071]);
  });

  it("us-ohlc/SPY's stray first row (2018-11-01, then nothing until 2020-07-27) is left out and reported", async () => {
    const batch = await importFile(file("us-ohlc/SPY.csv"));
    expect(isoDate(only(batch).dates[0]!)).toBe("2020-07-27");
    expect(batch.skipped).toEqual([{ line: 2, reason: "isolated first row (more than 30 days before the next row)" }]);
  });
});

describe.skipIf(!haveData)("factors/ (fama-french)", () => {
  it("reads the daily 3 factors as fractions: 19260701 Mkt-RF 0.09 % = 0.0009", async () => {
    const batch = await importFile(file("factors/F-F_Research_Data_Factors_daily.csv"));
    expect(batch.format).toBe("fama-french");
    expect(batch.prices).toEqual([]);
    const t = batch.factors[0]!;
    expect(t.name).toBe("F-F_Research_Data_Factors_daily");
    expect(Object.keys(t.columns)).toEqual(["Mkt-RF", "SMB", "HML", "RF"]);
    expect(isoDate(t.dates[0]!)).toBe("1926-07-01");
    expect(t.columns["Mkt-RF"]![0]).toBe(0.0009);
    expect(t.columns["SMB"]![0]).toBe(-0.0025);
    expect(t.columns["HML"]![0]).toBe(-0.0027);
    expect(t.columns["RF"]![0]).toBe(0.0001);
    expect(isoDate(t.dates.at(-1)!)).toBe("2026-04-30");
    expect(t.columns["Mkt-RF"]!.at(-1)).toBe(0.0113);
    expect(t.dates.length).toBe(26233);
    expect(batch.rowsRead).toBe(26233);
    expect(batch.skipped).toEqual([{ line: 26240, reason: "text after the data block (footer or a further section), ignored" }]);
  });

  it("reads the momentum file, naming its column MOM", async () => {
    const batch = await importFile(file("factors/F-F_Momentum_Factor_daily.csv"));
    const t = batch.factors[0]!;
    expect(Object.keys(t.columns)).toEqual(["MOM"]);
    expect(isoDate(t.dates[0]!)).toBe("1926-11-03");
    expect(t.columns["MOM"]![0]).toBe(0.0054);
    expect(t.columns["MOM"]![1]).toBe(-0.0051);
    expect(t.columns["MOM"]!.every(Number.isFinite)).toBe(true);
  });
});

describe.skipIf(!haveData)("sp500-2013-2018/ (long-panel)", () => {
  // Its speed is measured by `npm run bench:import`, not asserted here.
  it("reads 619,040 rows into 505 symbols", async () => {
    const batch = await importFile(file("sp500-2013-2018/all_stocks_5yr.csv"));
    expect(batch.format).toBe("long-panel");
    expect(batch.rowsRead).toBe(619040);
    expect(batch.prices).toHaveLength(505);
    expect(batch.skipped).toEqual([]);
    expect(batch.prices.reduce((n, s) => n + s.dates.length, 0)).toBe(619040);
    const aal = batch.prices.find((s) => s.symbol === "AAL")!;
    expect([aal.open![0], aal.high![0], aal.low![0], aal.close[0], aal.volume![0]]).toEqual([15.07, 15.12, 14.63, 14.75, 8407500]);
  });

  it("the 11 rows lacking open/high/low keep their close, flagged (a moved close: range missing; unchanged with zero volume: no trade)", async () => {
    const batch = await importFile(file("sp500-2013-2018/all_stocks_5yr.csv"));
    const get = (symbol: string) => batch.prices.find((s) => s.symbol === symbol)!;
    const cases: [string, string, number][] = [
      ["BHF", "2017-07-26", DAY_FLAGS.rangeMissing],
      ["DHR", "2015-07-17", DAY_FLAGS.rangeMissing],
      ["ES", "2015-07-17", DAY_FLAGS.rangeMissing],
      ["O", "2015-07-17", DAY_FLAGS.rangeMissing],
      ["REGN", "2015-06-09", DAY_FLAGS.rangeMissing],
      ["VRTX", "2015-05-12", DAY_FLAGS.rangeMissing],
      ["WRK", "2015-06-26", DAY_FLAGS.rangeMissing],
      ["DHR", "2016-01-12", DAY_FLAGS.rangeMissing], // zero volume, close moved 88.45 -> 88.55
      ["O", "2016-01-12", DAY_FLAGS.rangeMissing],
      // First rows of new listings, zero volume, no earlier close: nothing is known to have traded.
      ["UA", "2016-04-07", DAY_FLAGS.noTrade],
      ["FTV", "2016-07-01", DAY_FLAGS.noTrade],
    ];
    for (const [symbol, day, flag] of cases) {
      const s = get(symbol);
      const i = at(s, day);
      expect(s.flags[i], `${symbol} ${day}`).toBe(flag);
      if (flag === DAY_FLAGS.noTrade) expect(s.close[i], `${symbol} ${day}`).toBeNaN();
      else expect(s.close[i], `${symbol} ${day}`).toBeGreaterThan(0);
      expect(s.open![i], `${symbol} ${day}`).toBeNaN();
    }
    expect(get("BHF").close[at(get("BHF"), "2017-07-26")]).toBe(69.0842);
    const flagged = batch.prices.reduce((n, s) => n + s.flags.filter((f) => f !== 0).length, 0);
    expect(flagged).toBe(11);
  });
});

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { tempFixtures } from "../../../test/support/tempFixtures.js";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { FORMAT_NAMES, importFile, importText } from "./index.js";
import type { FormatName } from "./index.js";

const data = shared("data");
const haveData = present(existsSync(data), "../shared/data");

const fixture = tempFixtures("aftershock-import-");

async function failure(file: string, format?: FormatName): Promise<InputError> {
  const err: unknown = await importFile(file, format === undefined ? {} : { format }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

describe("importFile", () => {
  it("detects the format, or takes it from options.format", async () => {
    const file = await fixture("BIDU.csv", "Date,Close\n2025-02-14,97.48\n2025-02-18,96.5\n");
    const b = await importFile(file);
    expect(b).toMatchObject({ file, format: "date-close", rowsRead: 2, skipped: [] });
    expect(b.prices[0]!.symbol).toBe("BIDU");
    // The same file forced as a wide file: the column header names the series.
    const wide = await importFile(file, { format: "wide" });
    expect(wide.format).toBe("wide");
    expect(wide.prices[0]!.symbol).toBe("Close");
    expect((await importFile(file, { symbol: "BIDU.O" })).prices[0]!.symbol).toBe("BIDU.O");
  });

  it("maps the index files' names to symbols, and keeps unknown names", () => {
    const text = "date,open,close,volume\n2020-01-02,1,2,0\n2020-01-03,,,\n";
    expect(importText(text, "d/CSI_300.csv").prices[0]!.symbol).toBe("^CSI300");
    expect(importText(text, "d/USD_CNY.csv").prices[0]!.symbol).toBe("USDCNY=X");
    expect(importText(text, "d/STI.csv").prices[0]!.symbol).toBe("STI");
  });

  it("refuses an unknown format name, an unreadable file, an unknown layout", async () => {
    const file = await fixture("notes.txt", "hello\nworld\n");
    const bad = await importFile(file, { format: "xlsx" as FormatName }).catch((e: unknown) => e);
    expect((bad as Error).message).toBe(`${file}: unknown format "xlsx"; use one of ${FORMAT_NAMES.join(", ")}`);
    expect((await failure(`${path.dirname(await fixture("present.csv", "x"))}/none.csv`)).message).toMatch(/cannot read file: ENOENT/);
    expect((await failure(file)).message).toBe(
      `${file}: cannot tell the format of ${file}; use --format one of ${FORMAT_NAMES.join(", ")}`,
    );
    expect((await failure(await fixture("empty.csv", ""))).message).toMatch(/empty\.csv: file is empty$/);
  });
});

describe("corrupt files are refused with file:line: field", () => {
  it("a truncated file (cut in the middle of its last row)", async () => {
    const file = await fixture("cut.csv", "date,open,high,low,close,volume,Name\n2013-02-08,15.07,15.12,14.63,14.75,8407500,AAL\n2013-02-11,14.89,15.0");
    const e = await failure(file);
    expect(e).toMatchObject({ file, line: 3, field: "low" });
    expect(e.message).toBe(`${file}:3: field "low": missing: the row has 3 fields, the header 7 (truncated file? the last line has no line end)`);
  });

  it("a ragged row in the middle", async () => {
    const file = await fixture("ragged.csv", "Date,Close\n2020-01-02,1\n2020-01-03\n2020-01-06,2\n");
    expect((await failure(file)).message).toBe(`${file}:3: field "Close": missing: the row has 1 field, the header 2 (truncated row?)`);
    const extra = await fixture("extra.csv", "Date,Close\n2020-01-02,1,5\n");
    expect((await failure(extra)).message).toMatch(/extra.csv:2: the row has 3 fields, the header only 2/);
  });

  it("wrong columns for a forced format", async () => {
    const file = await fixture("cols.csv", "date,open,shut,volume\n2020-01-02,1,2,3\n");
    expect((await failure(file, "date-open-close-volume")).message).toBe(
      `${file}:1: field "shut": unexpected column: format date-open-close-volume expects the columns date, open, close, volume`,
    );
    expect((await failure(file, "long")).message).toMatch(/cols.csv:1: field "security": no "security" or "ticker" or "symbol" or "name" or "id" column/);
    expect((await failure(file)).message).toMatch(/cannot tell the format/);
    const yahoo = await fixture("y.csv", "Date,Close\n2020-01-02,1\n");
    expect((await failure(yahoo, "yahoo-three-header")).message).toBe(`${yahoo}:1: field "Date": expected "Price" (the first of the three header rows)`);
  });

  it("text in a price field", async () => {
    const file = await fixture("text.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2020-07-27 04:00:00+00:00,1,2,0.5,1.5,1.5,10\n2020-07-28 04:00:00+00:00,1,2,n/a,1.5,1.5,10\n");
    const e = await failure(file);
    expect(e).toMatchObject({ line: 3, field: "Low" });
    expect(e.message).toBe(`${file}:3: field "Low": "n/a" is not a number (missing values may be NA, NaN, null, . or an empty cell)`);
  });

  it("a bad date, a duplicate date, a non-positive price, a negative volume", () => {
    expect(() => importText("Date,Close\n02/01/2020,1\n", "f.csv")).toThrow(/^f.csv:2: field "Date": "02\/01\/2020" is not a date/);
    expect(() => importText("Date,Close\n2020-01-02,1\n2020-01-02,2\n", "f.csv")).toThrow(
      'f.csv:3: field "Date": duplicate date 2020-01-02 for f (also on line 2)',
    );
    expect(() => importText("Date,Close\n2020-01-02,0\n", "f.csv")).toThrow(/^f.csv:2: field "Close": "0" is not a valid price: prices must be positive/);
    expect(() => importText("date,open,close,volume\n2020-01-02,1,1,-5\n", "f.csv")).toThrow('f.csv:2: field "volume": "-5": a volume cannot be negative');
    expect(() => importText("Date,Close\n", "f.csv")).toThrow("f.csv:1: no data rows below the header");
  });
});

describe("generic long files", () => {
  it("read security, date and close (or price/value), optional OHLCV, ignoring other columns, in any row order", () => {
    const text = 'ticker,note,date,price\n0700.HK,"a, b",2020-01-03,2\nAAPL,,2020-01-02,10\n0700.HK,,2020-01-02,1\n';
    const b = importText(text, "long.csv");
    expect(b.format).toBe("long");
    expect(b.prices.map((s) => s.symbol)).toEqual(["0700.HK", "AAPL"]);
    expect([...b.prices[0]!.dates]).toEqual([dayNumber("2020-01-02"), dayNumber("2020-01-03")]);
    expect([...b.prices[0]!.close]).toEqual([1, 2]);
    expect(() => importText("security,date,close\nA,2020-01-02,1\n,2020-01-03,1\n", "f.csv")).toThrow('f.csv:3: field "security": empty security name');
  });
});

describe.skipIf(!haveData)("importText agrees with importFile", () => {
  it("on a real file", async () => {
    const f = path.join(data, "indices/HSI.csv");
    expect(importText(await readFile(f, "utf8"), f)).toEqual(await importFile(f));
  });
});

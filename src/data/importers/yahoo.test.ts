import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { DAY_FLAGS } from "../priceBatch.js";
import { looksLikeYahoo, parseYahooCsv } from "./yahoo.js";

const HEAD = "Price,Close,High,Low,Open,Volume\nTicker,0700.HK,0700.HK,0700.HK,0700.HK,0700.HK\nDate,,,,,\n";

describe("parseYahooCsv", () => {
  it("reads the three header rows, the symbol as written, and the bars", () => {
    const b = parseYahooCsv(`${HEAD}2020-01-02,10,11,9,9.5,100\n2020-01-03,10.5,11,10,10,200\n`, "mem");
    expect(b).toMatchObject({ format: "yahoo-three-header", rowsRead: 2, skipped: [], factors: [] });
    const s = b.prices[0]!;
    expect(s.symbol).toBe("0700.HK");
    expect([...s.dates]).toEqual([dayNumber("2020-01-02"), dayNumber("2020-01-03")]);
    expect([...s.close]).toEqual([10, 10.5]);
    expect([...s.high!]).toEqual([11, 11]);
    expect([...s.low!]).toEqual([9, 10]);
    expect([...s.open!]).toEqual([9.5, 10]);
    expect([...s.volume!]).toEqual([100, 200]);
  });

  it("tells a half-day (close moved) from a suspension (close unchanged) among zero-volume flat bars", () => {
    const text =
      `${HEAD}2020-01-02,10,11,9,9.5,100\n` +
      "2020-01-03,9.2,9.2,9.2,9.2,0\n" + // moved: half-day
      "2020-01-06,9.2,9.2,9.2,9.2,0\n" + // unchanged: nothing traded
      "2020-01-07,9.2,9.2,9.2,9.2,0\n" + // still suspended
      "2020-01-08,9.4,9.5,9,9.2,0\n" + // zero volume but a real range: kept as is
      "2020-01-09,,,,,0\n"; // empty: holiday
    const b = parseYahooCsv(text, "mem");
    const s = b.prices[0]!;
    expect([...s.flags]).toEqual([0, DAY_FLAGS.rangeMissing, DAY_FLAGS.noTrade, DAY_FLAGS.noTrade, 0]);
    expect([...s.close]).toEqual([10, 9.2, NaN, NaN, 9.4]);
    expect([...s.open!]).toEqual([9.5, NaN, NaN, NaN, 9.2]);
    expect([...s.volume!]).toEqual([100, NaN, 0, 0, 0]);
    expect(b.skipped).toEqual([{ line: 9, reason: "no values (holiday row)" }]);
    expect(b.rowsRead).toBe(6);
  });

  it("reads several tickers and prefers Adj Close", () => {
    const text =
      "Price,Adj Close,Close,Close,Volume,Volume\nTicker,A,A,B,A,B\nDate,,,,,\n" + "2020-01-02,9,10,20,1,2\n2020-01-03,9.5,10.5,,3,0\n";
    const b = parseYahooCsv(text, "mem");
    expect(b.prices.map((s) => s.symbol)).toEqual(["A", "B"]);
    expect([...b.prices[0]!.close]).toEqual([9, 9.5]);
    expect([...b.prices[1]!.close]).toEqual([20]);
    expect(b.skipped).toEqual([{ line: 5, reason: "no values (holiday row)" }]);
    expect(b.rowsRead).toBe(2);
  });

  it("works without the Date row", () => {
    const b = parseYahooCsv("Price,Close\nTicker,X\n2020-01-02,1\n", "mem");
    expect(b.prices[0]!.close[0]).toBe(1);
  });

  it("refuses bad content with file:line: field", () => {
    expect(() => parseYahooCsv(`${HEAD}2020-01-02,10,11,9,abc,100\n`, "f.csv")).toThrow(/^f.csv:4: field "Open": "abc" is not a number/);
    expect(() => parseYahooCsv(`${HEAD}2020-01-02,10,11,9\n`, "f.csv")).toThrow(
      'f.csv:4: field "Open": missing: the row has 4 fields, the header 6 (truncated row?)',
    );
    expect(() => parseYahooCsv(`${HEAD}2020-01-02,-1,11,9,9,1\n`, "f.csv")).toThrow(/^f.csv:4: field "Close": "-1" is not a valid price/);
    expect(() => parseYahooCsv(`${HEAD}2020-01-02,1,1,1,1,1\n2020-01-02,1,1,1,1,1\n`, "f.csv")).toThrow(
      'f.csv:5: field "Date": duplicate date 2020-01-02 for 0700.HK (also on line 4)',
    );
    expect(() => parseYahooCsv("Price,High\nTicker,X\n2020-01-02,1\n", "f.csv")).toThrow('f.csv:1: field "Close": no Close column for X');
    expect(() => parseYahooCsv(HEAD, "f.csv")).toThrow("f.csv:3: no data rows below the header rows");
    expect(() => parseYahooCsv("Price,Close\nTicker,\n2020-01-02,1\n", "f.csv")).toThrow('f.csv:2: field "Close": empty ticker');
  });

  it("is recognized by its first two rows", () => {
    expect(looksLikeYahoo([["Price", "Close"], ["Ticker", "X"]])).toBe(true);
    expect(looksLikeYahoo([["Date", "Close"]])).toBe(false);
  });
});

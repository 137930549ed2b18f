import { describe, expect, it } from "vitest";
import { isTickerListHeader, parseTickerList, parseTickerListBatch } from "./tickerList.js";

describe("ticker lists", () => {
  it("lists the tickers as written and imports as a batch without prices", () => {
    expect(parseTickerList("ticker\n0001.HK\n\n0700.HK\n", "u.csv")).toEqual(["0001.HK", "0700.HK"]);
    expect(parseTickerListBatch("Symbol\nAAPL\n", "u.csv")).toEqual({
      file: "u.csv",
      format: "ticker-list",
      prices: [],
      factors: [],
      rowsRead: 1,
      skipped: [],
    });
  });

  it("recognizes its header and refuses anything else", () => {
    expect(isTickerListHeader(["ticker"])).toBe(true);
    expect(isTickerListHeader(["ticker", "date"])).toBe(false);
    expect(() => parseTickerList("date\n2020-01-02\n", "u.csv")).toThrow(/^u.csv:1: not a ticker list/);
    expect(() => parseTickerList("ticker\nA\nA\n", "u.csv")).toThrow('u.csv:3: field "ticker": duplicate ticker A (also on line 2)');
    expect(() => parseTickerList("ticker\nA,B\n", "u.csv")).toThrow("u.csv:2: the row has 2 fields, a ticker list one");
  });
});

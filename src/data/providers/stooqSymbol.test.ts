import { describe, expect, it } from "vitest";
import { UnsupportedSymbolError } from "./errors.js";
import { stooqSymbol } from "./stooqSymbol.js";

describe("stooqSymbol", () => {
  it("maps US tickers, Hong Kong codes, indexes and exchange rates", () => {
    const cases: [string, string][] = [
      ["BIDU", "bidu.us"],
      ["BRK.B", "brk-b.us"],
      ["BRK-B", "brk-b.us"],
      ["0700.HK", "700.hk"],
      ["09988.HK", "9988.hk"],
      ["0005.HK", "5.hk"],
      ["^GSPC", "^spx"],
      ["^SPX", "^spx"],
      ["^HSI", "^hsi"],
      ["^NDX", "^ndx"],
      ["^IXIC", "^ndq"],
      ["CNY=X", "usdcny"],
      ["EURUSD=X", "eurusd"],
    ];
    expect(cases.map(([symbol]) => stooqSymbol(symbol, "stooq-daily"))).toEqual(cases.map(([, stooq]) => stooq));
  });

  it("refuses what it has no mapping for rather than guessing", () => {
    for (const symbol of ["600519.SS", "000300.SS", "^HSTECH", "bidu", "0700.hk", "123456.HK"]) {
      expect(() => stooqSymbol(symbol, "stooq-daily")).toThrow(UnsupportedSymbolError);
    }
    expect(() => stooqSymbol("600519.SS", "stooq-daily")).toThrow(/^no Stooq symbol for 600519\.SS: .*aftershock import FILE$/);
  });
});

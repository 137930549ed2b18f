import { describe, expect, it } from "vitest";
import { InputError } from "../inputError.js";
import { FORMAT_NAMES, baseSymbol, detectFormat, isFormatName } from "./formats.js";

describe("detectFormat", () => {
  it.each([
    ["yahoo-three-header", "Price,Close,High,Low,Open,Volume\nTicker,0700.HK,0700.HK,0700.HK,0700.HK,0700.HK\nDate,,,,,\n"],
    ["date-open-close-volume", "date,open,close,volume\n1987-01-01,,,\n"],
    ["date-close", "Date,Close\n2005-08-05,12.25\n"],
    ["date-close", "Date,Adj Close\n2005-08-05,12.25\n"],
    ["ohlc-timestamped", "Date,Open,High,Low,Close,Adj Close,Volume\n2020-07-27 04:00:00+00:00,1,1,1,1,1,1\n"],
    ["ohlc-timestamped", "Date,Open,High,Low,Close,Volume\n2020-07-27,1,1,1,1,1\n"],
    ["long-panel", "date,open,high,low,close,volume,Name\n2013-02-08,15.07,15.12,14.63,14.75,8407500,AAL\n"],
    ["long", "security,date,close\nA,2020-01-02,1\n"],
    ["long", "Ticker,Date,Price,Note\nA,2020-01-02,1,x\n"],
    ["fama-french", "Created with CRSP.\n\n,Mkt-RF,SMB,HML,RF\n19260701,    0.09,   -0.25,   -0.27,    0.01\n"],
    ["fama-french", 'Text with "quotes" that csv cannot read, "x\n\n,Mom\n19261103, 0.5\n'],
    ["wide", "date,0700.HK,^HSI\n2020-01-02,1,2\n"],
    ["wide", ",A,B\n20200102,1,2\n"],
    ["wide", "when,A\n2020-01-02,1\n"],
    ["ticker-list", "ticker\n0001.HK\n"],
    ["parquet", "PAR1\u0000\u0001"],
  ])("%s", (format, text) => {
    expect(detectFormat(text, "x.csv")).toBe(format);
  });

  it("goes by the .parquet extension", () => {
    expect(detectFormat("", "prices.parquet")).toBe("parquet");
  });

  it("says when it cannot tell, listing the formats", () => {
    const err = (() => {
      try {
        detectFormat("hello world\nnothing here\n", "notes.txt");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(`notes.txt: cannot tell the format of notes.txt; use --format one of ${FORMAT_NAMES.join(", ")}`);
    expect(() => detectFormat("", "empty.csv")).toThrow("empty.csv: file is empty");
    expect(() => detectFormat('a "b\n', "q.csv")).toThrow(/cannot tell the format of q.csv \(not CSV: malformed CSV/);
  });

  it("names formats and symbols", () => {
    expect(isFormatName("wide")).toBe(true);
    expect(isFormatName("xlsx")).toBe(false);
    expect(baseSymbol("/a/hk/0700.HK.csv")).toBe("0700.HK");
    expect(baseSymbol("BIDU.CSV")).toBe("BIDU");
  });
});

import { describe, expect, it } from "vitest";
import { DAY_FLAGS } from "../priceBatch.js";
import { parseBarFile } from "./bars.js";
import { HEADER_SPECS } from "./formats.js";

describe("parseBarFile", () => {
  it("uses Adj Close as the close, still checking the raw Close, and classifies zero-volume bars", () => {
    const text = "Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,10,11,9,10,5,100\n2020-01-03,9,9,9,9,4.5,0\n";
    const b = parseBarFile(text, "x.csv", { format: "ohlc-timestamped", header: HEADER_SPECS["ohlc-timestamped"], symbol: "X", classify: true });
    const s = b.prices[0]!;
    // The bar is flat on the raw close (9 = 9 = 9 = 9), and the adjusted close moved (5 -> 4.5).
    expect([...s.close]).toEqual([5, 4.5]);
    expect([...s.flags]).toEqual([0, DAY_FLAGS.rangeMissing]);
  });

  it("accepts columns in any order and case, refuses a second column of one role", () => {
    const spec = HEADER_SPECS["long-panel"];
    const b = parseBarFile("NAME,Volume,Close,Low,High,Open,Date\nA,1,2,1,3,2,2020-01-02\n", "p.csv", { format: "long-panel", header: spec, classify: true });
    expect(b.prices[0]!.high![0]).toBe(3);
    expect(() => parseBarFile("date,close,Close\n2020-01-02,1,1\n", "p.csv", { format: "date-close", header: HEADER_SPECS["date-close"], symbol: "X", classify: false })).toThrow(
      'p.csv:1: field "Close": a second close column (columns 2 and 3): format date-close expects the columns Date, Close (or Adj Close)',
    );
  });

  it("refuses text in the raw Close even when Adj Close is used", () => {
    const text = "Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,10,11,9,oops,5,100\n";
    expect(() => parseBarFile(text, "x.csv", { format: "ohlc-timestamped", header: HEADER_SPECS["ohlc-timestamped"], symbol: "X", classify: true })).toThrow(
      /^x.csv:2: field "Close": "oops" is not a number/,
    );
  });
});

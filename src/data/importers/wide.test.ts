import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { parseWidePrices } from "./wide.js";

describe("parseWidePrices", () => {
  it("makes one series of closes per column, symbols as written, missing cells NaN, empty rows skipped", () => {
    const b = parseWidePrices("date,0700.HK,^HSI\n2020-01-03,2,,\n2020-01-02,1,100\n2020-01-06,,\n".replace(",,\n", ",\n"), "w.csv");
    expect(b).toMatchObject({ format: "wide", rowsRead: 3, skipped: [{ line: 4, reason: "no values (holiday row)" }] });
    expect(b.prices.map((s) => s.symbol)).toEqual(["0700.HK", "^HSI"]);
    const [a, h] = b.prices;
    expect([...a!.dates]).toEqual([dayNumber("2020-01-02"), dayNumber("2020-01-03")]);
    expect([...a!.close]).toEqual([1, 2]);
    expect([...h!.close]).toEqual([100, NaN]);
    expect(a!.open).toBeUndefined();
  });

  it("refuses returns (negative values), bad headers, bad cells", () => {
    expect(() => parseWidePrices("date,A\n2020-01-02,-0.01\n", "w.csv")).toThrow(/^w.csv:2: field "A": "-0.01" is not a valid price: prices must be positive \(a file of returns\?/);
    expect(() => parseWidePrices("date,A,A\n2020-01-02,1,2\n", "w.csv")).toThrow('w.csv:1: field "A": duplicate column name (columns 2 and 3)');
    expect(() => parseWidePrices("date,,B\n2020-01-02,1,2\n", "w.csv")).toThrow("w.csv:1: column 2 has no name in the header");
    expect(() => parseWidePrices("date,A\n2020-01-02,x\n", "w.csv")).toThrow(/^w.csv:2: field "A": "x" is not a number/);
    expect(() => parseWidePrices("date,A\n2020-01-02,1\n2020-01-02,2\n", "w.csv")).toThrow(/^w.csv:3: field "date": duplicate date 2020-01-02/);
  });
});

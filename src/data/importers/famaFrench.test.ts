import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { factorName, looksLikeFamaFrench, parseFamaFrenchCsv } from "./famaFrench.js";

const PREAMBLE = "This file was created by using the 202604 CRSP database.\r\nSome text, with a comma.\r\n\r\n";

describe("parseFamaFrenchCsv", () => {
  it("reads percent values as fractions, YYYYMMDD dates, and ignores the footer (reported)", () => {
    const text = `${PREAMBLE},Mkt-RF,SMB,HML,RF\r\n19260701,    0.09,   -0.25,   -0.27,    0.01\r\n19260702,    0.45,   -0.33,   -0.06,    0.01\r\n\r\nCopyright 2026 Eugene F. Fama and Kenneth R. French\r\n`;
    const b = parseFamaFrenchCsv(text, "dir/F-F_Research_Data_Factors_daily.csv");
    expect(b).toMatchObject({ format: "fama-french", prices: [], rowsRead: 2 });
    expect(b.skipped).toEqual([{ line: 8, reason: "text after the data block (footer or a further section), ignored" }]);
    const t = b.factors[0]!;
    expect(t.name).toBe("F-F_Research_Data_Factors_daily");
    expect([...t.dates]).toEqual([dayNumber("1926-07-01"), dayNumber("1926-07-02")]);
    expect([...t.columns["Mkt-RF"]!]).toEqual([0.0009, 0.0045]);
    expect([...t.columns["RF"]!]).toEqual([0.0001, 0.0001]);
  });

  it("stops at the blank line before an annual section, and reads -99.99 / -999 as missing", () => {
    const text = `${PREAMBLE},Mom   \n19261103,   0.54\n19261104, -99.99\n19261105, -999\n\n Annual Factors: January-December \n,Mom\n1927,  12.3\n\nCopyright\n`;
    const b = parseFamaFrenchCsv(text, "mom.csv");
    const t = b.factors[0]!;
    expect(Object.keys(t.columns)).toEqual(["MOM"]);
    expect([...t.columns["MOM"]!]).toEqual([0.0054, NaN, NaN]);
    expect(b.skipped.map((s) => s.line)).toEqual([9, 10, 11, 13]);
  });

  it("reads on past a blank line between dated rows instead of dropping every row after it", () => {
    const text = `${PREAMBLE},Mkt-RF,RF\n19260701, 0.09, 0.01\n\n  \n19260702, 0.45, 0.01\n19260703, 0.17, 0.01\n\nCopyright\n`;
    const b = parseFamaFrenchCsv(text, "f.csv");
    const t = b.factors[0]!;
    expect(b.rowsRead).toBe(3);
    expect([...t.dates]).toEqual([dayNumber("1926-07-01"), dayNumber("1926-07-02"), dayNumber("1926-07-03")]);
    expect([...t.columns["Mkt-RF"]!]).toEqual([0.0009, 0.0045, 0.0017]);
    expect(b.skipped.map((s) => s.line)).toEqual([11]);
    // A row after the gap is still checked like the others.
    expect(() => parseFamaFrenchCsv(`${PREAMBLE},Mkt-RF,RF\n19260701, 0.09, 0.01\n\n19260701, 0.1, 0.1\n`, "f.csv")).toThrow('f.csv:7: field "date": duplicate date 1926-07-01');
  });

  it("refuses damaged files with file:line: field", () => {
    const head = `${PREAMBLE},Mkt-RF,RF\n19260701, 0.09, 0.01\n`;
    expect(() => parseFamaFrenchCsv(`${head}19260702, abc, 0.01\n`, "f.csv")).toThrow(/^f.csv:6: field "Mkt-RF": " abc" is not a number/);
    expect(() => parseFamaFrenchCsv(`${head}19260702, 0.1\n`, "f.csv")).toThrow(
      'f.csv:6: field "RF": missing: the row has 2 fields, the header 3 (truncated row?)',
    );
    expect(() => parseFamaFrenchCsv(`${head}1926O702, 0.1, 0.1\n19260703, 0.1, 0.1\n`, "f.csv")).toThrow(
      /^f.csv:6: field "date": "1926O702, 0.1, 0.1" is not a dated row/,
    );
    expect(() => parseFamaFrenchCsv(`${head}19260701, 0.1, 0.1\n`, "f.csv")).toThrow('f.csv:6: field "date": duplicate date 1926-07-01');
    expect(() => parseFamaFrenchCsv(`${PREAMBLE},Mkt-RF\n192607, 0.09\n`, "f.csv")).toThrow(/monthly files are not supported/);
    expect(() => parseFamaFrenchCsv("just text\n", "f.csv")).toThrow(/^f.csv: no factor table/);
  });

  it("is recognized by a comma-led header followed by a dated row", () => {
    expect(looksLikeFamaFrench(`${PREAMBLE},Mkt-RF\r\n19260701, 0.09\r\n`)).toBe(true);
    expect(looksLikeFamaFrench("date,close\n2020-01-02,1\n")).toBe(false);
    expect(looksLikeFamaFrench(",A,B\n20200102,1,2\n")).toBe(false); // R's wide CSV
    expect(looksLikeFamaFrench("Prose, with commas.\n,A\n20200102,1\n")).toBe(true);
    expect(factorName(" Mom ")).toBe("MOM");
    expect(factorName("SMB")).toBe("SMB");
  });
});

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../inputError.js";
import { findColumn, parseTable, readText } from "./table.js";

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error("expected an InputError");
}

describe("InputError", () => {
  it("renders file:line: field \"X\": message and keeps the parts", () => {
    const e = new InputError({ file: "prices.csv", line: 12, field: "AMZN" }, "boom");
    expect(e.message).toBe('prices.csv:12: field "AMZN": boom');
    expect(String(e)).toBe('InputError: prices.csv:12: field "AMZN": boom');
    expect(e).toMatchObject({ file: "prices.csv", line: 12, field: "AMZN", detail: "boom", name: "InputError" });
    expect(e).toBeInstanceOf(Error);
  });

  it("leaves out unknown parts", () => {
    expect(new InputError({ file: "a.csv", line: 3 }, "bad").message).toBe("a.csv:3: bad");
    expect(new InputError({ file: "a.csv" }, "bad").message).toBe("a.csv: bad");
  });
});

describe("parseTable", () => {
  it("keeps cells as text and counts physical lines across blank lines, CRLF and quoted newlines", () => {
    const text = '\uFEFFdate, 0700 ,x\r\n\r\n2020-01-01,0700,"a\nb"\r\n2020-01-02,1,2\r\n';
    const t = parseTable(text, "t.csv");
    expect(t.header).toEqual(["date", "0700", "x"]);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 3, cells: ["2020-01-01", "0700", "a\nb"] },
      { line: 5, cells: ["2020-01-02", "1", "2"] },
    ]);
  });

  it("honours a delimiter", () => {
    expect(parseTable("a;b\n1,5;2\n", "t.csv", { delimiter: ";" }).rows[0]!.cells).toEqual(["1,5", "2"]);
  });

  it("reports a truncated row with its line and first missing field", () => {
    const e = inputError(() => parseTable("date,a,b\n2020-01-01,1,2\n2020-01-02,1\n", "t.csv"));
    expect(e.message).toBe('t.csv:3: field "b": missing: the row has 2 fields, the header 3 (truncated row?)');
  });

  it("reports a row with too many fields", () => {
    const e = inputError(() => parseTable("date,a\n\n2020-01-01,1,5\n", "t.csv"));
    expect(e.message).toMatch(/^t\.csv:3: the row has 3 fields, the header only 2/);
  });

  it("maps csv-parse errors to file:line", () => {
    const open = inputError(() => parseTable('date,a\n2020-01-01,"1\n2020-01-02,2\n', "t.csv"));
    expect(open.message).toMatch(/^t\.csv:3: malformed CSV: Quote Not Closed/);
    const closing = inputError(() => parseTable('date,a\n2020-01-01,"1"x\n', "t.csv"));
    expect(closing.message).toMatch(/^t\.csv:2: malformed CSV: Invalid Closing Quote/);
  });

  it("refuses an empty file and a header without rows", () => {
    expect(inputError(() => parseTable("", "t.csv")).message).toBe("t.csv: file is empty");
    expect(inputError(() => parseTable("\n\n", "t.csv")).message).toBe("t.csv: file is empty");
    expect(inputError(() => parseTable("date,a\n", "t.csv")).message).toBe("t.csv:1: no data rows below the header");
  });
});

describe("findColumn", () => {
  const t = parseTable("Ticker,DATE,Close,close2\nA,2020-01-01,1,2\n", "t.csv");
  it("finds aliases case-insensitively, in alias order", () => {
    expect(findColumn(t, "security", undefined, ["security", "ticker"], true)).toBe(0);
    expect(findColumn(t, "value", undefined, ["value", "close"], true)).toBe(2);
    expect(findColumn(t, "group", undefined, ["group"], false)).toBe(-1);
  });
  it("finds an explicit name exactly, else case-insensitively", () => {
    expect(findColumn(t, "value", "close2", [], true)).toBe(3);
    expect(findColumn(t, "date", "date", [], true)).toBe(1);
  });
  it("names the header when a column is missing", () => {
    expect(inputError(() => findColumn(t, "value", "observed", [], true)).message).toBe(
      't.csv:1: field "observed": no such value column; the header has "Ticker", "DATE", "Close", "close2"',
    );
    expect(inputError(() => findColumn(t, "market", undefined, ["market"], true)).message).toMatch(
      /^t\.csv:1: no market column: expected one named "market" \(case-insensitive\)/,
    );
  });
});

describe("readText", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "aftershock-csv-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a file and turns a missing one into an InputError", async () => {
    const file = path.join(dir, "a.csv");
    await writeFile(file, "x\n1\n");
    expect(await readText(file)).toBe("x\n1\n");
    const missing = path.join(dir, "nope.csv");
    await expect(readText(missing)).rejects.toThrow(InputError);
    await expect(readText(missing)).rejects.toThrow(new RegExp(`^${missing.replace(/[.\\]/g, "\\$&")}: cannot read file: ENOENT`));
  });
});

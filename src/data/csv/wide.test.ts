import { existsSync } from "node:fs";
import path from "node:path";
import { tempFixtures } from "../../../test/support/tempFixtures.js";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { dayNumber, isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { parseWideCsv, readWideCsv } from "./wide.js";

const cases = shared("reference", "cases");
const terrorReturns = path.join(cases, "chen-siems-2001/TerrorIndiceReturns.csv");
const covidRates = path.join(cases, "estudy2-covid-2020/rates.csv");

const fixture = tempFixtures("aftershock-wide-");

async function failure(file: string, options = {}): Promise<InputError> {
  const err: unknown = await readWideCsv(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

const days = (...iso: string[]) => Int32Array.from(iso.map(dayNumber));

describe("readWideCsv", () => {
  it("reads one series per column, keeping headers verbatim and every date row", async () => {
    const file = await fixture(
      "ok.csv",
      "date,0700,^GSPC,AMZN\n2020-01-02,1.5,NA,+2\n2020-01-03,,NaN,1.7e-05\n20200106,null,.,-3\n",
    );
    const m = await readWideCsv(file);
    expect([...m.keys()]).toEqual(["0700", "^GSPC", "AMZN"]);
    const dates = days("2020-01-02", "2020-01-03", "2020-01-06");
    expect(m.get("0700")).toEqual({ dates, values: Float64Array.of(1.5, NaN, NaN) });
    expect(m.get("^GSPC")!.values.every(Number.isNaN)).toBe(true);
    expect(m.get("AMZN")).toEqual({ dates, values: Float64Array.of(2, 1.7e-5, -3) });
  });

  it("sorts rows into ascending dates", async () => {
    const m = parseWideCsv("date,A,B\n2020-01-03,3,30\n2020-01-01,1,10\n2020-01-02,2,20\n", "mem");
    expect([...m.get("A")!.dates].map(isoDate)).toEqual(["2020-01-01", "2020-01-02", "2020-01-03"]);
    expect([...m.get("A")!.values]).toEqual([1, 2, 3]);
    expect([...m.get("B")!.values]).toEqual([10, 20, 30]);
  });

  it("takes a named date column anywhere, and datetime cells", () => {
    const m = parseWideCsv("A,Date,B\n1,2020-01-02 16:00:00-05:00,2\n", "mem", { dateColumn: "date" });
    expect([...m.keys()]).toEqual(["A", "B"]);
    expect(m.get("B")).toEqual({ dates: days("2020-01-02"), values: Float64Array.of(2) });
  });

  it("accepts R's empty first header and another delimiter; decimal commas are refused, not misread", () => {
    const m = parseWideCsv('"";A\n2020-01-02;0.5\n', "mem", { delimiter: ";" });
    expect(m.get("A")).toEqual({ dates: days("2020-01-02"), values: Float64Array.of(0.5) });
    expect(() => parseWideCsv('"";A\n2020-01-02;0,5\n', "mem", { delimiter: ";" })).toThrow(
      /^mem:2: field "A": "0,5" is not a number/,
    );
  });
});

describe("readWideCsv errors", () => {
  it("text in a price field gives file:line: field", async () => {
    const file = await fixture("text.csv", "date,A,B\n2020-01-02,1,2\n\n2020-01-03,1,abc\n");
    const e = await failure(file);
    expect(e.message).toBe(
      `${file}:4: field "B": "abc" is not a number (missing values may be NA, NaN, null, . or an empty cell)`,
    );
    expect(e).toMatchObject({ file, line: 4, field: "B" });
  });

  it.each(["1,2", "12abc"])("refuses the value %j", async (cell) => {
    const e = await failure(await fixture("num.csv", `date,A\n2020-01-02,"${cell}"\n`));
    expect(e).toMatchObject({ line: 2, field: "A" });
  });

  it("reports the earliest bad line even when rows are out of order", () => {
    expect(() => parseWideCsv("date,A,B\n2020-01-05,1,x\n2020-01-01,y,2\n", "mem")).toThrow(/^mem:2: field "B"/);
  });

  it("a truncated row", async () => {
    const file = await fixture("ragged.csv", "date,A,B\n2020-01-02,1,2\n2020-01-03,1\n");
    expect((await failure(file)).message).toBe(
      `${file}:3: field "B": missing: the row has 2 fields, the header 3 (truncated row?)`,
    );
  });

  it("an unknown date format", async () => {
    const file = await fixture("date.csv", "day,A\n2020-01-02,1\n01/03/2020,2\n");
    expect((await failure(file)).message).toBe(
      `${file}:3: field "day": "01/03/2020" is not a date (expected YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD HH:MM[:SS][zone])`,
    );
  });

  it("a duplicate date", () => {
    expect(() => parseWideCsv("date,A\n2020-01-02,1\n2020-01-03,2\n20200102,3\n", "mem")).toThrow(
      'mem:4: field "date": duplicate date 2020-01-02 (also on line 2)',
    );
  });

  it("duplicate or empty headers, a missing date column, no security column", () => {
    expect(() => parseWideCsv("date,A,A\n2020-01-02,1,2\n", "mem")).toThrow('mem:1: field "A": duplicate column name');
    expect(() => parseWideCsv("date,A,\n2020-01-02,1,2\n", "mem")).toThrow("mem:1: column 3 has no name");
    expect(() => parseWideCsv("day,A\n2020-01-02,1\n", "mem", { dateColumn: "date" })).toThrow(
      'mem:1: field "date": no such date column; the header has "day", "A"',
    );
    expect(() => parseWideCsv("date\n2020-01-02\n", "mem")).toThrow("mem:1: no security columns");
  });

  it("an empty or missing file", async () => {
    const empty = await fixture("empty.csv", "");
    expect((await failure(empty)).message).toBe(`${empty}: file is empty`);
    expect((await failure(`${path.dirname(await fixture("present.csv", "x"))}/none.csv`)).message).toMatch(/cannot read file: ENOENT/);
  });
});

describe.skipIf(!present(existsSync(cases), "../shared/reference/cases"))("readWideCsv on the reference cases", () => {
  it("reads Chen & Siems' 33 index return columns, NA as NaN", async () => {
    const m = await readWideCsv(terrorReturns);
    expect(m.size).toBe(33);
    const keys = [...m.keys()];
    expect(keys.slice(0, 3)).toEqual(["S.P500", "Dow", "NYSE"]);
    expect(keys.at(-1)).toBe("Jberg");
    const sp = m.get("S.P500")!;
    expect(sp.dates.length).toBe(312);
    expect(isoDate(sp.dates[0]!)).toBe("2001-01-02");
    expect(isoDate(sp.dates.at(-1)!)).toBe("2001-12-31");
    for (let i = 1; i < sp.dates.length; i++) expect(sp.dates[i]!).toBeGreaterThan(sp.dates[i - 1]!);
    expect(sp.values[0]).toBeNaN(); // 2001-01-02 NA
    expect(sp.values[1]).toBe(5.009857629337544);
    expect(m.get("Jberg")!.values.at(-1)).toBe(0.8377652907029409);
    expect(m.get("Switzerland")!.values[0]).toBe(0);
    for (const s of m.values()) expect(s.values.length).toBe(312);
  });

  it("reads the estudy2 rates", async () => {
    const m = await readWideCsv(covidRates);
    expect([...m.keys()]).toEqual(["AMZN", "ZM", "UBER", "NFLX", "SHOP", "FB", "UPWK"]);
    expect(m.get("AMZN")!.dates.length).toBe(252);
    expect(m.get("ZM")!.values[0]).toBeNaN();
    expect(m.get("AMZN")!.values[0]).toBe(-0.00011573934231644345);
  });
});

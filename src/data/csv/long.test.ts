import { existsSync } from "node:fs";
import path from "node:path";
import { tempFixtures } from "../../../test/support/tempFixtures.js";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { parseLongCsv, readLongCsv } from "./long.js";
import { readWideCsv } from "./wide.js";

const covid = shared("reference", "cases", "estudy2-covid-2020");

const fixture = tempFixtures("aftershock-long-");

async function failure(file: string, options = {}): Promise<InputError> {
  const err: unknown = await readLongCsv(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

const days = (...iso: string[]) => Int32Array.from(iso.map(dayNumber));

describe("readLongCsv", () => {
  it("groups rows by security in first-appearance order and sorts each by date", async () => {
    const file = await fixture(
      "ok.csv",
      "security,date,value,other\n0700,2020-01-03,2,x\nAMZN,2020-01-02,NA,y\n0700,2020-01-02,1,z\n0700,20200106,-1.5e-3,\n",
    );
    const m = await readLongCsv(file);
    expect([...m.keys()]).toEqual(["0700", "AMZN"]);
    expect(m.get("0700")).toEqual({
      dates: days("2020-01-02", "2020-01-03", "2020-01-06"),
      values: Float64Array.of(1, 2, -0.0015),
    });
    expect(m.get("AMZN")!.dates).toEqual(days("2020-01-02"));
    expect(m.get("AMZN")!.values[0]).toBeNaN();
  });

  it("finds default columns case-insensitively, by alias", () => {
    const m = parseLongCsv("Date,Symbol,Close\n2020-01-02 00:00:00,^GSPC,3257.85\n", "mem");
    expect(m.get("^GSPC")).toEqual({ dates: days("2020-01-02"), values: Float64Array.of(3257.85) });
    const r = parseLongCsv("TICKER,date,RETURN\nA,2020-01-02,0.1\n", "mem");
    expect([...r.keys()]).toEqual(["A"]);
  });

  it("takes configured column names", () => {
    const m = parseLongCsv("firm,day,ret,value\nA,2020-01-02,0.1,9\n", "mem", {
      securityColumn: "firm",
      dateColumn: "day",
      valueColumn: "ret",
    });
    expect(m.get("A")!.values).toEqual(Float64Array.of(0.1));
  });
});

describe("readLongCsv errors", () => {
  it("text in a price field gives file:line: field", async () => {
    const file = await fixture("text.csv", "ticker,date,price\nA,2020-01-02,10\nA,2020-01-03,ten\n");
    const e = await failure(file);
    expect(e.message).toBe(
      `${file}:3: field "price": "ten" is not a number (missing values may be NA, NaN, null, . or an empty cell)`,
    );
    expect(e).toMatchObject({ file, line: 3, field: "price" });
  });

  it("a duplicate (security, date), in any row order", async () => {
    const file = await fixture("dup.csv", "ticker,date,value\nA,2020-01-03,1\nB,2020-01-02,1\nA,2020-01-02,1\nA,20200103,2\n");
    expect((await failure(file)).message).toBe(
      `${file}:5: field "date": duplicate date 2020-01-03 for security "A" (also on line 2)`,
    );
  });

  it("a truncated row", async () => {
    const file = await fixture("ragged.csv", "ticker,date,value\nA,2020-01-02,1\nA,2020-01-03\n");
    expect((await failure(file)).message).toBe(
      `${file}:3: field "value": missing: the row has 2 fields, the header 3 (truncated row?)`,
    );
  });

  it("an unknown date format", () => {
    expect(() => parseLongCsv("ticker,date,value\nA,2/1/2020,1\n", "mem")).toThrow(
      /^mem:2: field "date": "2\/1\/2020" is not a date/,
    );
  });

  it("missing, clashing or empty columns", () => {
    expect(() => parseLongCsv("ticker,date,observed\nA,2020-01-02,1\n", "mem")).toThrow(
      /^mem:1: no value column: expected one named "value" or "return" or "close" or "price"/,
    );
    expect(() => parseLongCsv("ticker,when,value\nA,2020-01-02,1\n", "mem")).toThrow(/^mem:1: no date column/);
    expect(() => parseLongCsv("ticker,date,value\nA,2020-01-02,1\n", "mem", { valueColumn: "Date" })).toThrow(
      'mem:1: field "date": the same column cannot be both the date and the value column',
    );
    expect(() => parseLongCsv("ticker,date,value\n ,2020-01-02,1\n", "mem")).toThrow(
      'mem:2: field "ticker": empty security name',
    );
  });
});

describe.skipIf(!present(existsSync(covid), covid))("readLongCsv on the reference cases", () => {
  it("reads estudy2's long file (value column `observed`) identically to its wide rates", async () => {
    const long = await readLongCsv(path.join(covid, "securities_returns_long.csv"), { valueColumn: "observed" });
    const wide = await readWideCsv(path.join(covid, "rates.csv"));
    expect([...long.keys()]).toEqual(["AMZN", "ZM", "UBER", "NFLX", "SHOP", "FB", "UPWK"]);
    for (const [name, w] of wide) {
      const l = long.get(name)!;
      expect(l.dates).toEqual(w.dates);
      expect(l.values).toEqual(w.values); // NaN equals NaN here
    }
    expect(long.get("ZM")!.values[0]).toBeNaN();
  });

  it("reads another value column of the same file", async () => {
    const m = await readLongCsv(path.join(covid, "securities_returns_long.csv"), { valueColumn: "abnormal" });
    expect(m.get("AMZN")!.values[0]).toBe(-0.00026502122668649905);
  });
});

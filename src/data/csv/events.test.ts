import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { parseEventsCsv, readEventsCsv } from "./events.js";

const terrorAttack = shared("reference", "cases", "chen-siems-2001", "TerrorAttack.csv");

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "aftershock-events-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readEventsCsv", () => {
  it("reads id, security, date, group and market, in file order", async () => {
    const file = path.join(dir, "events.csv");
    await writeFile(
      file,
      "id,security,date,group,market,note\ne1,0700,2020-01-02,tech,^HSI,x\ne2,AMZN,20200103,,,\ne3,AMZN,2020-01-06 09:30:00,retail,^GSPC,\n",
    );
    expect(await readEventsCsv(file)).toEqual([
      { id: "e1", security: "0700", date: dayNumber("2020-01-02"), group: "tech", market: "^HSI" },
      { id: "e2", security: "AMZN", date: dayNumber("2020-01-03") },
      { id: "e3", security: "AMZN", date: dayNumber("2020-01-06"), group: "retail", market: "^GSPC" },
    ]);
  });

  it("numbers events by row when there is no id column, and accepts column aliases", () => {
    const events = parseEventsCsv("Ticker,When\nA,2020-01-02\nA,2020-01-02\n", "mem");
    expect(events.map((e) => e.id)).toEqual(["1", "2"]);
    expect(events[0]).not.toHaveProperty("group");
  });

  it("refuses bad dates, duplicate ids, empty securities and missing columns with file:line: field", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(file, "security,date\nA,2020-01-02\nB,Sept 11\n");
    const err: unknown = await readEventsCsv(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      `${file}:3: field "date": "Sept 11" is not a date (expected YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD HH:MM[:SS][zone])`,
    );
    expect(() => parseEventsCsv("id,security,date\nx,A,2020-01-02\nx,B,2020-01-03\n", "mem")).toThrow(
      'mem:3: field "id": duplicate event id "x" (also on line 2)',
    );
    expect(() => parseEventsCsv("security,date\n,2020-01-02\n", "mem")).toThrow(
      'mem:2: field "security": empty security name',
    );
    expect(() => parseEventsCsv("security,day\nA,2020-01-02\n", "mem")).toThrow(/^mem:1: no date column/);
    expect(() => parseEventsCsv("security,date\nA\n", "mem")).toThrow(/^mem:2: field "date": missing/);
  });

  it.skipIf(!present(existsSync(terrorAttack), terrorAttack))("reads Chen & Siems' TerrorAttack.csv (name, when)", async () => {
    const events = await readEventsCsv(terrorAttack);
    expect(events).toHaveLength(33);
    expect(events[0]).toEqual({ id: "1", security: "S.P500", date: dayNumber("2001-09-17") });
    expect(events.at(-1)).toEqual({ id: "33", security: "Jberg", date: dayNumber("2001-09-11") });
    expect(new Set(events.map((e) => e.security)).size).toBe(33);
  });
});

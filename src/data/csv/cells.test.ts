import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { isMissing, parseDay, parseValue } from "./cells.js";

describe("parseValue", () => {
  it.each([
    ["1.5", 1.5],
    ["-2", -2],
    ["+3.25", 3.25],
    ["1.7e-05", 1.7e-5],
    ["-1E3", -1000],
    [".5", 0.5],
    ["5.", 5],
    [" 0.25 ", 0.25],
    ["0700", 700],
  ])("reads %j as %d", (text, want) => {
    expect(parseValue(text)).toBe(want);
  });

  it.each(["", "NA", "na", "NaN", "nan", "null", "NULL", ".", "  "])("reads %j as missing", (text) => {
    expect(parseValue(text)).toBeNaN();
    expect(isMissing(text)).toBe(true);
  });

  it.each(["1,2", "abc", "12abc", "0x10", "1e", "e5", "--1", "+-1", "Inf", "-Infinity", "1e999", "1 000", "1.2.3", "%5"])(
    "refuses %j",
    (text) => {
      expect(parseValue(text)).toBeUndefined();
      expect(isMissing(text)).toBe(false);
    },
  );
});

describe("parseDay", () => {
  const d = dayNumber("2001-09-11");
  it.each([
    "2001-09-11",
    "20010911",
    " 2001-09-11 ",
    "2001-09-11 00:00:00",
    "2001-09-11 23:59:59",
    "2001-09-11 16:00:00+02:00",
    "2001-09-11 16:00:00-0500",
    "2001-09-11 16:00:00Z",
    "2001-09-11T16:00:00.123Z",
    "2001-09-11 16:00",
    "2001-09-11 16:00:00 UTC",
  ])("reads %j as the date written", (text) => {
    expect(parseDay(text)).toBe(d);
  });

  it("takes the date part as written, whatever the zone", () => {
    expect(parseDay("2001-09-11 23:30:00-08:00")).toBe(d);
  });

  it.each(["09/11/2001", "11.09.2001", "2001-9-11", "2001/09/11", "Sep 11 2001", "1000169200", "2001-09-11 25:00:00", "x"])(
    "refuses %j as not a date",
    (text) => {
      expect(parseDay(text)).toMatch(/is not a date \(expected YYYY-MM-DD, YYYYMMDD/);
    },
  );

  it.each(["2001-02-30", "20010230", "2001-13-01 10:00:00"])("refuses %j as not a calendar date", (text) => {
    expect(parseDay(text)).toMatch(/is not a calendar date/);
  });

  it("refuses an empty date", () => {
    expect(parseDay("  ")).toBe("empty date");
  });
});

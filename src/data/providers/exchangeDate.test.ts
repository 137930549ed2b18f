import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { exchangeDayReader } from "./exchangeDate.js";

const utc = (iso: string): number => Date.parse(iso) / 1000;

describe("exchangeDayReader", () => {
  it("dates a Hong Kong bar stamped at local midnight on its local date, a day after the UTC date", () => {
    const t = utc("2024-05-12T16:00:00Z"); // 2024-05-13 00:00 HKT
    expect(exchangeDayReader("Asia/Hong_Kong", 28_800)(t)).toBe(dayNumber("2024-05-13"));
    expect(exchangeDayReader(undefined, 28_800)(t)).toBe(dayNumber("2024-05-13"));
    expect(Math.floor(t / 86_400)).toBe(dayNumber("2024-05-12"));
  });

  it("applies daylight saving time as of each date with the zone name", () => {
    const ny = exchangeDayReader("America/New_York", -14_400);
    expect(ny(utc("2024-03-08T14:30:00Z"))).toBe(dayNumber("2024-03-08")); // 09:30 EST
    expect(ny(utc("2024-03-11T13:30:00Z"))).toBe(dayNumber("2024-03-11")); // 09:30 EDT
    // 23:30 EST on Jan 1: the fixed current offset (EDT, -4 h) would say Jan 2.
    expect(ny(utc("2024-01-02T04:30:00Z"))).toBe(dayNumber("2024-01-01"));
    expect(exchangeDayReader(undefined, -14_400)(utc("2024-01-02T04:30:00Z"))).toBe(dayNumber("2024-01-02"));
  });

  it("falls back to the offset for a zone the runtime does not know", () => {
    expect(exchangeDayReader("Mars/Olympus_Mons", 28_800)(utc("2024-05-12T16:00:00Z"))).toBe(dayNumber("2024-05-13"));
  });

  it("reads dates before 1970", () => {
    expect(exchangeDayReader("Asia/Hong_Kong", 28_800)(utc("1969-12-31T16:00:00Z"))).toBe(0);
    expect(exchangeDayReader(undefined, 0)(-1)).toBe(-1);
  });
});

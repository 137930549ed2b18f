import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromCivil, dayNumber, isoDate, weekday } from "./days.js";

describe("day numbers", () => {
  it("agree with Date.UTC over four centuries, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 120_000 }), (d) => {
        const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(isoDate(d)).toBe(iso);
        expect(dayNumber(iso)).toBe(d);
      }),
    );
  });

  it("know fixed points", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2025-02-17")).toBe(20136);
    expect(weekday(dayNumber("2025-02-17"))).toBe(1); // a Monday
    expect(weekday(dayNumber("1969-12-28"))).toBe(0); // a Sunday, before the epoch
  });

  it("refuse dates that do not exist", () => {
    expect(dayNumber("2021-02-29")).toBeNaN();
    expect(dayNumber("2020-02-30")).toBeNaN();
    expect(dayNumber("2020-13-01")).toBeNaN();
    expect(dayNumber("2020-1-01")).toBeNaN();
    expect(dayFromCivil(2000, 2, 29)).toBe(dayNumber("2000-02-29"));
    expect(dayFromCivil(1900, 2, 29)).toBeNaN();
  });
});

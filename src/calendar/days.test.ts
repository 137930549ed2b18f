import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayFromCivil, dayNumber, isIsoDate, isoDate, makeDate, mondayOf, weekday } from "./days.js";

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

describe("ISO dates", () => {
  const viaDate = (iso: string, days: number): string => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  it("add days as Date's UTC arithmetic does, across months, leap days and the epoch", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), fc.integer({ min: -1_000, max: 1_000 }), (d, n) => {
        const iso = isoDate(d);
        expect(addDays(iso, n)).toBe(viaDate(iso, n));
      }),
    );
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(() => addDays("2025-02-30", 1)).toThrow(/2025-02-30/);
  });

  it("know a real date from a malformed or impossible one", () => {
    expect(isIsoDate("2025-02-17")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const bad of ["2025-02-29", "2025-02-30", "2025-2-17", "18.02.2025", "2025-02-17T00:00Z", ""]) expect(isIsoDate(bad), bad).toBe(false);
  });

  it("find the Monday of a date's week (Sunday ends the week)", () => {
    expect(mondayOf("2025-02-17")).toBe("2025-02-17");
    expect(mondayOf("2025-02-23")).toBe("2025-02-17"); // a Sunday
    expect(mondayOf("2025-03-01")).toBe("2025-02-24"); // a Saturday, across the month
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), (d) => {
        const monday = dayNumber(mondayOf(isoDate(d)));
        expect(weekday(monday)).toBe(1);
        expect(d - monday).toBeGreaterThanOrEqual(0);
        expect(d - monday).toBeLessThan(7);
      }),
    );
  });

  it("make a date from its parts, or none for a day that does not exist", () => {
    expect(makeDate(2025, 2, 17)).toBe("2025-02-17");
    expect(makeDate(999, 1, 5)).toBe("0999-01-05");
    expect(makeDate(2025, 2, 29)).toBeUndefined();
    expect(makeDate(2025, 13, 1)).toBeUndefined();
    expect(makeDate(2025, 4, 0)).toBeUndefined();
  });
});

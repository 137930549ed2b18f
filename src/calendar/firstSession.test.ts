import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoDate } from "./days.js";
import { firstSessionAt, firstSessionOn, localDateTime, zonedInstant } from "./firstSession.js";
import { getCalendar } from "./index.js";

const HK = getCalendar("XHKG");
const NY = getCalendar("XNYS");
const SH = getCalendar("XSHG");
const at = (iso: string): number => Date.parse(iso);
const day0 = (cal: typeof HK, iso: string): [string, string] => {
  const s = firstSessionAt(cal, at(iso));
  return [isoDate(s.day), s.rule];
};

describe("firstSessionAt", () => {
  it("moves news after the Hong Kong close to the next session (Meituan's fine, Friday 8 October 2021, 17:00 Beijing time)", () => {
    expect(day0(HK, "2021-10-08T17:00+08:00")).toEqual(["2021-10-11", "after-close"]);
    expect(firstSessionAt(HK, at("2021-10-08T17:00+08:00")).local).toBe("2021-10-08 17:00");
  });
  it("keeps news during a Hong Kong session, lunch break included, on that session", () => {
    expect(day0(HK, "2021-10-08T12:30+08:00")).toEqual(["2021-10-08", "during-session"]);
  });
  it("takes a half-day's early close: 14:00 on Christmas Eve 2024 in Hong Kong is after it", () => {
    expect(day0(HK, "2024-12-24T14:00+08:00")).toEqual(["2024-12-27", "after-close"]);
  });
  it("keeps news before the US open on that session, and moves news after the close to the next (Equifax, 7 September 2017)", () => {
    expect(day0(NY, "2017-09-08T07:00-04:00")).toEqual(["2017-09-08", "before-open"]);
    expect(day0(NY, "2017-09-07T16:35-04:00")).toEqual(["2017-09-08", "after-close"]);
  });
  it("reads the instant on each exchange's clock: a Beijing evening is a New York morning", () => {
    const beijingEvening = "2021-10-08T21:00+08:00";
    expect(day0(NY, beijingEvening)).toEqual(["2021-10-08", "before-open"]);
    expect(day0(HK, beijingEvening)).toEqual(["2021-10-11", "after-close"]);
    expect(day0(SH, beijingEvening)).toEqual(["2021-10-11", "after-close"]);
  });
  it("sends a Monday morning in Washington to Tuesday in Hong Kong (overnight there)", () => {
    expect(day0(HK, "2023-01-30T10:00-05:00")).toEqual(["2023-01-31", "after-close"]);
    expect(day0(NY, "2023-01-30T10:00-05:00")).toEqual(["2023-01-30", "during-session"]);
  });
  it("moves news on a day the exchange is closed to its next session (Presidents' Day 2025 in New York)", () => {
    expect(day0(NY, "2025-02-17T10:00+08:00")).toEqual(["2025-02-18", "no-session"]);
  });
  it("with only a date, takes that date's session or the next one", () => {
    expect([isoDate(firstSessionOn(HK, "2025-02-17").day), firstSessionOn(HK, "2025-02-17").rule]).toEqual(["2025-02-17", "date-only"]);
    expect(isoDate(firstSessionOn(NY, "2025-02-17").day)).toBe("2025-02-18");
  });
  it("never places day 0 before the news's own date on the exchange's clock, and always on a session", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse("2001-01-01T00:00Z"), max: Date.parse("2029-12-01T00:00Z") }), (instant) => {
        for (const cal of [HK, NY, SH]) {
          const s = firstSessionAt(cal, instant);
          expect(cal.isSession(s.day)).toBe(true);
          expect(s.day).toBeGreaterThanOrEqual(dayNumber(localDateTime(instant, cal.timeZone).date));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("zonedInstant", () => {
  it("is the inverse of localDateTime, across daylight-saving time in New York", () => {
    expect(new Date(zonedInstant("2021-10-08", "17:00", "Asia/Hong_Kong")).toISOString()).toBe("2021-10-08T09:00:00.000Z");
    expect(new Date(zonedInstant("2025-01-15", "09:30", "America/New_York")).toISOString()).toBe("2025-01-15T14:30:00.000Z");
    expect(new Date(zonedInstant("2025-07-15", "09:30", "America/New_York")).toISOString()).toBe("2025-07-15T13:30:00.000Z");
  });
});

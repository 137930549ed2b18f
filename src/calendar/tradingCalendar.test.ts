import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoDate, weekday } from "./days.js";
import { COVERAGE, MICS, calendarYearText, compareWithObserved, getCalendar } from "./index.js";

const d = dayNumber;
const isos = (days: ArrayLike<number>): string[] => Array.from(days, isoDate);

describe("known facts", () => {
  const hk = getCalendar("XHKG");
  const ny = getCalendar("XNYS");
  const sh = getCalendar("XSHG");

  it("2025-02-17: Hong Kong trades, New York is closed for Presidents' Day", () => {
    expect(hk.isSession(d("2025-02-17"))).toBe(true);
    expect(ny.isSession(d("2025-02-17"))).toBe(false);
    expect(ny.holidays(2025).find((h) => h.day === d("2025-02-17"))?.name).toMatch(/Presidents/);
  });

  it("XNYS: one-offs, observance and early closes", () => {
    expect(ny.isSession(d("2025-01-09"))).toBe(false); // Carter
    for (const iso of ["2001-09-11", "2001-09-14", "2004-06-11", "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05"]) {
      expect(ny.isSession(d(iso)), iso).toBe(false);
    }
    expect(ny.isSession(d("2021-12-31"))).toBe(true); // Saturday New Year's Day is not observed on Friday
    expect(ny.isSession(d("2021-12-24"))).toBe(false); // Saturday Christmas is observed on Friday
    expect(ny.isSession(d("2022-06-20"))).toBe(false); // Juneteenth (Sunday) observed Monday
    expect(ny.isSession(d("2021-06-18"))).toBe(true); // Juneteenth only from 2022
    expect(ny.isSession(d("2023-01-02"))).toBe(false); // Sunday New Year's Day observed Monday
    const early = (year: number): string[] => ny.halfDays(year).map((h) => `${isoDate(h.day)} ${h.closeTime}`);
    expect(early(2024)).toEqual(["2024-07-03 13:00", "2024-11-29 13:00", "2024-12-24 13:00"]);
    expect(early(2002)).toEqual(["2002-07-05 13:00", "2002-11-29 13:00", "2002-12-24 13:00"]);
    expect(early(2021)).toEqual(["2021-11-26 13:00"]); // July 3 and December 24 are closures or weekends
    expect(getCalendar("XNAS").isSession(d("2025-01-09"))).toBe(false);
  });

  it("XHKG: Lunar New Year, its eve and Sunday substitutes", () => {
    expect(hk.halfDays(2025).map((h) => `${isoDate(h.day)} ${h.closeTime} ${h.name}`)).toEqual([
      "2025-01-28 12:00 Lunar New Year's Eve",
      "2025-12-24 12:00 Christmas Eve",
      "2025-12-31 12:00 New Year's Eve",
    ]);
    for (const iso of ["2025-01-29", "2025-01-30", "2025-01-31"]) expect(hk.isSession(d(iso)), iso).toBe(false);
    expect(hk.isSession(d("2025-02-03"))).toBe(true);
    // 2024: Lunar New Year on a Saturday, its second day a Sunday: the fourth day (Tuesday) substitutes.
    expect(hk.isSession(d("2024-02-12"))).toBe(false);
    expect(hk.isSession(d("2024-02-13"))).toBe(false);
    expect(hk.isSession(d("2024-02-14"))).toBe(true);
    expect(hk.holidays(2024).find((h) => h.day === d("2024-02-13"))?.name).toBe("The fourth day of Lunar New Year");
    // Before the 2011 amendment: Lunar New Year on Saturday 2003-02-01 closed its eve instead.
    expect(hk.isSession(d("2003-01-31"))).toBe(false);
    expect(hk.isSession(d("2003-02-04"))).toBe(true);
  });

  it("XHKG: collisions, Sunday substitutes and the old Mid-Autumn rule", () => {
    expect(hk.isSession(d("2010-04-06"))).toBe(false); // Ching Ming on Easter Monday
    expect(hk.isSession(d("2015-04-07"))).toBe(false); // Ching Ming on Easter Sunday, Easter Monday taken
    expect(hk.isSession(d("2021-04-06"))).toBe(false);
    expect(hk.isSession(d("2012-10-02"))).toBe(false); // day after Mid-Autumn on National Day
    expect(hk.isSession(d("2022-09-12"))).toBe(false); // day after Mid-Autumn on a Sunday, since 2012
    expect(hk.isSession(d("2009-10-05"))).toBe(true); // ... before 2012 the Saturday festival itself was the holiday
    expect(hk.isSession(d("2016-12-27"))).toBe(false); // Christmas on a Sunday, Boxing Day Monday
    expect(hk.isSession(d("2021-12-27"))).toBe(false); // Christmas on a Saturday: first weekday after is Monday
    expect(hk.isSession(d("2023-10-02"))).toBe(false); // National Day on a Sunday
  });

  it("XHKG: severe weather closures, and none after Severe Weather Trading began (2024-09-23)", () => {
    expect(hk.isSession(d("2023-09-08"))).toBe(false); // black rainstorm
    expect(hk.isSession(d("2023-09-01"))).toBe(false); // Super Typhoon Saola
    expect(hk.isSession(d("2018-09-17"))).toBe(true); // Mangkhut struck on the Sunday; the market opened
    expect(hk.holidays(2025).every((h) => !/Typhoon|rainstorm/.test(h.name))).toBe(true);
  });

  it("XSHG/XSHE: published closures, and projected years flagged", () => {
    expect(sh.isSession(d("2024-02-09"))).toBe(false);
    expect(sh.isSession(d("2020-01-31"))).toBe(false); // Spring Festival extended for COVID-19
    expect(sh.isSession(d("2015-09-03"))).toBe(false);
    expect(sh.isSession(d("2023-10-07"))).toBe(false); // a Saturday "working day": exchanges stay closed
    expect(isos(sh.sessions(d("2025-09-29"), d("2025-10-10")))).toEqual(["2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10"]);
    expect(sh.holidays(2025).every((h) => !h.projected)).toBe(true);
    expect(sh.holidays(2028).length).toBeGreaterThan(0);
    expect(sh.holidays(2028).every((h) => h.projected)).toBe(true);
    const sz = getCalendar("XSHE");
    expect(isos(sz.sessions(COVERAGE.first, COVERAGE.last))).toEqual(isos(sh.sessions(COVERAGE.first, COVERAGE.last)));
  });

  it("session counts of 2025", () => {
    expect(ny.sessions(d("2025-01-01"), d("2025-12-31")).length).toBe(250);
    expect(hk.sessions(d("2025-01-01"), d("2025-12-31")).length).toBe(246);
    expect(sh.sessions(d("2025-01-01"), d("2025-12-31")).length).toBe(243);
  });
});

describe("engine", () => {
  const hk = getCalendar("XHKG");

  it("does event-time arithmetic, rolling a non-session forward to day 0", () => {
    expect(isoDate(hk.addSessions(d("2025-01-24"), 1))).toBe("2025-01-27");
    expect(isoDate(hk.addSessions(d("2025-01-27"), 2))).toBe("2025-02-03"); // over the Lunar New Year
    expect(isoDate(hk.addSessions(d("2025-01-29"), 0))).toBe("2025-02-03");
    expect(isoDate(hk.addSessions(d("2025-02-01"), -1))).toBe("2025-01-28");
    expect(isoDate(hk.addSessions(d("2030-12-20"), 5))).toBe("2030-12-31"); // past any price data
    expect(isoDate(hk.nextSession(d("2025-01-28")))).toBe("2025-02-03");
    expect(isoDate(hk.previousSession(d("2025-02-03")))).toBe("2025-01-28");
  });

  it("refuses days outside the coverage, saying what the coverage is", () => {
    expect(() => hk.isSession(d("1999-12-31"))).toThrow(/1999-12-31 is outside the calendar's coverage 2000-01-01\.\.2030-12-31/);
    expect(() => hk.addSessions(d("2030-12-20"), 30)).toThrow(/2000-01-01\.\.2030-12-31/);
    expect(() => hk.previousSession(d("2000-01-03"))).toThrow(/coverage/);
    expect(() => hk.holidays(2031)).toThrow(/2031 is outside/);
  });

  it("lists a year", () => {
    const text = calendarYearText(hk, 2025);
    expect(text).toContain("246 sessions, 15 weekday closures, 3 early closes");
    expect(text).toContain("2025-01-29 Wed  Lunar New Year's Day");
    expect(text).toContain("2025-01-28 Tue  12:00  Lunar New Year's Eve");
    expect(calendarYearText(getCalendar("XSHG"), 2028)).toContain("[projected]");
  });

  it("reports disagreements with observed dates", () => {
    const ny = getCalendar("XNYS");
    const observed = Int32Array.from(["2025-01-06", "2025-01-07", "2025-01-09", "2025-01-10"], d);
    const report = compareWithObserved(ny, observed);
    expect(isos(report.missingInData)).toEqual(["2025-01-08"]);
    expect(isos(report.extraInData)).toEqual(["2025-01-09"]);
    expect(report.sessions).toBe(4);
  });
});

describe("properties", () => {
  const day = fc.integer({ min: COVERAGE.first, max: COVERAGE.last });
  const mic = fc.constantFrom(...MICS);

  it("sessions are weekdays, and sessions() agrees with isSession()", () => {
    fc.assert(
      fc.property(mic, day, fc.integer({ min: 0, max: 60 }), (m, from, len) => {
        const cal = getCalendar(m);
        const to = Math.min(from + len, COVERAGE.last);
        const listed = new Set(cal.sessions(from, to));
        for (let x = from; x <= to; x++) {
          expect(listed.has(x)).toBe(cal.isSession(x));
          if (cal.isSession(x)) expect([1, 2, 3, 4, 5]).toContain(weekday(x));
        }
      }),
    );
  });

  it("addSessions(addSessions(d, n), -n) == d for sessions", () => {
    fc.assert(
      fc.property(mic, day, fc.integer({ min: -400, max: 400 }), (m, x, n) => {
        const cal = getCalendar(m);
        const s = cal.addSessions(x, 0);
        fc.pre(s <= COVERAGE.last - 600 && s >= COVERAGE.first + 600);
        expect(cal.addSessions(cal.addSessions(s, n), -n)).toBe(s);
      }),
    );
  });

  it("nextSession(d) > d and previousSession(d) < d, with no session between", () => {
    fc.assert(
      fc.property(mic, fc.integer({ min: COVERAGE.first + 20, max: COVERAGE.last - 20 }), (m, x) => {
        const cal = getCalendar(m);
        const next = cal.nextSession(x);
        const prev = cal.previousSession(x);
        expect(next).toBeGreaterThan(x);
        expect(prev).toBeLessThan(x);
        expect(cal.sessions(x + 1, next - 1).length).toBe(0);
        expect(cal.sessions(prev + 1, x - 1).length).toBe(0);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { dayNumber, isoDate } from "./days.js";
import { easterSunday, goodFriday } from "./easter.js";
import { lunarDate, lunarNewYear, lunarToCivil, qingming } from "./lunar.js";
import { newMoonDayNear, newMoonJde } from "./newMoon.js";

describe("Easter", () => {
  it("matches published Easter Sundays", () => {
    const known: Record<number, string> = {
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2015: "2015-04-05",
      2019: "2019-04-21",
      2021: "2021-04-04",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2030: "2030-04-21",
    };
    for (const [year, iso] of Object.entries(known)) expect(isoDate(easterSunday(Number(year)))).toBe(iso);
    expect(isoDate(goodFriday(2025))).toBe("2025-04-18");
  });
});

describe("new moons", () => {
  it("reproduce Meeus' example 49.a (new moon of February 1977, k = -283)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it("fall on the Beijing day, also where ICU's Chinese calendar is a day off", () => {
    // ICU (Node 20) starts these lunar months a day early or late; the new moons are 2012-08-17 15:54,
    // 2018-11-07 16:02, 2027-02-06 15:56 and 2030-02-02 16:07 UTC.
    expect(isoDate(newMoonDayNear(dayNumber("2012-08-18")))).toBe("2012-08-17");
    expect(isoDate(newMoonDayNear(dayNumber("2018-11-07")))).toBe("2018-11-08");
    expect(isoDate(newMoonDayNear(dayNumber("2027-02-07")))).toBe("2027-02-06");
    expect(isoDate(newMoonDayNear(dayNumber("2030-02-02")))).toBe("2030-02-03");
  });
});

describe("Chinese calendar", () => {
  it("finds Lunar New Year's Day", () => {
    const known = [
      "2000-02-05",
      "2003-02-01",
      "2006-01-29",
      "2012-01-23",
      "2020-01-25",
      "2023-01-22",
      "2024-02-10",
      "2025-01-29",
      "2026-02-17",
      "2027-02-06",
      "2030-02-03",
    ];
    for (const iso of known) expect(isoDate(lunarNewYear(Number(iso.slice(0, 4))))).toBe(iso);
  });

  it("maps festivals to civil days, across leap months (2020 had a leap 4th month, 2023 a leap 2nd, 2025 a leap 6th)", () => {
    expect(isoDate(lunarToCivil(2020, 4, 8))).toBe("2020-04-30"); // Buddha's Birthday
    expect(isoDate(lunarToCivil(2020, 5, 5))).toBe("2020-06-25"); // Tuen Ng, after the leap 4th month
    expect(isoDate(lunarToCivil(2023, 9, 9))).toBe("2023-10-23"); // Chung Yeung
    expect(isoDate(lunarToCivil(2025, 8, 15))).toBe("2025-10-06"); // Mid-Autumn, after the leap 6th month
    expect(lunarDate(dayNumber("2023-03-22"))).toEqual({ month: 2, leap: true, day: 1 });
  });

  it("puts Qingming on the Hong Kong Observatory's dates for 2000-2030", () => {
    // HKO Gregorian-Lunar calendar conversion tables, day of April.
    const april = [4, 5, 5, 5, 4, 5, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5];
    april.forEach((d, i) => expect(isoDate(qingming(2000 + i))).toBe(`${2000 + i}-04-0${d}`));
    expect(() => qingming(2100)).toThrow(/2000-2099/);
  });
});

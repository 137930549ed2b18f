/**
 * Chinese lunisolar dates and the Qingming solar term, the anchors of the Hong Kong and mainland
 * festivals. The month structure (numbering, leap months) comes from the ICU Chinese calendar built
 * into Node (`Intl`, calendar `chinese`); the first day of each month is then set to the Beijing
 * date of the true new moon (newMoon.ts), because ICU misplaces new moons close to midnight.
 */
import { dayFromCivil } from "./days.js";
import { newMoonDayNear } from "./newMoon.js";

const MS_PER_DAY = 86_400_000;
const formatter = new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" });

/** Lunar month (1-12), whether it is an intercalary (leap) month, and day of month (1-30) of a civil day, as ICU gives them. */
export function lunarDate(day: number): { month: number; leap: boolean; day: number } {
  let month = Number.NaN;
  let leap = false;
  let dom = Number.NaN;
  for (const part of formatter.formatToParts(new Date(day * MS_PER_DAY))) {
    if (part.type === "month") {
      // ICU writes an intercalary month as e.g. "4bis".
      leap = part.value.endsWith("bis");
      month = Number.parseInt(part.value, 10);
    } else if (part.type === "day") {
      dom = Number.parseInt(part.value, 10);
    }
  }
  if (!Number.isInteger(month) || !Number.isInteger(dom)) throw new Error(`ICU returned no Chinese calendar date for day ${day}`);
  return { month, leap, day: dom };
}

const newYearCache = new Map<number, number>();

/** Lunar New Year's Day (1st day of the 1st month) in a Gregorian year; it always falls between January 21 and February 20. */
export function lunarNewYear(year: number): number {
  const cached = newYearCache.get(year);
  if (cached !== undefined) return cached;
  const first = dayFromCivil(year, 1, 21);
  const l = lunarDate(first);
  // January 21 is either already in month 1, or on day l.day of month 12 (29 or 30 days long).
  let found = l.month === 1 && !l.leap ? first - (l.day - 1) : first + 30 - l.day;
  if (lunarDate(found).day !== 1) found += 1;
  const corrected = newMoonDayNear(found);
  newYearCache.set(year, corrected);
  return corrected;
}

/**
 * The civil day of lunar `month`/`day` (a regular, non-leap month) in the lunar year that begins in
 * Gregorian `year`. Starts from an estimate (29.53 days per lunar month), finds the month with ICU,
 * and counts the days from the month's true new moon.
 */
export function lunarToCivil(year: number, month: number, day: number): number {
  let guess = lunarNewYear(year) + Math.round(29.53 * (month - 1)) + day - 1;
  for (let attempt = 0; attempt < 4; attempt++) {
    const l = lunarDate(guess);
    if (l.month === month && !l.leap) return newMoonDayNear(guess - (l.day - 1)) + day - 1;
    // Before the target month (or in the leap month preceding it): jump a month ahead; past it: back.
    guess += l.month < month || (l.month === month && l.leap) ? 29 : -29;
  }
  throw new Error(`lunar ${month}/${day} not found in ${year}`);
}

/**
 * Qingming (Ching Ming), the solar term when the sun reaches ecliptic longitude 15 degrees, in
 * China Standard Time. The standard closed form for 2000-2099: day of April =
 * floor(Y * 0.2422 + 4.81) - floor(Y / 4), Y = year mod 100. The tests check it against the
 * Hong Kong Observatory's dates for every year of the coverage, and the closures in the data.
 */
export function qingming(year: number): number {
  if (year < 2000 || year > 2099) throw new RangeError(`Qingming formula covers 2000-2099, got ${year}`);
  const y = year % 100;
  return dayFromCivil(year, 4, Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4));
}

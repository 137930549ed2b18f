/**
 * Calendar days: as integers (days since 1970-01-01, UTC; the unit every date column uses) and as ISO
 * dates `YYYY-MM-DD` (what articles, files and reports carry). The program's one date module: pure
 * integer arithmetic, no Date object, so no time zone can shift a day.
 */

/** Days since 1970-01-01 for an ISO date `YYYY-MM-DD`; NaN when the text is not a real calendar date. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  return dayFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Day number of a proleptic Gregorian date, NaN when month or day is out of range. Integer arithmetic
 * (the "days from civil" algorithm of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"),
 * far cheaper than going through Date objects on hot paths.
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1-12) and day of a day number (inverse of dayFromCivil). */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function isoDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (not 2025-02-30, not 2025-2-3). */
export function isIsoDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/** The ISO date `days` calendar days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  const n = dayNumber(iso);
  if (Number.isNaN(n)) throw new RangeError(`"${iso}" is not a date written YYYY-MM-DD`);
  return isoDate(n + days);
}

/** The Monday of the (ISO, Monday-first) week `iso` falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(dayNumber(iso)) + 6) % 7));
}

/** The ISO date of a year, month (1-12) and day, or undefined when they name no real day (February 30). */
export function makeDate(year: number, month: number, day: number): string | undefined {
  const n = dayFromCivil(year, month, day);
  return Number.isNaN(n) ? undefined : isoDate(n);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * New York Stock Exchange (XNYS) holidays, also used for Nasdaq (XNAS), which closes on the same days.
 *
 * Source: NYSE Rule 7.2 (Holidays) and the NYSE holidays and trading hours page
 * (https://www.nyse.com/markets/hours-calendars). Rule 7.2: the Exchange is closed on the listed
 * holidays; a holiday on a Saturday closes the preceding Friday and one on a Sunday the following
 * Monday, "unless unusual business conditions exist, such as the ending of a monthly or yearly
 * accounting period" - which is why a Saturday New Year's Day is not observed on Friday December 31
 * (New Year 2005, 2011 and 2022 fell on a Saturday and the market was open the Friday before).
 */
import { goodFriday } from "./easter.js";
import {
  type Closure,
  type HalfDay,
  type HolidayRule,
  type OneOff,
  MONDAY,
  THURSDAY,
  TUESDAY,
  WEDNESDAY,
  fixed,
  inForce,
  lastWeekday,
  nearestWorkday,
  nthWeekday,
  oneOffsIn,
  sundayToMonday,
} from "./rules.js";
import { dayFromCivil, weekday } from "./days.js";
import type { CalendarDefinition } from "./tradingCalendar.js";

const EARLY_CLOSE = "13:00";
const thanksgiving = nthWeekday(11, THURSDAY, 4);

/** Regular NYSE holidays, each already moved to the weekday it is observed on. */
const XNYS_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", date: (y) => sundayToMonday(fixed(1, 1)(y)) },
  { name: "Martin Luther King Jr. Day", firstYear: 1998, date: nthWeekday(1, MONDAY, 3) },
  { name: "Washington's Birthday (Presidents' Day)", date: nthWeekday(2, MONDAY, 3) },
  { name: "Good Friday", date: goodFriday },
  { name: "Memorial Day", date: lastWeekday(5, MONDAY) },
  { name: "Juneteenth National Independence Day", firstYear: 2022, date: (y) => nearestWorkday(fixed(6, 19)(y)) },
  { name: "Independence Day", date: (y) => nearestWorkday(fixed(7, 4)(y)) },
  { name: "Labor Day", date: nthWeekday(9, MONDAY, 1) },
  { name: "Thanksgiving Day", date: thanksgiving },
  { name: "Christmas Day", date: (y) => nearestWorkday(fixed(12, 25)(y)) },
];

/** Unscheduled full-day closures since 2000 (NYSE announcements; the same days as `exchange_calendars`). */
const XNYS_ONE_OFFS: readonly OneOff[] = [
  ...["2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14"].map((date) => ({
    date,
    name: "September 11 attacks",
    source: "NYSE closed from the attacks until reopening on 2001-09-17",
  })),
  { date: "2004-06-11", name: "Mourning for President Ronald Reagan", source: "national day of mourning, NYSE closure notice" },
  { date: "2007-01-02", name: "Mourning for President Gerald Ford", source: "national day of mourning, NYSE closure notice" },
  { date: "2012-10-29", name: "Hurricane Sandy", source: "NYSE weather closure, 2012-10-29..30" },
  { date: "2012-10-30", name: "Hurricane Sandy", source: "NYSE weather closure, 2012-10-29..30" },
  { date: "2018-12-05", name: "Mourning for President George H. W. Bush", source: "national day of mourning, NYSE closure notice" },
  { date: "2025-01-09", name: "Mourning for President Jimmy Carter", source: "national day of mourning, NYSE closure notice" },
];

/**
 * Early closes at 13:00 ET (NYSE Rule 7.2 and the annual holiday notices): the day after
 * Thanksgiving; Christmas Eve when it is a Monday to Thursday (a Friday December 24 is the observed
 * Christmas); July 3 when it is a Monday, Tuesday or Thursday, and also a Wednesday from 2013; before
 * 2013, a Thursday Independence Day instead closed early the Friday after (2002-07-05).
 */
function halfDays(year: number): HalfDay[] {
  const out: HalfDay[] = [{ day: thanksgiving(year) + 1, name: "Day after Thanksgiving", closeTime: EARLY_CLOSE }];
  const christmasEve = dayFromCivil(year, 12, 24);
  if (weekday(christmasEve) >= MONDAY && weekday(christmasEve) <= THURSDAY) out.push({ day: christmasEve, name: "Christmas Eve", closeTime: EARLY_CLOSE });
  const july3 = dayFromCivil(year, 7, 3);
  const dow = weekday(july3);
  if (dow === MONDAY || dow === TUESDAY || dow === THURSDAY || (dow === WEDNESDAY && year >= 2013)) {
    out.push({ day: july3, name: "Day before Independence Day", closeTime: EARLY_CLOSE });
  }
  if (dow === WEDNESDAY && year < 2013) out.push({ day: july3 + 2, name: "Day after Independence Day", closeTime: EARLY_CLOSE });
  return out;
}

function closures(year: number): Closure[] {
  const out: Closure[] = [];
  for (const rule of XNYS_HOLIDAY_RULES) {
    const day = inForce(rule, year) ? rule.date(year) : undefined;
    if (day !== undefined) out.push({ day, name: rule.name, projected: false });
  }
  for (const o of oneOffsIn(XNYS_ONE_OFFS, year)) out.push({ ...o, projected: false });
  return out;
}

function definition(mic: "XNYS" | "XNAS", name: string): CalendarDefinition {
  return {
    mic,
    name,
    timeZone: "America/New_York",
    openTime: "09:30",
    closeTime: "16:00",
    hoursSource: "NYSE holidays and trading hours, core trading session 9:30 a.m. to 4:00 p.m. ET (https://www.nyse.com/markets/hours-calendars)",
    closures,
    halfDays,
  };
}

/** NYSE. */
export const XNYS: CalendarDefinition = definition("XNYS", "New York Stock Exchange");

/** Nasdaq: the NYSE holidays, one-offs and early closes. */
export const XNAS: CalendarDefinition = definition("XNAS", "Nasdaq Stock Market");

/**
 * Hong Kong Exchanges and Clearing, securities market (XHKG).
 *
 * The market closes on the general holidays of the General Holidays Ordinance (Cap. 149, Schedule),
 * as published each year by the HKSAR Government (https://www.gov.hk/en/about/abouthk/holiday/) and
 * in the HKEX trading calendar (https://www.hkex.com.hk/Services/Trading-hours-and-Severe-Weather-Arrangements/Trading-Hours/Securities-Market),
 * plus days when severe weather kept the market shut all day.
 */
import { lunarNewYear, lunarToCivil, qingming } from "./lunar.js";
import { easterMonday, goodFriday } from "./easter.js";
import { dayFromCivil, weekday } from "./days.js";
import { type Closure, type HalfDay, type HolidayRule, type OneOff, SUNDAY, fixed, inForce, isWeekend, oneOffsIn } from "./rules.js";
import type { CalendarDefinition } from "./tradingCalendar.js";

/**
 * The year the General Holidays and Employment Legislation (Substitution of Holidays) (Amendment)
 * Ordinance 2011 first applies. Before it, when one of the three Lunar New Year days fell on a Sunday,
 * the day preceding Lunar New Year's Day was the holiday instead, and when the day following the
 * Mid-Autumn Festival fell on a Sunday, the Mid-Autumn Festival itself (a Saturday) was the holiday.
 * From it, the fourth day of Lunar New Year and the Monday after are the substitutes.
 */
const SUBSTITUTION_REFORM_YEAR = 2012;

/**
 * Full-day closures for the Lunar New Year: handled apart from the other holidays because their
 * Sunday substitute is a fixed day (see SUBSTITUTION_REFORM_YEAR), not the next free day.
 */
function lunarNewYearHolidays(year: number): Closure[] {
  const lny = lunarNewYear(year);
  const out: Closure[] = [
    { day: lny, name: "Lunar New Year's Day", projected: false },
    { day: lny + 1, name: "The second day of Lunar New Year", projected: false },
    { day: lny + 2, name: "The third day of Lunar New Year", projected: false },
  ];
  if (out.some((c) => weekday(c.day) === SUNDAY)) {
    out.push(
      year >= SUBSTITUTION_REFORM_YEAR
        ? { day: lny + 3, name: "The fourth day of Lunar New Year", projected: false }
        : { day: lny - 1, name: "The day preceding Lunar New Year's Day", projected: false },
    );
  }
  return out;
}

/**
 * The other general holidays, in priority order: when two fall on the same day, the earlier one in
 * this list keeps it and the later one moves to the next free day (2010: Ching Ming on Easter Monday
 * moved to April 6; 2012: the day following Mid-Autumn on National Day moved to October 2). The day
 * following Good Friday (Holy Saturday) is a general holiday too, but always a Saturday, so it never
 * closes a session nor blocks a substitute.
 */
const XHKG_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "The first day of January", date: fixed(1, 1) },
  { name: "Good Friday", date: goodFriday },
  { name: "Easter Monday", date: easterMonday },
  { name: "Labour Day", firstYear: 1999, date: fixed(5, 1) },
  { name: "Hong Kong Special Administrative Region Establishment Day", firstYear: 1997, date: fixed(7, 1) },
  { name: "National Day", date: fixed(10, 1) },
  { name: "Christmas Day", date: fixed(12, 25) },
  {
    name: "The first weekday after Christmas Day",
    date: (y) => (weekday(dayFromCivil(y, 12, 26)) === SUNDAY ? dayFromCivil(y, 12, 27) : dayFromCivil(y, 12, 26)),
  },
  { name: "Ching Ming Festival", date: qingming },
  { name: "The Birthday of the Buddha", firstYear: 1999, date: (y) => lunarToCivil(y, 4, 8) },
  { name: "Tuen Ng Festival", date: (y) => lunarToCivil(y, 5, 5) },
  {
    name: "The day following the Chinese Mid-Autumn Festival",
    date: (y) => {
      const day = lunarToCivil(y, 8, 15) + 1;
      return y < SUBSTITUTION_REFORM_YEAR && weekday(day) === SUNDAY ? day - 1 : day;
    },
  },
  { name: "Chung Yeung Festival", date: (y) => lunarToCivil(y, 9, 9) },
];

/**
 * Severe weather (typhoon signal No. 8 or above, or the black rainstorm warning, in force past noon)
 * and other full-day closures since 2000. Morning-only cancellations are not closures. Since
 * 2024-09-23 HKEX trades through severe weather ("Severe Weather Trading"), so no weather closure
 * can follow. Each day is confirmed by the sample data (no HSI close; from 2009 no stock traded)
 * and matches the ad hoc closures of `exchange_calendars` (which lacks 2023-09-01 and 2023-09-08).
 */
const XHKG_ONE_OFFS: readonly OneOff[] = [
  { date: "2001-07-06", name: "Typhoon Utor", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2001-07-25", name: "Typhoon Yutu", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2008-08-06", name: "Typhoon Kammuri", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2008-08-22", name: "Typhoon Nuri", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2011-09-29", name: "Typhoon Nesat", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2013-08-14", name: "Typhoon Utor", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2015-09-03", name: "70th anniversary of the victory of the War of Resistance", source: "one-off general holiday declared for 2015" },
  { date: "2016-08-02", name: "Typhoon Nida", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2016-10-21", name: "Typhoon Haima", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2017-08-23", name: "Typhoon Hato", source: "typhoon signal No. 10; HKEX full-day closure" },
  { date: "2020-10-13", name: "Typhoon Nangka", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2021-10-13", name: "Typhoon Kompasu", source: "typhoon signal No. 8; HKEX news release 2021-10-13" },
  { date: "2023-07-17", name: "Typhoon Talim", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
  { date: "2023-09-01", name: "Super Typhoon Saola", source: "typhoon signal No. 10; HKEX full-day closure" },
  { date: "2023-09-08", name: "Black rainstorm warning", source: "black rainstorm warning (record rainfall); HKEX full-day closure" },
  { date: "2024-09-06", name: "Typhoon Yagi", source: "typhoon signal No. 8 or above; HKEX full-day closure" },
];

/**
 * Every general holiday of `year` after Sunday substitution (Cap. 149: a general holiday on a
 * Sunday moves to the next day that is neither a Sunday nor another general holiday), plus one-offs.
 */
function closures(year: number): Closure[] {
  const newYear = lunarNewYearHolidays(year);
  const rules = XHKG_HOLIDAY_RULES.filter((r) => inForce(r, year)).flatMap((r) => {
    const day = r.date(year);
    return day === undefined ? [] : [{ day, name: r.name }];
  });
  const claimed = new Set<number>(newYear.map((c) => c.day));
  const pending: { day: number; name: string }[] = [];
  const out: Closure[] = [...newYear];
  for (const h of rules) {
    if (weekday(h.day) === SUNDAY || claimed.has(h.day)) {
      pending.push(h);
    } else {
      claimed.add(h.day);
      out.push({ ...h, projected: false });
    }
  }
  for (const h of pending.sort((a, b) => a.day - b.day)) {
    let day = h.day + 1;
    while (weekday(day) === SUNDAY || claimed.has(day)) day++;
    claimed.add(day);
    out.push({ day, name: `${h.name} (substitute for ${weekday(h.day) === SUNDAY ? "Sunday" : "a day already a holiday"})`, projected: false });
  }
  for (const o of oneOffsIn(XHKG_ONE_OFFS, year)) out.push({ ...o, projected: false });
  return out;
}

/**
 * Half-day (morning session only) on the eves of Christmas, New Year and Lunar New Year when they
 * are sessions (no half-day on a weekend). The morning session ended at 12:30 until the trading
 * hours reform of 2011-03-07, at 12:00 since.
 */
function halfDays(year: number): HalfDay[] {
  const eves = [
    { day: lunarNewYear(year) - 1, name: "Lunar New Year's Eve" },
    { day: dayFromCivil(year, 12, 24), name: "Christmas Eve" },
    { day: dayFromCivil(year, 12, 31), name: "New Year's Eve" },
  ];
  const reform = dayFromCivil(2011, 3, 7);
  return eves.filter((e) => !isWeekend(e.day)).map((e) => ({ ...e, closeTime: e.day < reform ? "12:30" : "12:00" }));
}

export const XHKG: CalendarDefinition = {
  mic: "XHKG",
  name: "Hong Kong Exchanges and Clearing (securities market)",
  timeZone: "Asia/Hong_Kong",
  openTime: "09:30",
  closeTime: "16:00",
  lunchBreak: ["12:00", "13:00"],
  hoursSource:
    "HKEX securities market trading hours: morning session 09:30-12:00, afternoon session 13:00-16:00, half-days morning only (https://www.hkex.com.hk/Services/Trading-hours-and-Severe-Weather-Arrangements/Trading-Hours/Securities-Market)",
  closures,
  halfDays,
};

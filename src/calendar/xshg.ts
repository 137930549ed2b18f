/**
 * Shanghai Stock Exchange (XSHG) and Shenzhen Stock Exchange (XSHE): the same closures.
 *
 * Mainland holidays are not a rule: every year the General Office of the State Council publishes the
 * holiday arrangement (放假安排), moving working days around weekends to make week-long blocks, and
 * both exchanges then announce their closures (休市安排): every weekday inside a block, and also the
 * weekend "adjusted working days", on which the exchanges stay closed. So the published years are a
 * table of facts; only the years not yet published are projected by rules.
 */
import { lunarNewYear, lunarToCivil, qingming } from "./lunar.js";
import { dayFromCivil, dayNumber, weekday } from "./days.js";
import { type Closure, MONDAY, SATURDAY, SUNDAY, THURSDAY, TUESDAY, isWeekend } from "./rules.js";
import type { CalendarDefinition } from "./tradingCalendar.js";

/** A closure range: first and last closed weekday (every weekday between is closed), and the holiday. */
type Range = readonly [from: string, to: string, name: string];

const NEW_YEAR = "New Year's Day";
const SPRING = "Spring Festival";
const QINGMING = "Qingming Festival";
const LABOUR = "Labour Day";
const DRAGON = "Dragon Boat Festival";
const MID_AUTUMN = "Mid-Autumn Festival";
const NATIONAL = "National Day";
const NATIONAL_MID_AUTUMN = "National Day and Mid-Autumn Festival";

/**
 * Published closures, 2000-2026. Source: the exchanges' annual holiday notices (SSE/SZSE 休市安排,
 * following the State Council's 放假安排), as compiled in the precomputed XSHG list of
 * `exchange_calendars` for 2000-2024, except 2024-02-09 (Lunar New Year's Eve: the exchanges
 * closed, which that list misses and the CSI 300 data confirms); 2025 and 2026 from the State
 * Council notices published in November 2024 and November 2025. The CSI 300 sessions in the sample
 * data (2021-03-11..2026-07-17) agree with every closure here; years before 2021 rest on the notices.
 */
const XSHG_CLOSURES: Readonly<Record<number, readonly Range[]>> = {
  2000: [
    ["2000-01-03", "2000-01-03", NEW_YEAR],
    ["2000-01-31", "2000-02-11", SPRING],
    ["2000-05-01", "2000-05-05", LABOUR],
    ["2000-10-02", "2000-10-06", NATIONAL],
  ],
  2001: [
    ["2001-01-01", "2001-01-01", NEW_YEAR],
    ["2001-01-22", "2001-02-02", SPRING],
    ["2001-05-01", "2001-05-07", LABOUR],
    ["2001-10-01", "2001-10-05", NATIONAL],
  ],
  2002: [
    ["2002-01-01", "2002-01-03", NEW_YEAR],
    ["2002-02-11", "2002-02-22", SPRING],
    ["2002-05-01", "2002-05-07", LABOUR],
    ["2002-09-30", "2002-10-07", NATIONAL],
  ],
  2003: [
    ["2003-01-01", "2003-01-01", NEW_YEAR],
    ["2003-01-30", "2003-02-07", SPRING],
    ["2003-05-01", "2003-05-09", LABOUR],
    ["2003-10-01", "2003-10-07", NATIONAL],
  ],
  2004: [
    ["2004-01-01", "2004-01-01", NEW_YEAR],
    ["2004-01-19", "2004-01-28", SPRING],
    ["2004-05-03", "2004-05-07", LABOUR],
    ["2004-10-01", "2004-10-07", NATIONAL],
  ],
  2005: [
    ["2005-01-03", "2005-01-03", NEW_YEAR],
    ["2005-02-07", "2005-02-15", SPRING],
    ["2005-05-02", "2005-05-06", LABOUR],
    ["2005-10-03", "2005-10-07", NATIONAL],
  ],
  2006: [
    ["2006-01-02", "2006-01-03", NEW_YEAR],
    ["2006-01-26", "2006-02-03", SPRING],
    ["2006-05-01", "2006-05-05", LABOUR],
    ["2006-10-02", "2006-10-06", NATIONAL],
  ],
  2007: [
    ["2007-01-01", "2007-01-03", NEW_YEAR],
    ["2007-02-19", "2007-02-23", SPRING],
    ["2007-05-01", "2007-05-07", LABOUR],
    ["2007-10-01", "2007-10-05", NATIONAL],
    ["2007-12-31", "2007-12-31", NEW_YEAR],
  ],
  2008: [
    ["2008-01-01", "2008-01-01", NEW_YEAR],
    ["2008-02-06", "2008-02-12", SPRING],
    ["2008-04-04", "2008-04-04", QINGMING],
    ["2008-05-01", "2008-05-02", LABOUR],
    ["2008-06-09", "2008-06-09", DRAGON],
    ["2008-09-15", "2008-09-15", MID_AUTUMN],
    ["2008-09-29", "2008-10-03", NATIONAL],
  ],
  2009: [
    ["2009-01-01", "2009-01-02", NEW_YEAR],
    ["2009-01-26", "2009-01-30", SPRING],
    ["2009-04-06", "2009-04-06", QINGMING],
    ["2009-05-01", "2009-05-01", LABOUR],
    ["2009-05-28", "2009-05-29", DRAGON],
    ["2009-10-01", "2009-10-08", NATIONAL_MID_AUTUMN],
  ],
  2010: [
    ["2010-01-01", "2010-01-01", NEW_YEAR],
    ["2010-02-15", "2010-02-19", SPRING],
    ["2010-04-05", "2010-04-05", QINGMING],
    ["2010-05-03", "2010-05-03", LABOUR],
    ["2010-06-14", "2010-06-16", DRAGON],
    ["2010-09-22", "2010-09-24", MID_AUTUMN],
    ["2010-10-01", "2010-10-07", NATIONAL],
  ],
  2011: [
    ["2011-01-03", "2011-01-03", NEW_YEAR],
    ["2011-02-02", "2011-02-08", SPRING],
    ["2011-04-04", "2011-04-05", QINGMING],
    ["2011-05-02", "2011-05-02", LABOUR],
    ["2011-06-06", "2011-06-06", DRAGON],
    ["2011-09-12", "2011-09-12", MID_AUTUMN],
    ["2011-10-03", "2011-10-07", NATIONAL],
  ],
  2012: [
    ["2012-01-02", "2012-01-03", NEW_YEAR],
    ["2012-01-23", "2012-01-27", SPRING],
    ["2012-04-02", "2012-04-04", QINGMING],
    ["2012-04-30", "2012-05-01", LABOUR],
    ["2012-06-22", "2012-06-22", DRAGON],
    ["2012-10-01", "2012-10-05", NATIONAL_MID_AUTUMN],
  ],
  2013: [
    ["2013-01-01", "2013-01-03", NEW_YEAR],
    ["2013-02-11", "2013-02-15", SPRING],
    ["2013-04-04", "2013-04-05", QINGMING],
    ["2013-04-29", "2013-05-01", LABOUR],
    ["2013-06-10", "2013-06-12", DRAGON],
    ["2013-09-19", "2013-09-20", MID_AUTUMN],
    ["2013-10-01", "2013-10-07", NATIONAL],
  ],
  2014: [
    ["2014-01-01", "2014-01-01", NEW_YEAR],
    ["2014-01-31", "2014-02-06", SPRING],
    ["2014-04-07", "2014-04-07", QINGMING],
    ["2014-05-01", "2014-05-02", LABOUR],
    ["2014-06-02", "2014-06-02", DRAGON],
    ["2014-09-08", "2014-09-08", MID_AUTUMN],
    ["2014-10-01", "2014-10-07", NATIONAL],
  ],
  2015: [
    ["2015-01-01", "2015-01-02", NEW_YEAR],
    ["2015-02-18", "2015-02-24", SPRING],
    ["2015-04-06", "2015-04-06", QINGMING],
    ["2015-05-01", "2015-05-01", LABOUR],
    ["2015-06-22", "2015-06-22", DRAGON],
    ["2015-09-03", "2015-09-04", "70th anniversary of the victory in the War of Resistance (one-off)"],
    ["2015-10-01", "2015-10-07", NATIONAL],
  ],
  2016: [
    ["2016-01-01", "2016-01-01", NEW_YEAR],
    ["2016-02-08", "2016-02-12", SPRING],
    ["2016-04-04", "2016-04-04", QINGMING],
    ["2016-05-02", "2016-05-02", LABOUR],
    ["2016-06-09", "2016-06-10", DRAGON],
    ["2016-09-15", "2016-09-16", MID_AUTUMN],
    ["2016-10-03", "2016-10-07", NATIONAL],
  ],
  2017: [
    ["2017-01-02", "2017-01-02", NEW_YEAR],
    ["2017-01-27", "2017-02-02", SPRING],
    ["2017-04-03", "2017-04-04", QINGMING],
    ["2017-05-01", "2017-05-01", LABOUR],
    ["2017-05-29", "2017-05-30", DRAGON],
    ["2017-10-02", "2017-10-06", NATIONAL_MID_AUTUMN],
  ],
  2018: [
    ["2018-01-01", "2018-01-01", NEW_YEAR],
    ["2018-02-15", "2018-02-21", SPRING],
    ["2018-04-05", "2018-04-06", QINGMING],
    ["2018-04-30", "2018-05-01", LABOUR],
    ["2018-06-18", "2018-06-18", DRAGON],
    ["2018-09-24", "2018-09-24", MID_AUTUMN],
    ["2018-10-01", "2018-10-05", NATIONAL],
    ["2018-12-31", "2018-12-31", NEW_YEAR],
  ],
  2019: [
    ["2019-01-01", "2019-01-01", NEW_YEAR],
    ["2019-02-04", "2019-02-08", SPRING],
    ["2019-04-05", "2019-04-05", QINGMING],
    ["2019-05-01", "2019-05-03", LABOUR],
    ["2019-06-07", "2019-06-07", DRAGON],
    ["2019-09-13", "2019-09-13", MID_AUTUMN],
    ["2019-10-01", "2019-10-07", NATIONAL],
  ],
  2020: [
    ["2020-01-01", "2020-01-01", NEW_YEAR],
    ["2020-01-24", "2020-01-31", `${SPRING} (extended for COVID-19, SSE notice of 2020-01-27)`],
    ["2020-04-06", "2020-04-06", QINGMING],
    ["2020-05-01", "2020-05-05", LABOUR],
    ["2020-06-25", "2020-06-26", DRAGON],
    ["2020-10-01", "2020-10-08", NATIONAL_MID_AUTUMN],
  ],
  2021: [
    ["2021-01-01", "2021-01-01", NEW_YEAR],
    ["2021-02-11", "2021-02-17", SPRING],
    ["2021-04-05", "2021-04-05", QINGMING],
    ["2021-05-03", "2021-05-05", LABOUR],
    ["2021-06-14", "2021-06-14", DRAGON],
    ["2021-09-20", "2021-09-21", MID_AUTUMN],
    ["2021-10-01", "2021-10-07", NATIONAL],
  ],
  2022: [
    ["2022-01-03", "2022-01-03", NEW_YEAR],
    ["2022-01-31", "2022-02-04", SPRING],
    ["2022-04-04", "2022-04-05", QINGMING],
    ["2022-05-02", "2022-05-04", LABOUR],
    ["2022-06-03", "2022-06-03", DRAGON],
    ["2022-09-12", "2022-09-12", MID_AUTUMN],
    ["2022-10-03", "2022-10-07", NATIONAL],
  ],
  2023: [
    ["2023-01-02", "2023-01-02", NEW_YEAR],
    ["2023-01-23", "2023-01-27", SPRING],
    ["2023-04-05", "2023-04-05", QINGMING],
    ["2023-05-01", "2023-05-03", LABOUR],
    ["2023-06-22", "2023-06-23", DRAGON],
    ["2023-09-29", "2023-10-06", NATIONAL_MID_AUTUMN],
  ],
  2024: [
    ["2024-01-01", "2024-01-01", NEW_YEAR],
    ["2024-02-09", "2024-02-16", SPRING],
    ["2024-04-04", "2024-04-05", QINGMING],
    ["2024-05-01", "2024-05-03", LABOUR],
    ["2024-06-10", "2024-06-10", DRAGON],
    ["2024-09-16", "2024-09-17", MID_AUTUMN],
    ["2024-10-01", "2024-10-07", NATIONAL],
  ],
  2025: [
    ["2025-01-01", "2025-01-01", NEW_YEAR],
    ["2025-01-28", "2025-02-04", SPRING],
    ["2025-04-04", "2025-04-04", QINGMING],
    ["2025-05-01", "2025-05-05", LABOUR],
    ["2025-06-02", "2025-06-02", DRAGON],
    ["2025-10-01", "2025-10-08", NATIONAL_MID_AUTUMN],
  ],
  2026: [
    ["2026-01-01", "2026-01-02", NEW_YEAR],
    ["2026-02-16", "2026-02-23", SPRING],
    ["2026-04-06", "2026-04-06", QINGMING],
    ["2026-05-01", "2026-05-05", LABOUR],
    ["2026-06-19", "2026-06-19", DRAGON],
    ["2026-09-25", "2026-09-25", MID_AUTUMN],
    ["2026-10-01", "2026-10-07", NATIONAL],
  ],
};

/** Weekdays from `from` to `to` inclusive, named. */
function weekdaysBetween(from: number, to: number, name: string, projected: boolean): Closure[] {
  const out: Closure[] = [];
  for (let d = from; d <= to; d++) if (!isWeekend(d)) out.push({ day: d, name, projected });
  return out;
}

/**
 * Weekday closures the arrangements since 2014 give a one-day festival: on a weekend, the Monday
 * after; on a Tuesday, also the Monday before; on a Thursday, also the Friday after (the bridge day
 * is swapped with a weekend working day).
 */
function bridged(day: number, name: string): Closure[] {
  const dow = weekday(day);
  if (dow === SATURDAY) return weekdaysBetween(day + 2, day + 2, name, true);
  if (dow === SUNDAY) return weekdaysBetween(day + 1, day + 1, name, true);
  if (dow === TUESDAY) return weekdaysBetween(day - 1, day, name, true);
  if (dow === THURSDAY) return weekdaysBetween(day, day + 1, name, true);
  return weekdaysBetween(day, day, name, true);
}

/**
 * Projected closures for a year with no published arrangement, following the pattern of the
 * arrangements since 2014 and the 2025 revision of the National Holidays regulation (Spring Festival
 * from its eve, two Labour Day holidays): New Year's Day, Qingming, Dragon Boat and Mid-Autumn
 * bridged (see `bridged`); Spring Festival from Lunar New Year's Eve to the 7th day; Labour Day a
 * five-day block from May 1 (from the Saturday before when May 1 is a Sunday or Monday); National Day
 * October 1-7, or an eight-day block with Mid-Autumn when that falls between September 29
 * (September 29 - October 6) and October 8 (October 1-8). Checked against the published years, it
 * reproduces 2023-2026 exactly; earlier years followed older regulations. Marked
 * projected: replace with the published notice when it comes out.
 */
function projectedClosures(year: number): Closure[] {
  const lny = lunarNewYear(year);
  const may1 = dayFromCivil(year, 5, 1);
  const labourStart = weekday(may1) === SUNDAY ? may1 - 1 : weekday(may1) === MONDAY ? may1 - 2 : may1;
  const midAutumn = lunarToCivil(year, 8, 15);
  const oct1 = dayFromCivil(year, 10, 1);
  const joined = midAutumn >= oct1 - 2 && midAutumn <= oct1 + 7;
  return [
    ...bridged(dayFromCivil(year, 1, 1), NEW_YEAR),
    ...weekdaysBetween(lny - 1, lny + 6, SPRING, true),
    ...bridged(qingming(year), QINGMING),
    ...weekdaysBetween(labourStart, labourStart + 4, LABOUR, true),
    ...bridged(lunarToCivil(year, 5, 5), DRAGON),
    ...(joined
      ? midAutumn < oct1
        ? weekdaysBetween(midAutumn, oct1 + 5, NATIONAL_MID_AUTUMN, true)
        : weekdaysBetween(oct1, oct1 + 7, NATIONAL_MID_AUTUMN, true)
      : [...bridged(midAutumn, MID_AUTUMN), ...weekdaysBetween(oct1, oct1 + 6, NATIONAL, true)]),
  ];
}

function closures(year: number): Closure[] {
  const table = XSHG_CLOSURES[year];
  if (table === undefined) return projectedClosures(year);
  return table.flatMap(([from, to, name]) => weekdaysBetween(dayNumber(from), dayNumber(to), name, false));
}

function definition(mic: "XSHG" | "XSHE", name: string): CalendarDefinition {
  return {
    mic,
    name,
    timeZone: "Asia/Shanghai",
    openTime: "09:30",
    closeTime: "15:00",
    lunchBreak: ["11:30", "13:00"],
    hoursSource:
      mic === "XSHG"
        ? "SSE Trading Rules, continuous auction 09:30-11:30 and 13:00-15:00 Beijing time (https://english.sse.com.cn/start/trading/schedule/)"
        : "SZSE Trading Rules, continuous auction 09:30-11:30 and 13:00-14:57, closing call auction to 15:00 Beijing time (https://www.szse.cn/English/services/trading/schedule/)",
    closures,
    halfDays: () => [],
  };
}

/** Shanghai Stock Exchange. No early closes. */
export const XSHG: CalendarDefinition = definition("XSHG", "Shanghai Stock Exchange");

/** Shenzhen Stock Exchange: the same closures as Shanghai. */
export const XSHE: CalendarDefinition = definition("XSHE", "Shenzhen Stock Exchange");

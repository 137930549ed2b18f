/**
 * Building blocks of a rule-based trading calendar, in the style of Python's `exchange_calendars`:
 * a calendar is data (named holiday rules valid for a range of years, one-off closures with their
 * reason, early closes) evaluated by a small engine. Everything here works on day numbers (days since
 * 1970-01-01, see days.ts).
 */
import { dayFromCivil, dayNumber, weekday } from "./days.js";

/** Day of the week constants, as returned by `weekday`. */
export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const SATURDAY = 6;

/** A day with the name of the holiday (or event) that falls on it. */
export interface NamedDay {
  readonly day: number;
  readonly name: string;
}

/** A day the market is closed all day. `projected` marks a closure computed by a fallback rule for a year the exchange had not (yet) published, rather than taken from a published list. */
export interface Closure extends NamedDay {
  readonly projected: boolean;
}

/** A session that closes early, with its local closing time (`HH:MM`, exchange time zone). */
export interface HalfDay extends NamedDay {
  readonly closeTime: string;
}

/**
 * A recurring holiday: where it falls in a given year (before any weekend observance), valid for
 * the years `firstYear..lastYear` inclusive (open-ended when absent).
 */
export interface HolidayRule {
  readonly name: string;
  readonly firstYear?: number;
  readonly lastYear?: number;
  /** The day in `year`, or undefined when the holiday does not occur that year. */
  readonly date: (year: number) => number | undefined;
}

/** A one-off closure (or early close): the ISO date, what happened, and where the fact comes from. */
export interface OneOff {
  readonly date: string;
  readonly name: string;
  readonly source: string;
}

/** Whether a rule is in force in `year`. */
export function inForce(rule: { readonly firstYear?: number; readonly lastYear?: number }, year: number): boolean {
  return (rule.firstYear === undefined || year >= rule.firstYear) && (rule.lastYear === undefined || year <= rule.lastYear);
}

/** A fixed month and day every year. */
export function fixed(month: number, day: number): (year: number) => number {
  return (year) => dayFromCivil(year, month, day);
}

/** The `n`-th (1-based) given weekday of a month, e.g. the third Monday of January. */
export function nthWeekday(month: number, dow: number, n: number): (year: number) => number {
  return (year) => {
    const first = dayFromCivil(year, month, 1);
    return first + ((dow - weekday(first) + 7) % 7) + 7 * (n - 1);
  };
}

/** The last given weekday of a month, e.g. the last Monday of May. */
export function lastWeekday(month: number, dow: number): (year: number) => number {
  return (year) => {
    const end = month === 12 ? dayFromCivil(year, 12, 31) : dayFromCivil(year, month + 1, 1) - 1;
    return end - ((weekday(end) - dow + 7) % 7);
  };
}

/** Observance: a Sunday holiday is observed on the Monday after; Saturday holidays are not moved. */
export function sundayToMonday(day: number): number {
  return weekday(day) === SUNDAY ? day + 1 : day;
}

/** Observance: a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
export function nearestWorkday(day: number): number {
  const dow = weekday(day);
  if (dow === SATURDAY) return day - 1;
  if (dow === SUNDAY) return day + 1;
  return day;
}

/** Whether a day is a Saturday or a Sunday. */
export function isWeekend(day: number): boolean {
  const dow = weekday(day);
  return dow === SATURDAY || dow === SUNDAY;
}

/** One-offs dated in `year`, as named days. */
export function oneOffsIn(list: readonly OneOff[], year: number): NamedDay[] {
  const prefix = `${year}-`;
  return list.filter((o) => o.date.startsWith(prefix)).map((o) => ({ day: dayNumber(o.date), name: o.name }));
}

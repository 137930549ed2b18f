/**
 * The calendar engine: turns a calendar definition (closures and half-days per year, see rules.ts)
 * into dense lookup tables over the coverage, and answers session questions in O(1): is a day a
 * session, the sessions of a range, the next/previous session, and event-time arithmetic.
 */
import { civilFromDay, dayFromCivil, isoDate } from "./days.js";
import { type Closure, type HalfDay, isWeekend } from "./rules.js";
import { AftershockError } from "../shared/errors.js";

/** Exchange codes (ISO 10383 MIC) with a calendar. */
export type Mic = "XHKG" | "XNYS" | "XNAS" | "XSHG" | "XSHE";

/** The years every calendar covers; a day outside them is an error. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2030;

/** A closed range of day numbers with its ISO text. */
export interface Coverage {
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

export const COVERAGE: Coverage = {
  first: dayFromCivil(FIRST_YEAR, 1, 1),
  last: dayFromCivil(LAST_YEAR, 12, 31),
  text: `${FIRST_YEAR}-01-01..${LAST_YEAR}-12-31`,
};

/** What an exchange module provides: identity, regular hours, and its closures and half-days year by year. */
/**
 * A day (or year) outside the years the calendars cover: a date of the user's that no calendar can
 * place, so it is reported as input (exit 2, HTTP 400), not as a fault of the program.
 */
export class CalendarCoverageError extends AftershockError {
  override readonly name = "CalendarCoverageError";

  constructor(mic: Mic, message: string) {
    super("calendar-coverage", {}, message, { mic, coverage: COVERAGE.text });
  }
}

export interface CalendarDefinition {
  readonly mic: Mic;
  readonly name: string;
  /** IANA time zone of the trading hours. */
  readonly timeZone: string;
  /** Regular opening and closing time, `HH:MM` local. */
  readonly openTime: string;
  readonly closeTime: string;
  /** The midday break, `HH:MM` local from and to, where the market has one. */
  readonly lunchBreak?: readonly [string, string];
  /** Where the regular hours are published. */
  readonly hoursSource: string;
  /** Days of `year` the market is closed all day (entries on weekends are allowed and ignored). */
  readonly closures: (year: number) => readonly Closure[];
  /** Early closes of `year` (entries on non-sessions are ignored). */
  readonly halfDays: (year: number) => readonly HalfDay[];
}

/** A trading calendar: which days are sessions, and arithmetic in sessions. Day arguments are day numbers. */
export interface TradingCalendar {
  readonly mic: Mic;
  readonly name: string;
  readonly timeZone: string;
  readonly openTime: string;
  readonly closeTime: string;
  readonly lunchBreak?: readonly [string, string];
  readonly hoursSource: string;
  readonly coverage: Coverage;
  /** The closing time of a session, `HH:MM` local: the early close on a half-day, else the regular one. */
  closeTimeOn(day: number): string;
  isSession(day: number): boolean;
  /** Sessions from `from` to `to`, both inclusive, ascending. */
  sessions(from: number, to: number): Int32Array;
  /** The first session strictly after `day`. */
  nextSession(day: number): number;
  /** The last session strictly before `day`. */
  previousSession(day: number): number;
  /**
   * The session `n` sessions away from `day` (event time: day 0, day +5, day -3). A day that is not
   * a session is first rolled forward to the next session, its day 0. Works past the end of any
   * price data, up to the end of the coverage.
   */
  addSessions(day: number, n: number): number;
  /** Weekdays of `year` the market is closed all day, with the holiday's name. */
  holidays(year: number): readonly Closure[];
  /** Sessions of `year` that close early. */
  halfDays(year: number): readonly HalfDay[];
}

const CLOSED = 0;
const SESSION = 1;
const HALF_DAY = 2;

/** Builds the lookup tables of a definition over the whole coverage. */
export function buildCalendar(def: CalendarDefinition): TradingCalendar {
  const { first, last } = COVERAGE;
  const span = last - first + 1;
  const status = new Uint8Array(span);
  for (let i = 0; i < span; i++) status[i] = isWeekend(first + i) ? CLOSED : SESSION;

  const closed = new Map<number, Closure>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const c of def.closures(year)) {
      if (c.day < first || c.day > last) throw new RangeError(`${def.mic}: closure ${isoDate(c.day)} outside coverage ${COVERAGE.text}`);
      if (isWeekend(c.day)) continue;
      const seen = closed.get(c.day);
      closed.set(c.day, seen ? { ...seen, name: `${seen.name}; ${c.name}` } : c);
      status[c.day - first] = CLOSED;
    }
  }
  const halves: HalfDay[] = [];
  const earlyClose = new Map<number, string>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of def.halfDays(year)) {
      if (status[h.day - first] !== SESSION) continue;
      status[h.day - first] = HALF_DAY;
      halves.push(h);
      earlyClose.set(h.day, h.closeTime);
    }
  }
  const holidaysByYear = byYear([...closed.values()]);
  const halfDaysByYear = byYear(halves);

  // before[i] = number of sessions on days first .. first + i - 1.
  const before = new Int32Array(span + 1);
  for (let i = 0; i < span; i++) before[i + 1] = before[i]! + (status[i] === CLOSED ? 0 : 1);
  const all = new Int32Array(before[span]!);
  for (let i = 0, k = 0; i < span; i++) if (status[i] !== CLOSED) all[k++] = first + i;

  const covered = (day: number, what: string): number => {
    if (!Number.isInteger(day)) throw new RangeError(`${def.mic} ${what}: ${String(day)} is not a day number`);
    if (day < first || day > last)
      throw new CalendarCoverageError(def.mic, `${def.mic} ${what}: ${isoDate(day)} is outside the calendar's coverage ${COVERAGE.text}`);
    return day - first;
  };
  const session = (index: number, what: string): number => {
    const day = all[index];
    if (day === undefined) throw new CalendarCoverageError(def.mic, `${def.mic} ${what}: the result falls outside the calendar's coverage ${COVERAGE.text}`);
    return day;
  };
  const year = (y: number): number => {
    if (!Number.isInteger(y)) throw new RangeError(`${def.mic}: ${y} is not a year`);
    if (y < FIRST_YEAR || y > LAST_YEAR) throw new CalendarCoverageError(def.mic, `${def.mic}: year ${y} is outside the calendar's coverage ${COVERAGE.text}`);
    return y;
  };

  return {
    mic: def.mic,
    name: def.name,
    timeZone: def.timeZone,
    openTime: def.openTime,
    closeTime: def.closeTime,
    ...(def.lunchBreak === undefined ? {} : { lunchBreak: def.lunchBreak }),
    hoursSource: def.hoursSource,
    coverage: COVERAGE,
    closeTimeOn: (day) => earlyClose.get(day) ?? def.closeTime,
    isSession: (day) => status[covered(day, "isSession")] !== CLOSED,
    sessions: (from, to) => {
      const a = covered(from, "sessions");
      const b = covered(to, "sessions");
      return b < a ? new Int32Array(0) : all.slice(before[a], before[b + 1]);
    },
    nextSession: (day) => session(before[covered(day, "nextSession") + 1]!, "nextSession"),
    previousSession: (day) => session(before[covered(day, "previousSession")]! - 1, "previousSession"),
    addSessions: (day, n) => {
      if (!Number.isInteger(n)) throw new RangeError(`${def.mic} addSessions: n must be an integer, got ${n}`);
      return session(before[covered(day, "addSessions")]! + n, `addSessions(${isoDate(day)}, ${n})`);
    },
    holidays: (y) => holidaysByYear.get(year(y)) ?? [],
    halfDays: (y) => halfDaysByYear.get(year(y)) ?? [],
  };
}

/** Groups named days by the calendar year they fall in, each group in date order. */
function byYear<T extends { readonly day: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of [...items].sort((a, b) => a.day - b.day)) {
    const y = civilFromDay(item.day).year;
    const group = out.get(y);
    if (group) group.push(item);
    else out.set(y, [item]);
  }
  return out;
}

/** The agreement report between a trading calendar and the dates a price series actually has. */
import type { TradingCalendar } from "./tradingCalendar.js";

/** Disagreements between a calendar and observed trading dates, both as ascending day numbers. */
export interface CalendarAgreement {
  /** First and last day compared. */
  readonly from: number;
  readonly to: number;
  /** Calendar sessions in the range. */
  readonly sessions: number;
  /** Calendar sessions with no observation (a missing row, or a closure the calendar does not know). */
  readonly missingInData: readonly number[];
  /** Observed dates that are not sessions (a data error, or a session the calendar wrongly closes). */
  readonly extraInData: readonly number[];
}

/**
 * Compares a calendar with the dates a series was observed on. The range defaults to the observed
 * dates' first to last day, clipped to the calendar's coverage; observations outside the range
 * are ignored.
 */
export function compareWithObserved(calendar: TradingCalendar, observedDates: Int32Array, from?: number, to?: number): CalendarAgreement {
  const observed = Int32Array.from(new Set(observedDates)).sort();
  const lo = Math.max(from ?? observed[0] ?? calendar.coverage.first, calendar.coverage.first);
  const hi = Math.min(to ?? observed[observed.length - 1] ?? calendar.coverage.last, calendar.coverage.last);
  const sessions = hi < lo ? new Int32Array(0) : calendar.sessions(lo, hi);
  const missingInData: number[] = [];
  const extraInData: number[] = [];
  let j = 0;
  for (const day of observed) {
    if (day < lo || day > hi) continue;
    while (j < sessions.length && sessions[j]! < day) missingInData.push(sessions[j++]!);
    if (j < sessions.length && sessions[j] === day) j++;
    else extraInData.push(day);
  }
  while (j < sessions.length) missingInData.push(sessions[j++]!);
  return { from: lo, to: hi, sessions: sessions.length, missingInData, extraInData };
}

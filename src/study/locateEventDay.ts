import type { EventStatus } from "./eventStatus.js";
import { lowerBound } from "./panel.js";
import { isoDate } from "../calendar/days.js";

export type NonTradingDayPolicy = "next" | "previous" | "exclude";

/**
 * Row of day 0 in a security's trading days. An event on a day the security did not trade moves to
 * the next trading day (news after the close, or on a holiday), the previous one, or is excluded.
 * `exchangeDays` are the days its exchange traded (the exchange's calendar sessions, else the market
 * index's dates): when the exchange traded on the event date, or on the day the event moves to, but
 * the security did not, the security was suspended or its price is missing: that is reported, never
 * silently moved further.
 */
export function locateEventDay(
  dates: Int32Array,
  eventDate: number,
  policy: NonTradingDayPolicy,
  exchangeDays?: Int32Array,
): { row: number } | { status: EventStatus } {
  const when = isoDate(eventDate);
  if (dates.length === 0) return { status: { code: "no-data" } };
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  if (eventDate < first) {
    return { status: { code: "not-yet-listed", eventDate: when, firstReturn: isoDate(first) } };
  }
  if (eventDate > last) {
    return { status: { code: "after-last-data", eventDate: when, lastReturn: isoDate(last) } };
  }
  const row = lowerBound(dates, eventDate);
  if (dates[row] === eventDate) return { row };
  const j = exchangeDays ? lowerBound(exchangeDays, eventDate) : -1;
  if (exchangeDays && exchangeDays[j] === eventDate) {
    return { status: { code: "not-traded-on-event-date", eventDate: when } };
  }
  if (policy === "exclude") return { status: { code: "non-trading-day-excluded", eventDate: when } };
  if (exchangeDays) {
    const target = policy === "next" ? exchangeDays[j] : exchangeDays[j - 1];
    if (target !== undefined) {
      const r = lowerBound(dates, target);
      if (dates[r] === target) return { row: r };
      return { status: { code: "not-traded-on-event-date", eventDate: when, policy, session: isoDate(target) } };
    }
  }
  return { row: policy === "next" ? row : row - 1 };
}

import { failed, type EventStatus } from "./eventStatus.js";
import { lowerBound } from "./panel.js";
import { isoDate } from "../calendar/days.js";

export type NonTradingDayPolicy = "next" | "previous" | "exclude";

/**
 * Row of day 0 in a security's trading days. An event on a day the security did not trade moves to
 * the next trading day (news after the close, or on a holiday), the previous one, or is excluded.
 * When the market traded that day but the security did not, the security was suspended or its price
 * is missing: that is reported, never silently moved.
 */
export function locateEventDay(
  dates: Int32Array,
  eventDate: number,
  policy: NonTradingDayPolicy,
  marketDates?: Int32Array,
): { row: number } | { status: EventStatus } {
  const when = isoDate(eventDate);
  if (dates.length === 0) return { status: failed("no-data", "the security has no returns") };
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  if (eventDate < first) {
    return { status: failed("not-yet-listed", `the event (${when}) is before the security's first return (${isoDate(first)})`) };
  }
  if (eventDate > last) {
    return { status: failed("after-last-data", `the event (${when}) is after the security's last return (${isoDate(last)})`) };
  }
  const row = lowerBound(dates, eventDate);
  if (dates[row] === eventDate) return { row };
  if (marketDates) {
    const m = lowerBound(marketDates, eventDate);
    if (marketDates[m] === eventDate) {
      return {
        status: failed("not-traded-on-event-date", `the market traded on ${when} but the security has no return that day (suspended or missing)`),
      };
    }
  }
  switch (policy) {
    case "next":
      return { row };
    case "previous":
      return { row: row - 1 };
    case "exclude":
      return { status: failed("non-trading-day-excluded", `${when} is not a trading day of the security`) };
  }
}

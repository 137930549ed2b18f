/**
 * The trading date of a bar stamped with an instant. Yahoo stamps daily bars with a Unix time near
 * the session (09:30 New York is 13:30/14:30 UTC, same date), or at local midnight: 00:00 in Hong
 * Kong is 16:00 UTC of the previous day, so the UTC date would be one day early. The date must be
 * read on the exchange's own calendar.
 */
import { dayFromCivil } from "../../calendar/days.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A function from Unix seconds to the exchange-local day number. Uses the IANA zone (e.g.
 * "Asia/Hong_Kong") when given and known to this runtime, so daylight saving time is applied as
 * of each date; else the fixed `gmtOffsetSeconds` (Yahoo's `meta.gmtoffset`, the offset now).
 */
export function exchangeDayReader(timeZone: string | undefined, gmtOffsetSeconds: number): (unixSeconds: number) => number {
  const format = timeZone === undefined ? undefined : formatter(timeZone);
  if (format === undefined) return (t) => Math.floor((t + gmtOffsetSeconds) / 86_400);
  return (t) => {
    let year = 0;
    let month = 0;
    let day = 0;
    for (const part of format.formatToParts(t * 1000)) {
      if (part.type === "year") year = Number(part.value);
      else if (part.type === "month") month = Number(part.value);
      else if (part.type === "day") day = Number(part.value);
    }
    return dayFromCivil(year, month, day);
  };
}

/** A date formatter for `timeZone`, or undefined when the runtime does not know the zone. */
function formatter(timeZone: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", calendar: "gregory", numberingSystem: "latn" });
    } catch (error) {
      if (error instanceof RangeError) return undefined;
      throw error;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Day 0 of a listing: the first session of its exchange that could react to news released at a
 * given instant. News before the open or during a session is priced in that session; news after the
 * close (the early close on a half-day), or on a day the exchange does not trade, is priced in the
 * next session. The instant is read on the exchange's own clock, so a Beijing evening is a New York
 * morning. When only the date of the news is known, day 0 is that date's session (or the next one).
 */
import { dayNumber } from "./days.js";
import type { TradingCalendar } from "./tradingCalendar.js";

/** Which rule placed day 0. */
export type FirstSessionRule = "before-open" | "during-session" | "after-close" | "no-session" | "date-only";

export interface FirstSession {
  /** Day 0: a session of the exchange (days since 1970-01-01). */
  readonly day: number;
  readonly rule: FirstSessionRule;
  /** The news on the exchange's clock, `YYYY-MM-DD HH:MM`; absent when only the date is known. */
  readonly local?: string;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The calendar date and `HH:MM` time of an instant in an IANA time zone. */
export function localDateTime(instant: number, timeZone: string): { date: string; time: string } {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/**
 * The instant of a local date and `HH:MM` time in an IANA time zone (milliseconds since the epoch).
 * The zone's offset is read at a first guess and corrected once, which is exact away from the hour a
 * daylight-saving change skips or repeats.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const asUtc = dayNumber(date) * 86_400_000 + (h * 60 + m) * 60_000;
  const offsetAt = (instant: number): number => {
    const local = localDateTime(instant, timeZone);
    const [lh, lm] = local.time.split(":").map(Number) as [number, number];
    return dayNumber(local.date) * 86_400_000 + (lh * 60 + lm) * 60_000 - Math.floor(instant / 60_000) * 60_000;
  };
  const guess = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(guess);
}

/** Day 0 for news released at `instant` (milliseconds since the epoch). */
export function firstSessionAt(calendar: TradingCalendar, instant: number): FirstSession {
  const { date, time } = localDateTime(instant, calendar.timeZone);
  const day = dayNumber(date);
  const local = `${date} ${time}`;
  if (!calendar.isSession(day)) return { day: calendar.nextSession(day), rule: "no-session", local };
  if (time < calendar.openTime) return { day, rule: "before-open", local };
  if (time < calendar.closeTimeOn(day)) return { day, rule: "during-session", local };
  return { day: calendar.nextSession(day), rule: "after-close", local };
}

/** Day 0 when only the date of the news is known: that date's session, or the next one. */
export function firstSessionOn(calendar: TradingCalendar, date: string): FirstSession {
  const day = dayNumber(date);
  return { day: calendar.isSession(day) ? day : calendar.nextSession(day), rule: "date-only" };
}

import { dayNumber, isoDate } from "../calendar/days.js";
import { firstSessionAt, firstSessionOn, zonedInstant, type FirstSessionRule } from "../calendar/firstSession.js";
import type { EventDocument, EventTime } from "../news/eventDocument.js";
import { calendarOf } from "./calendars.js";

/**
 * The clock time a part of the day stands for when an article gives no time ("on Friday evening"):
 * the hour by which news told that way has usually come out, on the zone's clock.
 */
const DAY_PART_TIMES: Readonly<Record<Extract<EventTime, { dayPart: unknown }>["dayPart"], string>> = {
  "early morning": "06:00",
  morning: "08:00",
  midday: "12:00",
  afternoon: "14:00",
  evening: "19:00",
  night: "22:00",
};

/** How one listing's day 0 was chosen. */
interface ListingDay0 {
  readonly eventId: string;
  readonly symbol: string;
  /** The exchange (ISO 10383 MIC) whose sessions were used, when its calendar is known. */
  readonly exchange?: string;
  readonly timeZone?: string;
  /** The news on the exchange's clock, `YYYY-MM-DD HH:MM`, when the time is known. */
  readonly local?: string;
  /** `no-calendar`: the exchange has no calendar, so the event date is passed on as it is. */
  readonly rule: FirstSessionRule | "no-calendar";
  /** The session chosen as day 0, `YYYY-MM-DD`. */
  readonly day0: string;
}

/** When the news came out, as the study used it, and the day 0 it gave each listing. */
export interface EventTiming {
  /** The event time as an instant (ISO 8601 in UTC), or absent when only the date is known. */
  readonly instant?: string;
  /** Where the time came from, in words ("the article: 'after the close on Friday'"). */
  readonly basis: string;
  readonly listings: readonly ListingDay0[];
}

/** The instant of an event time: the date-time as written, or the day part's clock time on the event date in its zone. */
function eventInstant(time: EventTime, eventDate: string): number {
  return "dateTime" in time ? Date.parse(time.dateTime) : zonedInstant(eventDate, DAY_PART_TIMES[time.dayPart], time.timeZone);
}

/** Day 0 of each listing from the event document's time (or its date alone when the time is unknown). */
export function eventTiming(event: EventDocument, listings: readonly { eventId: string; symbol: string }[]): EventTiming {
  const time = event.eventTime;
  const instant = time === undefined ? undefined : eventInstant(time, event.eventDate);
  const out = listings.map(({ eventId, symbol }): ListingDay0 => {
    const calendar = calendarOf(symbol);
    if (!calendar) return { eventId, symbol, rule: "no-calendar", day0: event.eventDate };
    const first = instant === undefined ? firstSessionOn(calendar, event.eventDate) : firstSessionAt(calendar, instant);
    return {
      eventId,
      symbol,
      exchange: calendar.mic,
      timeZone: calendar.timeZone,
      ...(first.local === undefined ? {} : { local: first.local }),
      rule: first.rule,
      day0: isoDate(first.day),
    };
  });
  return {
    ...(instant === undefined ? {} : { instant: new Date(instant).toISOString() }),
    basis: basisOf(time),
    listings: out,
  };
}

function basisOf(time: EventTime | undefined): string {
  if (time === undefined)
    return "time unknown: day 0 is the event date on each exchange (the next session where it is closed that day); news after a close would show on day +1";
  const evidence = time.evidence ? ` (${time.evidence})` : "";
  return "dateTime" in time
    ? `${time.dateTime}, precise to the ${time.precision}${evidence}`
    : `the ${time.dayPart} of the event date in ${time.timeZone}, taken as ${DAY_PART_TIMES[time.dayPart]}${evidence}`;
}

/** Day number of each listing's day 0, by event id. */
export function day0Days(timing: EventTiming): Map<string, number> {
  return new Map(timing.listings.map((l) => [l.eventId, dayNumber(l.day0)]));
}

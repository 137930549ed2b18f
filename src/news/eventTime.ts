/**
 * The time of the event, where the sentence that dated it also says when in the day: a clock time
 * with its zone, or a part of the trading day in the zone the sentence or the dateline names. Nothing
 * is guessed: without a zone, or without such words, the event keeps its date alone.
 */
import { localDateTime, zonedInstant } from "../calendar/firstSession.js";
import type { EventTime } from "./eventDocument.js";
import { CLOCK, DATELINE_ZONES, DAY_PART_WORDINGS, LISTING_ZONES, ZONE_WORDS } from "./wording/eventTimes.js";

/** Where the article was filed and the listings of its companies: the zones to fall back on. */
export interface TimeContext {
  readonly dateline?: string | undefined;
  /** Listings of the companies that are parties to the event. */
  readonly listings?: readonly string[];
  /** Listings of every company named, for when the parties' give no single clock. */
  readonly namedListings?: readonly string[];
}

/** The zone a sentence names (its first zone word). */
function zoneOf(sentence: string): string | undefined {
  let best: { at: number; timeZone: string } | undefined;
  for (const z of ZONE_WORDS) {
    const m = z.pattern.exec(sentence);
    if (m && (best === undefined || m.index < best.at)) best = { at: m.index, timeZone: z.timeZone };
  }
  return best?.timeZone;
}

/** Where the zone of an event time came from, so that the event document can say it. */
export type ZoneSource = "text" | "dateline" | "market";

/** The zone of a dateline place ("HONG KONG", "NEW YORK/BEIJING": the first place). */
export function datelineZone(place: string | undefined): string | undefined {
  if (place === undefined) return undefined;
  const first = place.split("/")[0]!.trim().toUpperCase();
  return DATELINE_ZONES[first];
}

/** `2021-10-08T16:35-04:00`: the local clock time on the date with the zone's offset then. */
function withOffset(date: string, time: string, timeZone: string): string {
  const instant = zonedInstant(date, time, timeZone);
  const local = localDateTime(instant, timeZone);
  const minutes = Math.round((Date.parse(`${local.date}T${local.time}Z`) - Math.floor(instant / 60_000) * 60_000) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${local.date}T${local.time}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A clock time the sentence gives with a zone after it, on the event date. */
function clockTime(sentence: string, date: string): EventTime | undefined {
  for (const m of sentence.matchAll(CLOCK)) {
    const [, hours, minutes, meridiem] = m;
    // A bare number before a place ("1 Hong Kong") is no clock time: minutes or a.m./p.m. make it one.
    if (minutes === undefined && meridiem === undefined) continue;
    let h = Number(hours);
    const pm = meridiem !== undefined && meridiem.toLowerCase().startsWith("p");
    if (meridiem !== undefined && (h < 1 || h > 12)) continue;
    if (meridiem !== undefined) h = (h % 12) + (pm ? 12 : 0);
    const min = minutes === undefined ? 0 : Number(minutes);
    if (h > 23 || min > 59) continue;
    const timeZone = zoneOf(sentence.slice(m.index));
    if (timeZone === undefined) continue;
    const time = `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
    return { dateTime: withOffset(date, time, timeZone), evidence: sentence, precision: minutes === undefined ? "hour" : "minute" };
  }
  return undefined;
}

/** The zone of the listings' market, when they all trade on one clock. */
function listingZone(listings: readonly string[]): string | undefined {
  const zones = new Set(listings.flatMap((symbol) => LISTING_ZONES.find((z) => z.symbol.test(symbol))?.timeZone ?? []));
  return zones.size === 1 ? [...zones][0] : undefined;
}

/**
 * The event's time from the sentence that gave its date, else the lead: a clock time with a zone, or a
 * part of the day in the zone the sentence names, else the dateline's, else the market's of the
 * companies' listings when they trade on one clock. Undefined when no sentence says when in the day.
 */
export function readEventTime(sentences: readonly string[], date: string, context: TimeContext = {}): { time: EventTime; zoneFrom: ZoneSource } | undefined {
  for (const sentence of sentences) {
    if (sentence === "") continue;
    const clock = clockTime(sentence, date);
    if (clock) return { time: clock, zoneFrom: "text" };
    for (const wording of DAY_PART_WORDINGS) {
      if (!wording.pattern.test(sentence)) continue;
      const candidates: readonly [string | undefined, ZoneSource][] = [
        [zoneOf(sentence), "text"],
        [datelineZone(context.dateline), "dateline"],
        [listingZone(context.listings ?? []) ?? listingZone(context.namedListings ?? []), "market"],
      ];
      const found = candidates.find(([zone]) => zone !== undefined);
      if (found === undefined) return undefined;
      return { time: { dayPart: wording.dayPart, timeZone: found[0]!, evidence: sentence, precision: "day-part" }, zoneFrom: found[1] };
    }
  }
  return undefined;
}

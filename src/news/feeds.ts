import { makeDate } from "../calendar/days.js";
import { dateOfTimestamp } from "./html.js";
import { decodeEntities } from "./htmlEntities.js";

/** One item of an RSS or Atom feed: its text is HTML (or plain text) to be parsed like a page. */
export interface FeedItem {
  readonly index: number;
  readonly title: string;
  readonly link?: string;
  readonly published?: string;
  readonly body: string;
}

/** An item that could not be read; the others still are. */
export interface BrokenFeedItem {
  readonly index: number;
  readonly title?: string;
  readonly error: string;
}

/** True when the text is an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The calendar date of a feed timestamp, as written: ISO 8601 (Atom) or RFC 822 (RSS,
 * "Tue, 18 Feb 2025 07:30:00 +0100"). The date is kept as the publisher wrote it, not converted
 * to UTC, because "on Monday" is meant in the publisher's calendar.
 */
export function feedDate(value: string): string | undefined {
  const iso = dateOfTimestamp(value);
  if (iso) return iso;
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(value);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  return makeDate(Number(m[3]), month, Number(m[1]));
}

function element(xml: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, "i").exec(xml);
    if (m && m[1] !== undefined) {
      const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(m[1]);
      return cdata ? cdata[1]! : decodeEntities(m[1]);
    }
  }
  return undefined;
}

function atomLink(xml: string): string | undefined {
  const m = /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/i.exec(xml);
  return m ? m[1] : undefined;
}

/**
 * The items of a feed, each either readable or broken with the reason. An item is broken when it
 * has no text, no title, or a date that cannot be read; a feed with no item at all is an error of
 * the whole input (thrown by the caller).
 */
export function parseFeed(xml: string): (FeedItem | BrokenFeedItem)[] {
  const matches = [...xml.matchAll(/<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/gi)];
  const items = matches.map((m) => m[2]!);
  const read = items.map((raw, i): FeedItem | BrokenFeedItem => {
    const index = i + 1;
    const title = element(raw, ["title"])
      ?.replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    const body = element(raw, ["content:encoded", "content", "description", "summary"])?.trim() ?? "";
    const when = element(raw, ["pubDate", "published", "dc:date", "updated"])?.trim();
    const link = element(raw, ["link"])?.trim() || atomLink(raw);
    if (!title) return { index, error: "the item has no title" };
    if (body === "") return { index, title, error: "the item has no text (no description or content)" };
    const published = when === undefined ? undefined : feedDate(when);
    if (when !== undefined && published === undefined) return { index, title, error: `the item's date "${when}" cannot be read` };
    return { index, title, body, ...(link ? { link } : {}), ...(published ? { published } : {}) };
  });
  const cut = cutOffItem(xml, matches.at(-1));
  if (cut !== undefined) read.push({ index: read.length + 1, ...(cut.title ? { title: cut.title } : {}), error: cut.error });
  return read;
}

/**
 * An item opened after the last complete one and never closed: a feed cut off in transfer. It is
 * reported as broken rather than left out without a word.
 */
function cutOffItem(xml: string, last: RegExpMatchArray | undefined): { title?: string; error: string } | undefined {
  const after = last === undefined ? 0 : last.index! + last[0].length;
  const open = /<(item|entry)\b[^>]*>/i.exec(xml.slice(after));
  if (open === null) return undefined;
  const rest = xml.slice(after + open.index + open[0].length);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i
    .exec(rest)?.[1]
    ?.replace(/<!\[CDATA\[|\]\]>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return {
    ...(title ? { title: decodeEntities(title) } : {}),
    error: `the item is cut off: no closing </${open[1]!.toLowerCase()}> (the feed ends inside it)`,
  };
}

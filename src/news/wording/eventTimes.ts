/**
 * How articles say when the news came out, beyond its date: a clock time with its zone ("at 4:35 p.m.
 * ET", "16:30 Hong Kong time"), or a part of the trading day ("after the close", "before the opening
 * bell", "late on Friday"). Day 0 of each listing follows from it (src/calendar/firstSession.ts), so
 * news after a market's close is measured on that market's next session.
 * Each example is a test (eventTime.test.ts): the sentence must give the time shown.
 */
import type { EventTime } from "../eventDocument.js";

type DayPart = Extract<EventTime, { dayPart: unknown }>["dayPart"];

/** Words that name a clock's zone, nearest first in a sentence. */
export interface ZoneWord {
  readonly pattern: RegExp;
  readonly timeZone: string;
}

export const ZONE_WORDS: readonly ZoneWord[] = [
  { pattern: /\b(?:ET|EST|EDT|Eastern(?:\s+(?:Standard|Daylight))?\s+Time|New\s+York(?:['’]s)?\s+(?:time|open|opening|close|closing|session|market)|Washington\s+time|Wall\s+Street)\b/, timeZone: "America/New_York" },
  { pattern: /\b(?:PT|PST|PDT|Pacific(?:\s+(?:Standard|Daylight))?\s+Time|California\s+time)\b/, timeZone: "America/Los_Angeles" },
  { pattern: /\b(?:HKT|Hong\s+Kong(?:\s+time|(?:['’]s)?\s+(?:close|closing|open|opening|market|session|stock\s+market)))\b/i, timeZone: "Asia/Hong_Kong" },
  { pattern: /\b(?:Beijing\s+time|China\s+time|Shanghai\s+time|Shenzhen\s+time|mainland\s+(?:close|market|session))\b/i, timeZone: "Asia/Shanghai" },
  { pattern: /\b(?:GMT|UTC)\b/, timeZone: "UTC" },
  { pattern: /\b(?:BST|London\s+time)\b/, timeZone: "Europe/London" },
];

/** Dateline places ("HONG KONG, March 3 -") and the zone of their clocks. */
export const DATELINE_ZONES: Readonly<Record<string, string>> = {
  "NEW YORK": "America/New_York",
  WASHINGTON: "America/New_York",
  BOSTON: "America/New_York",
  CHICAGO: "America/Chicago",
  "SAN FRANCISCO": "America/Los_Angeles",
  "LOS ANGELES": "America/Los_Angeles",
  SEATTLE: "America/Los_Angeles",
  "HONG KONG": "Asia/Hong_Kong",
  BEIJING: "Asia/Shanghai",
  SHANGHAI: "Asia/Shanghai",
  SHENZHEN: "Asia/Shanghai",
  HANGZHOU: "Asia/Shanghai",
  GUANGZHOU: "Asia/Shanghai",
  LONDON: "Europe/London",
  TOKYO: "Asia/Tokyo",
  SINGAPORE: "Asia/Singapore",
  TAIPEI: "Asia/Taipei",
};

/**
 * The zone of a listing's market, by its symbol: the clock an article means when it writes "after the
 * close" of the company's shares without naming a market.
 */
export const LISTING_ZONES: readonly { readonly symbol: RegExp; readonly timeZone: string }[] = [
  { symbol: /\.HK$/, timeZone: "Asia/Hong_Kong" },
  { symbol: /\.(?:SS|SZ)$/, timeZone: "Asia/Shanghai" },
  { symbol: /^[A-Z][A-Z.-]{0,5}$/, timeZone: "America/New_York" },
];

/** A part of the day, as articles word it, with the day part it stands for and examples. */
export interface DayPartWording {
  readonly pattern: RegExp;
  readonly dayPart: DayPart;
  readonly examples: readonly (readonly [sentence: string, timeZone: string])[];
}

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export const DAY_PART_WORDINGS: readonly DayPartWording[] = [
  {
    // After the market's close: the next session is the first that can react.
    pattern: /\bafter\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]?s?\s+)?(?:closing\s+bell|close|market\s+close|markets?\s+(?:had\s+)?closed|trading\s+(?:had\s+)?(?:closed|ended)|the\s+bell)\b|\bin\s+(?:extended|after-?\s?hours?)\s+trading\b|\bafter-hours\b/i,
    dayPart: "evening",
    examples: [
      ["Equifax disclosed the breach on Thursday after the close, New York time.", "America/New_York"],
      ["The regulator announced the fine after the Hong Kong close on Friday.", "Asia/Hong_Kong"],
      ["Shares fell 9% in after-hours trading on Wall Street once the results were out on Tuesday.", "America/New_York"],
    ],
  },
  {
    // Before the market's open: the same day's session is the first that can react.
    pattern: /\b(?:before|ahead\s+of)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]?s?\s+)?(?:opening\s+bell|open|market\s+open|markets?\s+opened|trading\s+(?:began|started|opened))\b|\bpre-?market\b/i,
    dayPart: "early morning",
    examples: [
      ["The company reported its results on Tuesday before the opening bell on Wall Street.", "America/New_York"],
      ["Alibaba said on Thursday, ahead of the New York open, that cloud revenue rose 18%.", "America/New_York"],
    ],
  },
  {
    pattern: new RegExp(`\\b(?:late\\s+(?:on\\s+)?${WEEKDAY}|${WEEKDAY}\\s+(?:evening|night)|on\\s+the\\s+evening\\s+of|late\\s+in\\s+the\\s+day|in\\s+the\\s+evening)\\b`, "i"),
    dayPart: "evening",
    examples: [["Beijing published the list late on Friday, Beijing time.", "Asia/Shanghai"]],
  },
  {
    pattern: new RegExp(`\\b(?:early\\s+(?:on\\s+)?${WEEKDAY}|${WEEKDAY}\\s+morning|in\\s+the\\s+morning)\\b`, "i"),
    dayPart: "morning",
    examples: [["The ministry issued the order on Monday morning, Hong Kong time.", "Asia/Hong_Kong"]],
  },
];

/** A clock time with an optional zone after it: "4:35 p.m. ET", "16:30 Hong Kong time", "8 a.m. EDT". */
export const CLOCK =
  /\b(?:at\s+|around\s+|about\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=\s*(?:\(?\s*)(?:ET|EST|EDT|PT|PST|PDT|HKT|GMT|UTC|BST|Eastern|Pacific|New\s+York|Washington|Hong\s+Kong|Beijing|China|Shanghai|London)\b)/gi;

/** Clock examples: the sentence, and the date-time it gives on 2021-10-08. */
export const CLOCK_EXAMPLES: readonly (readonly [sentence: string, dateTime: string])[] = [
  ["The regulator posted the decision at 4:35 p.m. ET.", "2021-10-08T16:35-04:00"],
  ["The notice went up at 16:30 Hong Kong time.", "2021-10-08T16:30+08:00"],
  ["The statement came at 8 p.m. Beijing time.", "2021-10-08T20:00+08:00"],
];

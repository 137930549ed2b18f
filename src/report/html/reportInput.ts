import type { EventLabels } from "../charts/eventLabels.js";
import type { StudyResult } from "../../study/results.js";

/** Where the news came from. The URL is linked (http/https only), never fetched. */
interface ReportSource {
  readonly name?: string;
  readonly url?: string;
  /** Publication date or timestamp as written by the source. */
  readonly published?: string;
  /** The passage the study is about, quoted. */
  readonly excerpt?: string;
}

/** A company of the story: its role in it and the listings measured. */
interface ReportCompany {
  readonly name: string;
  /** e.g. present, absent, target, mentioned: usually the group label of its events. */
  readonly role: string;
  /** Security codes as in the study (events are matched by security). */
  readonly securities: readonly string[];
  readonly note?: string;
}

/** A cross-listed company shown on its venues side by side: one column per event id. */
interface ReportPair {
  readonly company: string;
  readonly rows: readonly string[];
}

/** How one listing's day 0 was chosen (see src/calendar/firstSession.ts). */
interface ReportDay0 {
  readonly symbol: string;
  readonly exchange?: string;
  readonly timeZone?: string;
  /** The news on the exchange's clock, when the time is known. */
  readonly local?: string;
  /** The rule's code: before-open, during-session, after-close, no-session, date-only, no-calendar. */
  readonly rule: string;
  readonly day0: string;
}

/** When the news came out, and the session each listing's day 0 is. */
interface ReportTiming {
  /** Where the time came from, or the assumption made without one. */
  readonly basis: string;
  readonly listings: readonly ReportDay0[];
}

/** Everything a report shows; only `title` and `result` are required. */
export interface ReportInput {
  readonly title: string;
  /** The price feed each symbol was read from, when known: symbol → feed. */
  readonly priceSources?: Readonly<Record<string, string>>;
  readonly source?: ReportSource;
  /** The day the news broke (YYYY-MM-DD), when it is not every event's date. */
  readonly eventDate?: string;
  /** One sentence a journalist could quote; a computed summary is shown when absent. */
  readonly headline?: string;
  readonly result: StudyResult;
  readonly companies?: readonly ReportCompany[];
  /** Display names by event id, e.g. `{ "e7": "Baidu (9888.HK)" }`; default the security. */
  readonly labels?: EventLabels;
  readonly pairs?: readonly ReportPair[];
  readonly timing?: ReportTiming;
  /** The page's language (BCP 47); default "en". */
  readonly lang?: string;
}

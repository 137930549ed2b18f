import type { EventLabels } from "../charts/eventLabels.js";
import type { StudyResult } from "../../study/results.js";

/** Where the news came from. The URL is linked (http/https only), never fetched. */
export interface ReportSource {
  readonly name?: string;
  readonly url?: string;
  /** Publication date or timestamp as written by the source. */
  readonly published?: string;
  /** The passage the study is about, quoted. */
  readonly excerpt?: string;
}

/** A company of the story: its role in it and the listings measured. */
export interface ReportCompany {
  readonly name: string;
  /** e.g. present, absent, target, mentioned: usually the group label of its events. */
  readonly role: string;
  /** Security codes as in the study (events are matched by security). */
  readonly securities: readonly string[];
  readonly note?: string;
}

/** A cross-listed company shown on its venues side by side: one column per event id. */
export interface ReportPair {
  readonly company: string;
  readonly rows: readonly string[];
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
  /** The page's language (BCP 47); default "en". */
  readonly lang?: string;
}

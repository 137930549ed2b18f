import { EARLIER_AFTER } from "./cues.js";
import { clauses, findCues } from "./roles.js";
import { findDates, type DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";

/** The event date and how it was found. */
export interface EventDateChoice {
  readonly date: string;
  readonly method: "explicit" | "relative" | "publication";
  readonly expression: string;
  readonly evidence: string;
  readonly precision: "day" | "week" | "month";
  /** The sentence the date came from, to tell which kind of event the article is about. */
  readonly sentence?: Sentence;
}

/**
 * Background: what happened before the event and is told for context ("Around 2020, Beijing began
 * ...", "had been fined last year"). Such sentences give an event date only when nothing else does.
 */
const BACKGROUND = /\b(?:in|since|around|back\s+in|until)\s+(?:19|20)\d{2}\b|\byears?\s+ago\b|\blast\s+year\b|\bpreviously\b|\bhad\s+(?:been|\w+ed)\b|\bearlier\s+(?:this|last)\s+(?:year|month)\b/i;

/** How many leading sentences may give the date when no sentence with an event cue does. */
const LEAD_SENTENCES = 3;

const PRECISION_RANK = { day: 0, week: 1, month: 2 } as const;

/**
 * The date of the main event: the first sentence with an event cue (met, attended, fined, ...) and a
 * date, preferring sentences that are not background and dates not after publication (news reports
 * the past: "said on Friday that X will join the index on March 24" is an event of Friday); within the
 * sentence, the date nearest to the cue, leaving out the date of an action the event is said to have
 * followed ("came two days after the rules were unveiled on Monday"). Then a dated lead sentence; then
 * the publication date.
 */
export function chooseEventDate(sentences: readonly Sentence[], published: string): EventDateChoice {
  const dated = sentences.map((s) => ({ s, dates: findDates(s.text, published), cues: findCues(s.text).filter((c) => c.role !== "mentioned") }));
  const usable = (d: DateMention): boolean => d.precision !== "month" && d.date <= published;
  // Dates of what the event followed ("came two days after ... on Monday") count only when nothing else gives one.
  const pick = (x: (typeof dated)[number], earlierToo: boolean): DateMention | undefined => {
    const ok = x.dates.filter((d) => usable(d) && (earlierToo || !inEarlierClause(x.s.text, d.offset)));
    const cueAt = x.cues[0]?.start ?? 0;
    return ok.sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || Math.abs(a.offset - cueAt) - Math.abs(b.offset - cueAt))[0];
  };
  const passes: { readonly test: (x: (typeof dated)[number]) => boolean; readonly earlierToo: boolean }[] = [
    { test: (x) => x.cues.length > 0 && !BACKGROUND.test(x.s.text), earlierToo: false },
    { test: (x) => x.s.index < LEAD_SENTENCES && !BACKGROUND.test(x.s.text), earlierToo: false },
    { test: (x) => x.cues.length > 0, earlierToo: false },
    { test: (x) => x.cues.length > 0, earlierToo: true },
  ];
  for (const pass of passes) {
    for (const x of dated) {
      if (!pass.test(x)) continue;
      const d = pick(x, pass.earlierToo);
      if (d) return { date: d.date, method: d.method, expression: d.expression, evidence: x.s.text, precision: d.precision, sentence: x.s };
    }
  }
  return { date: published, method: "publication", expression: "", evidence: "", precision: "day" };
}

/**
 * Whether a date stands in a clause told as what the event followed ("The listing came two days after
 * the department unveiled rules on Monday"): that date is of the earlier action, not of the event.
 */
function inEarlierClause(text: string, offset: number): boolean {
  const clause = clauses(text).find((c) => offset >= c.start && offset < c.end);
  return clause?.opener !== undefined && EARLIER_AFTER.test(clause.opener);
}

import { EARLIER_AFTER, MARKET_MOVE, RELATIVE_CLAUSE, REPORTED_ON } from "./cues/markers.js";
import { backgroundWords, clauses, findCues } from "./roles.js";
import { addDays } from "../calendar/days.js";
import { findDates, type DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";
import { listPredicates } from "./eventFrame.js";
import { MOVE_VERB, PERCENT_FIGURE } from "./wording/priceMoves.js";

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

/** Days before publication past which a date is weeks old, and months old. */
const OLD_DAYS = [10, 30] as const;

/** Words that put another actor than the article's in a clause ("Rival AMD said it had also been told"). */
const SECONDARY = /\b(?:rivals?|competitors?|peers?|fellow|also|too|similarly|likewise)\b/i;

/**
 * What each clue is worth when dates compete. A news report names its event with its date in the lead
 * and ties the date to the action ("fined ... on Tuesday", "said on Friday that"); the dates it gives
 * for the market's reaction ("shares fell on Tuesday"), for the past ("had been fined in March", "two
 * days after ... on Monday") or for the future are not the event's.
 */
const WEIGHT = {
  /** The first three sentences of the body: where a news report states its event and date. */
  lead: [4, 3, 2] as readonly number[],
  title: 1,
  cueInClause: 3,
  cueInSentence: 1,
  reportedOn: 2,
  nearCue: 1,
  secondary: -2,
  marketMove: -4,
  background: -4,
  followed: -6,
  week: -2,
  /** News reports what happened in the last days: a date weeks before publication is background. */
  weeksOld: -3,
  monthsOld: -5,
} as const;

/** After a day's name, the words of a reference price ("Friday's closing price", "Monday's close"). */
const REFERENCE_PRICE = /^['’]s?\s+(?:closing|close|last\s+close|final|opening|settlement|intraday)\b/i;

interface Candidate {
  readonly date: DateMention;
  readonly sentence: Sentence;
  readonly score: number;
}

/**
 * The date of the main event: every day or week named on or before publication is scored by the clues
 * above, and the best one wins (the earlier sentence on a tie). A date counts only in the lead or in a
 * sentence with an event cue or a report verb; with none, the publication date stands.
 */
export function chooseEventDate(sentences: readonly Sentence[], published: string): EventDateChoice {
  let best: Candidate | undefined;
  for (const candidate of eventDateCandidates(sentences, published)) {
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  if (best === undefined) return { date: published, method: "publication", expression: "", evidence: "", precision: "day" };
  const d = best.date;
  return { date: d.date, method: d.method, expression: d.expression, evidence: best.sentence.text, precision: d.precision, sentence: best.sentence };
}

/** Every date that may be the event's, with its score, in the order of the article. */
function eventDateCandidates(sentences: readonly Sentence[], published: string): Candidate[] {
  return sentences.flatMap((s) => scoredDates(s, published));
}

function scoredDates(sentence: Sentence, published: string): Candidate[] {
  const text = sentence.text;
  const dates = findDates(text, published).filter((d) => d.precision !== "month" && !d.future && d.date <= published);
  if (dates.length === 0) return [];
  // An action taken on a list of companies ("The SEC on Tuesday identified five companies: ...") dates the event as a cue does.
  const listed = listPredicates(text);
  const cues = [...findCues(text).filter((c) => c.role !== "mentioned"), ...listed];
  const parts = clauses(text);
  const lead = sentence.index < 0 ? WEIGHT.title : (WEIGHT.lead[sentence.index] ?? 0);
  const out: Candidate[] = [];
  for (const d of dates) {
    const clause = parts.find((c) => d.offset >= c.start && d.offset < c.end) ?? { start: 0, end: text.length };
    // A relative clause keeps its own time ("Apple, whose iPhones were shown a day earlier"): left out.
    const clauseText = text.slice(clause.start, clause.end).replace(RELATIVE_CLAUSE, ", ");
    const cueHere = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    // "Friday's closing price", "Monday's close": a reference price, not a day something happened.
    if (REFERENCE_PRICE.test(text.slice(d.offset + d.expression.length))) continue;
    const reported = REPORTED_ON.test(text.slice(Math.max(0, d.offset - 40), d.offset));
    if (lead === 0 && cues.length === 0 && !reported) continue;
    const nearest = Math.min(...cueHere.map((c) => Math.abs(c.start - d.offset)));
    const before = text.slice(clause.start, d.offset);
    const score =
      lead +
      (cueHere.length > 0 ? WEIGHT.cueInClause : cues.length > 0 ? WEIGHT.cueInSentence : 0) +
      (reported ? WEIGHT.reportedOn : 0) +
      (nearest < 40 ? WEIGHT.nearCue : 0) +
      ((MARKET_MOVE.test(before) || movedByPercent(before)) && !cueHere.some((c) => c.start < d.offset) ? WEIGHT.marketMove : 0) +
      (SECONDARY.test(before) ? WEIGHT.secondary : 0) +
      // What a report says happened before ("said on Friday that hackers had stolen data in 2022") does not date the report.
      (!reported && backgroundWords(clauseText, published) ? WEIGHT.background : 0) +
      ("opener" in clause && clause.opener !== undefined && EARLIER_AFTER.test(clause.opener) ? WEIGHT.followed : 0) +
      (d.precision === "week" ? WEIGHT.week : 0) +
      (d.date < addDays(published, -OLD_DAYS[1]) ? WEIGHT.monthsOld : d.date < addDays(published, -OLD_DAYS[0]) ? WEIGHT.weeksOld : 0);
    out.push({ date: d, sentence, score });
  }
  return out;
}

/** Whether a clause tells a price move in percent before a date ("Tencent (0700.HK) fell 9.9% in Hong Kong on"). */
function movedByPercent(before: string): boolean {
  return [...before.matchAll(new RegExp(MOVE_VERB.source, "gi"))].some((m) => PERCENT_FIGURE.test(before.slice(m.index + m[0].length)));
}

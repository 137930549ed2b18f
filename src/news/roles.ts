import { addDays, makeDate } from "../calendar/days.js";
import type { CompanyRole } from "./eventDocument.js";
import { CUES, type Cue, type CueKind } from "./cues/cues.js";
import {
  BACKGROUND_TIME,
  COMPARISON_BEFORE,
  EARLIER_AFTER,
  EVENT_ANCHOR,
  EXCHANGE_NAME,
  FUTURE_MARKER,
  INCLUSION_BEFORE,
  INCLUSION_WORD,
  COMPANY_NOUN,
  COMPANY_NOUNS_PLURAL,
  NEGATION,
  NEGATION_WINDOW,
  OWNER_AFTER,
  OWNER_BEFORE,
  APPOSITIVE,
  RIVAL_AFTER,
  PAST_PERFECT,
  PERSON_RELATIVE,
  REFERENCE_BEFORE,
  RELATIVE_CLAUSE,
  REPORTING_VERB,
  VENUE_BEFORE,
} from "./cues/markers.js";
import { findDates, type DateMention } from "./dates.js";
import { mentionsBySentence, type Mention } from "./mention.js";
import type { Sentence } from "./sentences.js";
import { lexiconReadings } from "./lexiconReadings.js";
import type { EventKind } from "./wording/predicateLexicon.js";

/**
 * The kinds of event the clause structure and the predicate lexicon read (wording/predicateLexicon.ts):
 * for now beside the attendance cues, deciding where no cue read a name.
 */
const LEXICON_EVENTS: ReadonlySet<EventKind> = new Set(["meeting"]);

/** The role one mention gets from its sentence, and why. */
export interface RoleReading {
  readonly mention: Mention;
  readonly role: CompanyRole;
  /** How sure the reading is: a cue next to the name more than a pronoun one sentence on. */
  readonly certainty: number;
  /** The cue phrase that decided, absent for `mentioned`. */
  readonly cue?: string;
  /** The sentence the role came from (the previous one's pronoun for a carried role). */
  readonly evidence: Sentence;
  /** What kind of cue decided (see CueKind), absent for the plain cues. */
  readonly kind?: CueKind;
  /** Named as the place where something happens (an exchange as a trading venue), not as a company. */
  readonly venue?: boolean;
}

/** A cue found in a clause, after negation was applied. */
interface FoundCue {
  readonly role: CompanyRole;
  readonly side: Cue["side"];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind?: CueKind;
  /** A noun cue written as a reference to a known action ("the lawsuit against X", "Brussels' fine on X"). */
  readonly reference?: boolean;
  /** How far after the cue its company may stand, when the cue says so. */
  readonly reach?: number;
}

interface Clause {
  readonly start: number;
  readonly end: number;
  /** The connective that opened the clause, with the words before it ("one day after "). */
  readonly opener?: string;
}

/**
 * Clause boundaries: contrast and time connectives separate what different companies did ("X was
 * present, while the absence of Y ..."; "Y's shares fell after X unveiled ..."); "before the committee"
 * is a place, not a time.
 */
const CLAUSE_BREAK =
  /;|,\s+(?:while|whereas|but|although|though|even\s+as|yet)\s+|,\s+and\s+(?=(?:several|many|some|other|others|most|few|analysts|investors|shares|rivals)\b)|\s+(?:while|whereas|but|after|because|since|when|before(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:committee|senate|congress|lawmakers|legislators|panel|subcommittee|court|judge|house|parliament|regulators|shareholders|investors|reporters|officials|audience|crowd)\b)|following)\s+|\s+[–—]\s+/gi;

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let opener: string | undefined;
  // A relative clause stays whole ("Micron, whose chips were barred after a review, sent no one"): its connectives are its own.
  const relatives = [...text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  // After a colon, semicolons separate the items of a list ("addressed the meeting: X, founder of A; Y, chair of B").
  const colon = text.indexOf(":");
  // So do semicolons in a sentence that has several, or one before its last item ("...; and Z").
  const listSemicolons = (text.match(/;/g) ?? []).length >= 2 || /;\s+and\b/.test(text);
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (relatives.some(([s, e]) => m.index > s && m.index < e)) continue;
    if (m[0] === ";" && ((colon >= 0 && m.index > colon) || listSemicolons)) continue;
    out.push({ start, end: m.index, ...(opener !== undefined ? { opener } : {}) });
    start = m.index + m[0].length;
    opener = text.slice(Math.max(0, m.index - 30), start);
  }
  out.push({ start, end: text.length, ...(opener !== undefined ? { opener } : {}) });
  return out;
}

/** The cues in a piece of text, longest first where they overlap, negation applied. */
export function findCues(text: string, offset = 0): FoundCue[] {
  const raw: (FoundCue & { cue: Cue })[] = [];
  for (const c of CUES) {
    for (const m of text.matchAll(c.re)) {
      raw.push({ cue: c, role: c.role, side: c.side, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
  }
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundCue[] = [];
  for (const r of raw) {
    if (kept.some((k) => r.start < k.end && r.end > k.start)) continue;
    const before = text.slice(Math.max(0, r.start - offset - NEGATION_WINDOW), r.start - offset);
    const negated = r.role !== "absent" && NEGATION.test(before);
    const role: CompanyRole = !negated ? r.role : r.role === "present" ? "absent" : "mentioned";
    const reference = r.cue.kind === "noun" && REFERENCE_BEFORE.test(text.slice(0, r.start - offset));
    // A cue that opens a list ("Six leaders addressed the meeting: X; Y; Z") speaks of the names after it too.
    const side = r.side === "before" && /^[^.;:]{0,40}:/.test(text.slice(r.end - offset)) ? "both" : r.side;
    kept.push({
      role,
      side,
      start: r.start,
      end: r.end,
      text: r.text,
      ...(r.cue.kind ? { kind: r.cue.kind } : {}),
      ...(reference ? { reference } : {}),
      ...(r.cue.reach !== undefined ? { reach: r.cue.reach } : {}),
    });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Words of a former post ("a former head of X", "once chief of X"). */
const FORMER = /\b(?:former|formerly|ex-|once|previously|onetime|one-time|then)\b/i;

/** Words between an action and a company that make the company the reason, not the object. */
const REASON_BETWEEN =
  /\b(?:over|about|regarding|concerning|in\s+connection\s+with|related\s+to|tied\s+to|linked\s+to)\b|\bfor\s+(?:allegedly\s+)?(?:\w+ing|its|their)\b/i;

/** How far, in characters, a verb or date may stand from a known action and still tie it to now. */
const ANCHOR_REACH = 60;

/** A change of chief, announced for a later day and still the event ("would replace him on Sept. 9"). */
const SUCCESSION = /\b(?:replace|succeed|step|resign|leav|retir|appoint|name|hire|quit|depart|out\s+as)/i;

/** A modal of possibility just before a cue. */
const HEDGE_BEFORE = /\b(?:could|might|may)\s+(?:(?:also|still|soon|even|eventually|yet)\s+)?(?:be\s+|face\s+|have\s+)?(?:[\w-]+\s+)?$/i;

/** How far, in characters, a date may stand from a cue and still date it. */
const DATE_REACH = 60;

/** Sentence openings that refer back to the previous sentence's person or company. */
const PERSON_PRONOUN = /^(?:(?:but|and|however|yet),?\s+)?(?:he|she|his|her)\b/i;
const COMPANY_PRONOUN = new RegExp(`^(?:(?:but|and|however|yet),?\\s+)?(?:it|its|the\\s+(?:[\\w-]+\\s+){0,2}?${COMPANY_NOUN})\\b`, "i");
/** A report's frame before what it reports ("S&P Dow Jones Indices said that ..."). */
const REPORT_FRAME =
  /^(?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s+){1,6}(?:said|says|announced|announces|confirmed|confirms|stated|disclosed)\s+(?:(?:on|late\s+on)\s+\w+\s+)?(?:that\s+)?/u;

/** A clause that opens on its verb, its subject left out ("Pichai was on the list but did not attend"). */
const ELLIPSIS =
  /^(?:(?:then|also|later|still|instead)\s+)?(?:did|didn't|does|doesn't|was|wasn't|were|weren't|is|isn't|has|hasn't|had|hadn't|sent|skipped|stayed|declined|chose|opted|failed|left|arrived|attended|joined|spoke|took|made|could|would|will|won't)\b/i;
const PLURAL_PRONOUN = new RegExp(
  `^(?:(?:but|and|however|yet),?\\s+)?(?:they|their|both|all\\s+(?:three|four|five|of\\s+them)|the\\s+(?:(?:two|three|four|five|six|[\\w-]+)\\s+)?${COMPANY_NOUNS_PLURAL})\\b`,
  "i",
);

/**
 * A company written after a cue as a description rather than a name ("the Pentagon added the social
 * media giant and the battery maker to a list", "added them"): the description stands for the
 * companies named before in the sentence, all of them when it is plural or a list.
 */
const DESCRIPTION_AFTER = new RegExp(
  `^\\s+(?:them|it|(?<plural>both|all\\s+(?:two|three|four|five))|the\\s+(?:[\\w'’-]+\\s+){0,5}?(?:(?<plurals>${COMPANY_NOUNS_PLURAL})|${COMPANY_NOUN}))\\b`,
  "i",
);

function describedAfter(sentence: Sentence, acting: readonly FoundCue[], here: readonly Mention[], clauseStart: number): RoleReading[] {
  const out: RoleReading[] = [];
  for (const c of acting) {
    if (c.side === "before") continue;
    const after = sentence.text.slice(c.end);
    const described = DESCRIPTION_AFTER.exec(after);
    if (described === null || here.some((m) => m.start >= c.end && m.start <= c.end + described[0].length + 40 && m.entity.kind === "company")) continue;
    const earlier = here.filter((m) => m.end <= c.start && m.entity.kind === "company" && m.via === undefined && !EXCHANGE_NAME.test(m.text));
    const plural =
      described.groups?.["plural"] !== undefined ||
      described.groups?.["plurals"] !== undefined ||
      /^\s+them\b/i.test(described[0]) ||
      /^\s+and\s+the\b/i.test(after.slice(described[0].length));
    // One described company is the last named before the cue's clause ("Discover jumped after Capital One agreed to
    // buy the card issuer"), else the last named in it ("disclosed a short position in Super Micro ... and accused it").
    const before = earlier.filter((m) => m.end <= clauseStart);
    const referents = plural ? [...new Map(earlier.map((m) => [m.entity.id, m])).values()] : (before.length > 0 ? before : earlier).slice(-1);
    for (const mention of referents) out.push({ mention, role: c.role, certainty: CERTAINTY.pronoun, cue: c.text, evidence: sentence, ...kindOf(c) });
  }
  return out;
}

/**
 * Certainty of readings: a cue beside the name, a cue carried to a listed name, a pronoun; `mentioned`
 * for a reason (an owner, a rival compared, a past action) or, less sure, because no cue speaks of it.
 */
const CERTAINTY = { direct: 1, inclusion: 0.85, pronoun: 0.75, mentioned: 1, unread: 0.7 } as const;

/**
 * The role of every mention, read from its clause: the nearest cue on the side where the cue's
 * companies stand decides; an owner named only as an owner stays `mentioned`; a clause with a cue but
 * no company passes its role to the previous sentence's person ("He was not seen") or company ("The
 * company was fined"). Everything else is `mentioned`.
 */
export function readRoles(sentences: readonly Sentence[], mentions: readonly Mention[], published: string, eventDate?: string): RoleReading[] {
  const cued = readCues(sentences, mentions, published, eventDate);
  // The families the lexicon reads decide where no cue did (a name kept `mentioned` for a reason stays so).
  const lexicon = lexiconReadings(sentences, mentions, (clause) => isBackground(clause, published, eventDate), LEXICON_EVENTS);
  // Where no cue read a name, attendance the lexicon reads counts only in an article about a meeting (weak).
  const byMention = new Map(lexicon.map((r) => [r.mention, r.role === "present" ? { ...r, kind: "weak" as const } : r]));
  const out = cued.map((r) =>
    r.role === "mentioned" && r.certainty === CERTAINTY.unread && r.venue !== true && byMention.has(r.mention) ? byMention.get(r.mention)! : r,
  );
  const used = new Set(out);
  return [
    ...out,
    ...[...byMention.values()].filter(
      (r) => !used.has(r) && !cued.some((c) => c.mention === r.mention && (c.role === r.role || c.certainty === CERTAINTY.mentioned)),
    ),
  ];
}

function readCues(sentences: readonly Sentence[], mentions: readonly Mention[], published: string, eventDate?: string): RoleReading[] {
  const out: RoleReading[] = [];
  const bySentence = mentionsBySentence(mentions);
  sentences.forEach((sentence, si) => {
    const here = bySentence.get(sentence) ?? [];
    // A relative clause describes ("X, which was fined in 2021,"), unless it tells what is to come ("which will be removed").
    // So does one dated to the event itself ("The company, which reported its results late on Tuesday, ...").
    const allRelatives = [...sentence.text.matchAll(RELATIVE_CLAUSE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      future: FUTURE_MARKER.test(m[0]) || (eventDate !== undefined && datedOnEvent(m[0], published, eventDate, true)),
      coming: FUTURE_MARKER.test(m[0]),
    }));
    const relatives = allRelatives.filter((r) => !r.future).map((r) => [r.start, r.end] as const);
    let previousBackground = false;
    for (const clause of clauses(sentence.text)) {
      const text = sentence.text.slice(clause.start, clause.end);
      // The time of a relative clause is its own ("X, which had been invited, sent no one"): left out here.
      // So is that of an appositive ("Robin Li, a regular at such gatherings in the past decade, was missing").
      const appositives = [...text.matchAll(APPOSITIVE)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
      const main = [...allRelatives, ...appositives].reduce((t, r) => {
        const s = Math.max(r.start, clause.start) - clause.start;
        const e = Math.min(r.end, clause.end) - clause.start;
        return s < e ? t.slice(0, s) + " ".repeat(e - s) + t.slice(e) : t;
      }, text);
      // A clause joined by a time or cause connective shares the time of the one before ("In 2021 a court
      // removed X from the list after the smartphone maker sued").
      const subordinate = clause.opener !== undefined && /\b(?:after|because|since|when|before|following)\s*$/i.test(clause.opener);
      const background: boolean =
        backgroundWords(main, eventDate ?? published) ||
        (clause.opener !== undefined && EARLIER_AFTER.test(clause.opener)) ||
        (subordinate && previousBackground);
      previousBackground = background || (eventDate !== undefined && datedBefore(main, published, eventDate));
      // A known action is tied to now by a verb or a date near it ("the lawsuit, filed on Thursday"), not by
      // another action elsewhere in the clause ("opened an investigation ... over its acquisition of X").
      const anchored = (c: FoundCue): boolean => {
        const from = Math.max(0, c.start - clause.start - ANCHOR_REACH);
        return anchoredToEvent(text.slice(from, c.end - clause.start + ANCHOR_REACH), published, eventDate ?? published);
      };
      // Each cue is dated by the date nearest to it in its clause ("fined X on Tuesday, and Y was fined in January").
      const dates = eventDate === undefined ? [] : findDates(main, published);
      // The date of a cue: the nearest in its clause, if near enough ("X was absent. ..., who fell out with him
      // in June" is not dated by June); a date opening the clause ("Last month the regulator said ...") dates all of it.
      const dateOf = (c: FoundCue): DateMention | undefined => {
        const at = (c.start + c.end) / 2 - clause.start;
        const nearest = [...dates].sort((a, b) => Math.abs(a.offset + a.expression.length / 2 - at) - Math.abs(b.offset + b.expression.length / 2 - at))[0];
        if (nearest === undefined) return undefined;
        const gap = Math.max(nearest.offset - (c.end - clause.start), c.start - clause.start - (nearest.offset + nearest.expression.length), 0);
        const opening = nearest.offset <= text.length - text.trimStart().length + 3;
        return gap <= DATE_REACH || opening ? nearest : undefined;
      };
      const before = (c: FoundCue): boolean => {
        const d = dateOf(c);
        return d !== undefined && eventDate !== undefined && lastDay(d.date, d.precision) < eventDate;
      };
      // What only may happen ("Apple could launch a cheaper model", "rivals might be hit") is not the event.
      const hedged = (c: FoundCue): boolean =>
        c.role === "target" && HEDGE_BEFORE.test(text.slice(Math.max(0, c.start - clause.start - 25), c.start - clause.start));
      // A company's own doing still to come ("is due to report its results next week") is not the event;
      // an action done to it may be ("will join the index on March 24" is news of its inclusion).
      const later = (c: FoundCue): boolean => {
        if (c.kind !== "own" || eventDate === undefined || SUCCESSION.test(c.text)) return false;
        const d = dateOf(c);
        // A later date or year near the cue ("iPhones launching in 2026").
        const near = text.slice(Math.max(0, c.start - clause.start - DATE_REACH), c.end - clause.start + DATE_REACH);
        const laterYear = [...near.matchAll(/\b(?:in|by|from|until|through)\s+(20\d{2})\b/g)].some((m) => Number(m[1]) > Number(eventDate.slice(0, 4)));
        return laterYear || (d !== undefined && d.date > eventDate);
      };
      // Actions told in a relative clause, in a clause about an earlier time, or named as a known
      // action without a verb tying them to now ("the lawsuit against X") are background, not the event.
      // A description's own time ("Apple, whose chief shared a stage at the expo two years ago, ...") and a
      // company's own doing still to come in one ("the Li Auto i8, which is due to launch in July") are not the event.
      const descriptionOf = (c: FoundCue): { start: number; end: number; coming?: boolean } | undefined =>
        [...allRelatives, ...appositives].find((r) => c.start >= r.start && c.end <= r.end);
      const pastOrComing = (c: FoundCue): boolean => {
        const d = descriptionOf(c);
        if (d === undefined) return false;
        const own = sentence.text.slice(d.start, d.end);
        return (
          backgroundWords(own, eventDate ?? published) ||
          (eventDate !== undefined && datedBefore(own, published, eventDate)) ||
          (d.coming === true && c.kind === "own")
        );
      };
      const cues = findCues(text, clause.start)
        .filter((c) => c.role !== "target" || !relatives.some(([s, e]) => c.start >= s && c.end <= e))
        .map((c) => (pastOrComing(c) ? { ...c, role: "mentioned" as const } : c))
        .map((c) => (background || before(c) || later(c) || hedged(c) || (c.reference && !anchored(c)) ? { ...c, role: "mentioned" as const } : c));
      const inClause = here.filter((m) => m.start >= clause.start && m.end <= clause.end);
      for (const m of inClause) {
        // A name inside a relative clause takes only that clause's cues ("..., which is being acquired by X,"),
        // and so does a past employer in an appositive ("Ortberg, a former head of Rockwell Collins, succeeds ...").
        const past = appositives.filter((a) => FORMER.test(sentence.text.slice(a.start, a.end)));
        const within = [...allRelatives, ...past].find((r) => m.start >= r.start && m.end <= r.end);
        if (within && PERSON_RELATIVE.test(sentence.text.slice(within.start, within.end))) {
          // The person's company stands where the person does: read it at the relative clause's start.
          const outside = cues.filter((c) => c.end <= within.start || c.start >= within.end);
          out.push({ ...readOne({ ...m, start: within.start, end: within.start }, outside, sentence, here), mention: m });
        } else if (within)
          out.push(
            readOne(
              m,
              cues.filter((c) => c.start >= within.start && c.end <= within.end),
              sentence,
              here,
            ),
          );
        else {
          // A name outside the clause's descriptions reads the main clause first ("Dimon, who has appeared at
          // many such events, did not attend"); a description tells its role only when nothing else does
          // ("Lei Jun, who attended the meeting, said ..."), and never an action ("X, the firm that went public in March").
          const described = [...allRelatives.filter((r) => !r.future), ...appositives];
          const inside = (c: FoundCue): boolean => described.some((r) => c.start >= r.start && c.end <= r.end && !(m.start >= r.start && m.end <= r.end));
          const main = readOne(
            m,
            cues.filter((c) => !inside(c)),
            sentence,
            here,
          );
          out.push(
            main.role !== "mentioned"
              ? main
              : readOne(
                  m,
                  cues.filter((c) => !inside(c) || c.role !== "target"),
                  sentence,
                  here,
                ),
          );
        }
      }
      const acting = cues.filter((c) => c.role !== "mentioned");
      out.push(...describedAfter(sentence, acting, here, clause.start));
      if (!inClause.some((m) => m.entity.kind === "company") && acting.length > 0) {
        // "Shares of X and Y fell after the two companies were named": the pronoun looks back in its sentence first.
        const earlier = here.filter((m) => m.end <= clause.start);
        // "S&P Dow Jones Indices said the two companies ... will join": the pronoun after a report's frame.
        const inSentence = carried(text.trimStart().replace(REPORT_FRAME, ""), acting[0]!, sentence, earlier, "subject");
        out.push(
          ...(inSentence.length > 0 || si === 0 ? inSentence : carried(text.trimStart(), acting[0]!, sentence, bySentence.get(sentences[si - 1]!) ?? [])),
        );
      }
    }
  });
  return out;
}

/**
 * True when a clause tells of a time before the event: a year before the event's ("Jack Ma retired
 * in 2019"), words of the past ("years ago", "previously", "earlier this year"), the past perfect
 * ("had been fined"; not in reported speech: "said it had been told"), or dates that all resolve to
 * days, weeks or months that ended before the event date ("in June", "on Monday" before a Thursday
 * event). Without an event date only years are compared, with the publication year.
 */
function isBackground(clause: string, published: string, eventDate?: string): boolean {
  return backgroundWords(clause, eventDate ?? published) || (eventDate !== undefined && datedBefore(clause, published, eventDate));
}

/** Words of the past before the event: an earlier year, "previously", the past perfect. */
export function backgroundWords(clause: string, eventDate: string): boolean {
  const eventYear = Number(eventDate.slice(0, 4));
  for (const m of clause.matchAll(BACKGROUND_TIME)) {
    if (m[1] === undefined || Number(m[1]) < eventYear) return true;
  }
  const perfect = PAST_PERFECT.exec(clause);
  return perfect !== null && !REPORTING_VERB.test(clause.slice(0, perfect.index));
}

/** Whether a clause names dates and all of them ended before the event date. */
function datedBefore(clause: string, published: string, eventDate: string): boolean {
  const dates = findDates(clause, published);
  return dates.length > 0 && dates.every((d) => lastDay(d.date, d.precision) < eventDate);
}

/** Whether a clause ties what it tells to the event: a date of the event, or a verb of a new action. */
function anchoredToEvent(clause: string, published: string, eventDate: string): boolean {
  return EVENT_ANCHOR.test(clause) || datedOnEvent(clause, published, eventDate, false);
}

/** Whether a clause names a date that takes in the event date (only the very day, when `dayOnly`). */
function datedOnEvent(clause: string, published: string, eventDate: string, dayOnly: boolean): boolean {
  return findDates(clause, published).some((d) => (!dayOnly || d.precision === "day") && d.date <= eventDate && eventDate <= lastDay(d.date, d.precision));
}

/** The last day of a date's day, week (Monday-based) or month. */
function lastDay(date: string, precision: "day" | "week" | "month"): string {
  if (precision === "day") return date;
  if (precision === "week") return addDays(date, 6);
  const [y, m] = date.split("-").map(Number) as [number, number];
  return addDays(m === 12 ? makeDate(y + 1, 1, 1)! : makeDate(y, m + 1, 1)!, -1);
}

function readOne(m: Mention, cues: readonly FoundCue[], sentence: Sentence, here: readonly Mention[]): RoleReading {
  const text = sentence.text;
  const mentioned: RoleReading = { mention: m, role: "mentioned", certainty: CERTAINTY.mentioned, evidence: sentence };
  const childHere = here.some((o) => o.entity.parent === m.entity.id);
  // An owner named after what it owns ("Ant Group, controlled by Alibaba") is only an owner; named after a
  // brand it owns or nothing the article knows ("Calvin Klein owner PVH", "YouTube, owned by Alphabet"), it is the actor.
  const ownedBefore = here.filter((o) => o.end <= m.start && o.entity.kind === "company").at(-1);
  const ownerOnly = OWNER_BEFORE.test(text.slice(0, m.start)) && ownedBefore !== undefined && ownedBefore.entity.id !== m.entity.id;
  if (ownerOnly || (childHere && OWNER_AFTER.test(text.slice(m.end)))) return mentioned;
  // A competitor named to compare ("rivals such as X", "than X's") and an exchange named as the place
  // where something happens ("halted on the Hong Kong Stock Exchange") are not what the event is about.
  if (comparedOnly(text, m) || RIVAL_AFTER.test(text.slice(m.end))) return mentioned;
  if ((m.entity.kind === "exchange" || EXCHANGE_NAME.test(m.text)) && VENUE_BEFORE.test(text.slice(0, m.start))) return { ...mentioned, venue: true };
  let best: { cue: FoundCue; distance: number } | undefined;
  for (const c of cues) {
    const afterIt = m.start >= c.end;
    const beforeIt = m.end <= c.start;
    if ((c.side === "after" && !afterIt) || (c.side === "before" && !beforeIt) || (!afterIt && !beforeIt)) continue;
    if (afterIt && c.reach !== undefined && m.start - c.end > c.reach) continue;
    // A known action named as a noun and not tied to now ("over its acquisition of X") says nothing of the company.
    if (c.role === "mentioned" && c.kind === "noun") continue;
    // The reason for an action is not its object: "a probe into Qualcomm over its Autotalks deal".
    if (afterIt && c.role === "target" && REASON_BETWEEN.test(text.slice(c.end, m.start))) continue;
    const distance = afterIt ? m.start - c.end : c.start - m.end;
    if (!best || distance < best.distance) best = { cue: c, distance };
  }
  if (best) {
    return best.cue.role === "mentioned"
      ? mentioned
      : { mention: m, role: best.cue.role, certainty: CERTAINTY.direct, cue: best.cue.text, evidence: sentence, ...kindOf(best.cue) };
  }
  // "In addition to Jack Ma, the meeting was attended by ...": the listed name shares the clause's role.
  const acting = cues.filter((c) => c.role !== "mentioned");
  if (acting.length > 0 && (INCLUSION_BEFORE.test(text.slice(0, m.start)) || listedAfterInclusion(text, m, cues))) {
    const c = acting[0]!;
    return { mention: m, role: c.role, certainty: CERTAINTY.inclusion, cue: c.text, evidence: sentence, ...kindOf(c) };
  }
  return { ...mentioned, certainty: CERTAINTY.unread };
}

/**
 * Whether a name stands in a list opened by an inclusion word with no cue in between ("testified
 * alongside Shou Zi Chew, chief executive of TikTok; Linda Yaccarino, ...; and Evan Spiegel of Snap").
 */
function listedAfterInclusion(text: string, m: Mention, cues: readonly FoundCue[]): boolean {
  const opener = [...text.slice(0, m.start).matchAll(INCLUSION_WORD)].at(-1);
  if (opener === undefined) return false;
  const from = opener.index + opener[0].length;
  return !cues.some((c) => c.start >= from && c.start < m.start) && !/[.!?]/.test(text.slice(from, m.start).replace(/\b\p{L}\./gu, ""));
}

/**
 * Whether a company is named only to compare: after comparison words, alone or in a list ("rivals such
 * as Xiaomi, Oppo and Honor"). A name after a comma continues the list only when the list goes on after
 * it: in "Like rival Micron, Intel was fined" Intel is the subject.
 */
function comparedOnly(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  if (!COMPARISON_BEFORE.test(before)) return false;
  return !/,\s*$/.test(before) || /^(?:'s|’s)?\s*(?:,|and\b|or\b)/.test(text.slice(m.end));
}

function kindOf(c: FoundCue): { kind?: CueKind } {
  return c.kind ? { kind: c.kind } : {};
}

/**
 * Carries a cue of a clause without companies to a person or company named before: the last one of the
 * previous sentence, or the subject (the first) of the same sentence ("Meituan shares fell on the
 * exchange after the company reported ...").
 */
function carried(clauseText: string, cue: FoundCue, sentence: Sentence, previous: readonly Mention[], pick: "last" | "subject" = "last"): RoleReading[] {
  const one = (ms: Mention[]): Mention[] => (pick === "last" ? ms.slice(-1) : ms.slice(0, 1));
  let referents: Mention[] = [];
  if (pick === "subject" && ELLIPSIS.test(clauseText)) referents = one(previous.filter((m) => m.entity.kind === "company"));
  else if (PERSON_PRONOUN.test(clauseText)) referents = one(previous.filter((m) => m.via !== undefined));
  else if (COMPANY_PRONOUN.test(clauseText))
    referents = one(previous.filter((m) => m.via === undefined && m.entity.kind === "company" && !EXCHANGE_NAME.test(m.text)));
  else if (PLURAL_PRONOUN.test(clauseText)) referents = previous.filter((m) => m.entity.kind === "company");
  return referents.map((mention) => ({ mention, role: cue.role, certainty: CERTAINTY.pronoun, cue: cue.text, evidence: sentence, ...kindOf(cue) }));
}

import nlp from "compromise";
import type { Mention } from "./entities.js";
import type { CompanyRole } from "./eventDocument.js";
import { backgroundWords, findCues, type RoleReading } from "./roles.js";
import type { Sentence } from "./sentences.js";
import { quotedOnly } from "./sources.js";
import { LIST_WORDS, MAX_DESCRIPTOR_WORDS, OBLIQUE_WORDS, SECURITY_NOUNS } from "./wording/argumentPositions.js";
import { ELLIPSIS_OPENING } from "./wording/ellipsis.js";
import { MEETING_LEAD, MEMBERSHIP, MEMBERSHIP_NEGATED } from "./wording/meetings.js";
import { LIST_PREDICATES, OBJECT_REACH } from "./wording/predicates.js";
import { BETWEEN_NAME_AND_MOVE, MOVE_REACH, MOVE_VERB, PERCENT_FIGURE } from "./wording/priceMoves.js";

/** Fewest words of a lead sentence: a shorter first line is a subtitle or a photo caption. */
const LEAD_WORDS = 12;

/**
 * Where an article tells what its event is and whom it is about: the headline (index -1) and the first
 * sentence; when these aim the action at no company, also the first full sentence that names one
 * (pages open with subtitles and captions).
 */
function leadSentences(readings: readonly RoleReading[]): Set<number> {
  const lead = new Set([-1, 0]);
  const companies = readings.filter((r) => r.mention.entity.kind === "company");
  if (companies.some((r) => r.role === "target" && lead.has(r.mention.sentence.index))) return lead;
  const naming = companies.map((r) => r.mention.sentence).filter((s) => s.index >= 0 && s.text.split(/\s+/).length >= LEAD_WORDS);
  const first = Math.min(...naming.map((s) => s.index));
  return Number.isFinite(first) ? lead.add(first) : lead;
}

/** How sure a role read from the article's frame is: below a cue next to the name. */
const FRAME_CERTAINTY = 0.8;

/** The readings of companies, grouped by a key (their sentence, their entity). */
function companiesBy<K>(readings: readonly RoleReading[], key: (r: RoleReading) => K): Map<K, RoleReading[]> {
  const out = new Map<K, RoleReading[]>();
  for (const r of readings) if (r.mention.entity.kind === "company") out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** Whether none of a company's readings gives it a role (and it is no venue). */
const unread = (rs: readonly RoleReading[]): boolean => !rs.some((r) => r.role !== "mentioned" || r.venue === true);

/** Terms of a sentence with their offsets and whether compromise reads them as verbs. */
interface Term {
  readonly word: string;
  readonly start: number;
  readonly verb: boolean;
}

/** Each sentence is tagged once per article, however many names and lists ask. */
const sentenceTerms = new WeakMap<Sentence, Term[]>();

function termsOfSentence(sentence: Sentence): Term[] {
  let terms = sentenceTerms.get(sentence);
  if (terms === undefined) sentenceTerms.set(sentence, (terms = termsOf(sentence.text)));
  return terms;
}

function termsOf(text: string): Term[] {
  const doc = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number } }[] }[];
  return doc.flatMap((s) => s.terms.map((t) => ({ word: t.text, start: t.offset.start, verb: t.tags.includes("Verb") && !t.tags.includes("Gerund") })));
}

/**
 * Whether a name is a party of its sentence's predicate (subject or object) or a circumstance after a
 * preposition; see wording/argumentPositions.ts. `others` are the sentence's other company names, for lists.
 */
export function positionOf(
  text: string,
  start: number,
  others: readonly { start: number; end: number }[] = [],
  terms: readonly Term[] = termsOf(text),
): "party" | "circumstance" {
  const before = terms.filter((t) => t.start < start);
  let described = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const term = before[i]!;
    const word = term.word.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, "");
    const gap = text.slice(term.start + term.word.length, i + 1 < before.length ? before[i + 1]!.start : start);
    if (gap.includes(",") || LIST_WORDS.has(word)) {
      const head = others.filter((o) => o.end <= (gap.includes(",") ? term.start + term.word.length + gap.indexOf(",") + 1 : term.start)).at(-1);
      const joined =
        head !== undefined &&
        text
          .slice(head.end, start)
          .replace(/^(?:['’]s)?/, "")
          .split(/\s+/)
          .filter(Boolean).length <=
          2 + described;
      return joined ? positionOf(text, head.start, others, terms) : "party";
    }
    if (word === "of" && i > 0 && SECURITY_NOUNS.has(before[i - 1]!.word.toLowerCase())) return "party";
    // "about 220,000 Ninebot scooters": a preposition before a number says how many, not where the name stands.
    const counting = i + 1 < before.length && /^[\d$€£¥]/.test(before[i + 1]!.word);
    if (OBLIQUE_WORDS.has(word) && !counting) return "circumstance";
    if (term.verb) return "party";
    if (++described > MAX_DESCRIPTOR_WORDS) return "party";
  }
  return "party";
}

/**
 * The article's frame over its readings: in an action article, a company the headline or the lead
 * names as a party of its predicate, and that no sentence gives a role, is what the article is about
 * (`target`). Not promoted: a firm quoted only as a source, and the doer of an action told against
 * another company in the same sentence ("Hindenburg takes a short position in Super Micro").
 */
export function framedReadings(readings: readonly RoleReading[], kind: "meeting" | "action", eventDate: string, sentences: readonly Sentence[]): RoleReading[] {
  readings = [...readings, ...ellipsisCarried(readings, sentences)];
  readings = [...readings, ...listShared(readings)];
  if (kind === "meeting") {
    const guests = [...readings, ...guestLists(readings, eventDate), ...members(readings, eventDate)];
    return [...guests, ...listShared(guests)];
  }
  const byEntity = companiesBy(readings, (r) => r.mention.entity.id);
  const out = [...readings];
  const promote = (m: Mention, cue: string): void => {
    out.push({ mention: m, role: "target", certainty: FRAME_CERTAINTY, cue, evidence: m.sentence, kind: "frame" });
    byEntity.set(m.entity.id, [...(byEntity.get(m.entity.id) ?? []), out.at(-1)!]);
  };
  // A firm quoted only as a source is never promoted.
  const open = (rs: readonly RoleReading[]): boolean => unread(rs) && quotedOnly(rs.map((r) => r.mention)) === undefined;
  // Lists that a predicate of the event takes as its object: members no cue reached are targets.
  const mentions = readings.map((r) => r.mention);
  for (const s of sentences) {
    if (backgroundWords(s.text, eventDate)) continue;
    const next = sentences.find((x) => x.index === s.index + 1);
    for (const m of listObjects(s, next, mentions)) if (open(byEntity.get(m.entity.id) ?? [])) promote(m, "listed as the object of the event's action");
  }
  const lead = leadSentences(readings);
  for (const rs of byEntity.values()) {
    if (!open(rs)) continue;
    const named = rs.find((r) => lead.has(r.mention.sentence.index) && isParty(r.mention, readings));
    if (named !== undefined) promote(named.mention, named.mention.sentence.index < 0 ? "named in the headline" : "named in the lead");
  }
  // An action the headline or lead aims at named companies: other companies' moves are reactions of rivals.
  // (A company promoted only because it opens the body's first full sentence does not aim it: "New Oriental fell 47%".)
  const aimed = out.some(
    (r) =>
      r.role === "target" && r.mention.entity.kind === "company" && (r.kind === "frame" ? r.mention.sentence.index <= 0 : lead.has(r.mention.sentence.index)),
  );
  if (aimed) return out;
  for (const rs of byEntity.values()) {
    if (!open(rs)) continue;
    // A rule or shock aimed at a sector: the companies whose shares it moved are its targets.
    const move = rs.find(
      (r) => moved(r.mention.sentence.text, r.mention) && !backgroundWords(r.mention.sentence.text, eventDate) && isParty(r.mention, readings),
    );
    if (move !== undefined) promote(move.mention, "its shares moved on the news");
  }
  return out;
}

function isParty(m: Mention, readings: readonly RoleReading[]): boolean {
  const sentence = m.sentence;
  const same = readings.filter((r) => r.mention.sentence === sentence && r.mention.entity.kind === "company" && r.mention.entity.id !== m.entity.id);
  // The doer of an action whose object is another company of the sentence is not its target.
  const agent = same.some((r) => {
    if (r.role !== "target" || r.kind === "own" || r.cue === undefined || r.mention.start <= m.end) return false;
    const at = sentence.text.indexOf(r.cue, m.end);
    return at >= m.end && at < r.mention.start;
  });
  if (agent) return false;
  const others = same.map((r) => r.mention).sort((a, b) => a.start - b.start);
  return positionOf(sentence.text, m.start, others, termsOfSentence(sentence)) === "party";
}

/** Whether a sentence tells that a company's shares moved; see wording/priceMoves.ts. */
export function moved(text: string, name: { readonly start: number; readonly end: number }): boolean {
  // A ticker in brackets and a description between commas ("Tencent (0700.HK), the largest gaming company, lost 12%") stand aside.
  const after = text
    .slice(name.end, name.end + 200)
    .replace(/^\s*\([^)]*\)/, "")
    .replace(/^\s*,[^,;.]{1,100},/, "");
  const verb = MOVE_VERB.exec(after);
  if (
    verb !== null &&
    verb.index <= MOVE_REACH &&
    BETWEEN_NAME_AND_MOVE.test(after.slice(0, verb.index)) &&
    PERCENT_FIGURE.test(after.slice(verb.index + verb[0].length))
  )
    return true;
  // "... fell 11 per cent and FinVolution 8 per cent": the verb is shared with the name before.
  const first = MOVE_VERB.exec(text);
  return first !== null && first.index < name.start && PERCENT_FIGURE.test(after);
}

/** Most characters between two names of one list ("Apple CEO Tim Cook, Amazon founder Jeff Bezos, ..."). */
const LIST_GAP = 90;

/**
 * A coordinated list shares its role: "Seated around the table were Apple CEO Tim Cook, Amazon founder
 * Jeff Bezos, ..., Cisco CEO Chuck Robbins and Intel CEO Brian Krzanich" tells every guest's presence,
 * though a cue reaches only the first names. Two names are in one list when only a separator, the
 * people and descriptions of the first, and no cue or verb stand between them; a list whose read names all
 * agree, its first name among them (the cue opens the list), gives that role to the rest of it.
 */
function listShared(readings: readonly RoleReading[]): RoleReading[] {
  const out: RoleReading[] = [];
  for (const [sentence, rs] of companiesBy(readings, (r) => r.mention.sentence)) {
    const mentions = [...new Map(rs.map((r) => [r.mention.start, r.mention])).values()].sort((a, b) => a.start - b.start);
    if (mentions.length < 3) continue;
    const lists: Mention[][] = [[mentions[0]!]];
    for (let i = 1; i < mentions.length; i++) {
      const joined = inOneList(sentence, mentions[i - 1]!, mentions[i]!);
      if (joined) lists.at(-1)!.push(mentions[i]!);
      else lists.push([mentions[i]!]);
    }
    for (const list of lists) {
      // A company named twice in the list (its name, then its executive) is one member.
      const members = [...new Map(list.map((m) => [m.entity.id, m])).keys()];
      if (members.length < 3) continue;
      const roleOf = (id: string): CompanyRole[] => [...new Set(rs.filter((r) => r.mention.entity.id === id && list.includes(r.mention)).map((r) => r.role))];
      const read = members.flatMap((id) => roleOf(id)).filter((role) => role !== "mentioned");
      // The cue opens the list: its first name is read, and the names it did not reach share that role.
      const unread = members.filter((id) => roleOf(id).every((x) => x === "mentioned"));
      if (new Set(read).size !== 1 || unread.length === 0 || unread.includes(members[0]!)) continue;
      const role = read[0]!;
      const source = rs.find((r) => r.role === role && list.includes(r.mention))!;
      for (const id of unread) {
        const mention = list.find((m) => m.entity.id === id)!;
        out.push({
          mention,
          role,
          certainty: FRAME_CERTAINTY,
          cue: source.cue ?? "listed with the others",
          evidence: sentence,
          ...(source.kind === undefined ? {} : { kind: source.kind }),
        });
      }
    }
  }
  return out;
}

/** Fewest executives a sentence of a meeting article names for it to be read as the guest list. */
const GUEST_LIST_PEOPLE = 2;

/**
 * In an article about a meeting, a sentence that names several companies through their executives
 * ("Among those in the State Dining Room were Meta's Mark Zuckerberg, Apple's Tim Cook ...") and gives
 * none of them a role is its guest list, told in words no cue knows: those companies are `present`.
 * A sentence about an earlier time is not.
 */
function guestLists(readings: readonly RoleReading[], eventDate: string): RoleReading[] {
  const out: RoleReading[] = [];
  for (const [sentence, rs] of companiesBy(readings, (r) => r.mention.sentence)) {
    if (!unread(rs) || backgroundWords(sentence.text, eventDate)) continue;
    const people = rs.filter((r) => r.mention.via !== undefined);
    if (new Set(people.map((r) => r.mention.via)).size < GUEST_LIST_PEOPLE) continue;
    for (const r of people)
      out.push({
        mention: r.mention,
        role: "present",
        certainty: FRAME_CERTAINTY,
        cue: "named among the executives of the meeting",
        evidence: sentence,
        kind: "frame",
      });
  }
  return out;
}

/**
 * Whether two names of a sentence stand in one list: only a separator, the people and descriptions of
 * the first, and no cue or verb between them (an item a semicolon ends may hold its own clause); or
 * the same company named again through its executive.
 */
function inOneList(sentence: Sentence, a: Mention, b: Mention): boolean {
  // Tickers in brackets ("(NASDAQ: BGNE)") are part of the name before them.
  const gap = sentence.text.slice(a.end, b.start).replace(/\([^()]*\)/g, "");
  if (gap.length > SEMICOLON_ITEM || (gap.length > LIST_GAP && !/;\s*(?:and\s+)?$/.test(gap))) return false;
  if (a.entity.id === b.entity.id) return !/[,;]/.test(gap);
  if (findCues(gap).length > 0 || /[.:!?]\s/.test(gap)) return false;
  // Items a semicolon ends may carry their own clauses ("Moderna Inc., whose shares have halved; and ...").
  if (/;\s*(?:and\s+)?$/.test(gap) && gap.length <= SEMICOLON_ITEM) return true;
  const verbBetween = termsOfSentence(sentence).some((t) => t.verb && t.start >= a.end && t.start < b.start);
  return /[,;]|\band\b/.test(gap) && !/\b(?:while|whereas|but|although|after|before|because|since|when|which|who|whose|that)\b/i.test(gap) && !verbBetween;
}

/** Most characters of a list item a semicolon ends, its description and clauses with it. */
const SEMICOLON_ITEM = 160;

/** The list predicates of wording/predicates.ts, each matching every occurrence. */
const LIST_PREDICATE_PATTERNS = LIST_PREDICATES.map((p) => new RegExp(p.pattern.source, "gi"));

/** Where a text says a list predicate, unless negation, possibility or a condition stands before it. */
export function listPredicates(text: string): { start: number; end: number }[] {
  return LIST_PREDICATE_PATTERNS.flatMap((re) => [...text.matchAll(re)])
    .filter((m) => !UNREAL_BEFORE.test(text.slice(0, m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Words before a predicate that make it no event: negation, possibility, condition. */
const UNREAL_BEFORE = /\b(?:not|never|could|may|might|would|if)\s+(?:(?:also|still|soon|yet|be|have|been|later)\s+){0,3}$/i;

/**
 * The companies a list predicate of the sentence takes as its object (see wording/predicates.ts): the
 * first company after it, within reach, and every company listed with it. A predicate that ends its
 * sentence takes the list that opens the next one.
 */
export function listObjects(sentence: Sentence, next: Sentence | undefined, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const { end } of listPredicates(sentence.text)) {
    const heading = next !== undefined && sentence.text.slice(end).trim().length <= 2;
    const where = heading ? next : sentence;
    const from = heading ? 0 : end;
    const here = mentions.filter((x) => x.sentence === where && x.entity.kind === "company").sort((a, b) => a.start - b.start);
    const first = here.find((x) => x.start >= from);
    if (
      first === undefined ||
      first.start - from > OBJECT_REACH ||
      /[.;!?]\s|\b(?:while|but|after|because|which|who)\b/i.test(where.text.slice(from, first.start))
    )
      continue;
    const list = [first];
    for (const x of here.slice(here.indexOf(first) + 1)) {
      if (!inOneList(where, list.at(-1)!, x)) break;
      list.push(x);
    }
    out.push(...list);
  }
  return out;
}

/**
 * A sentence that leaves out its predicate ("Nor was Nvidia's Jensen Huang.", "So did Xiaomi's Lei Jun.")
 * gives its companies the one role the previous sentence gave its own (see wording/ellipsis.ts).
 */
function ellipsisCarried(readings: readonly RoleReading[], sentences: readonly Sentence[]): RoleReading[] {
  const out: RoleReading[] = [];
  for (const sentence of sentences) {
    if (!ELLIPSIS_OPENING.test(sentence.text)) continue;
    const previous = sentences.find((s) => s.index === sentence.index - 1);
    const roles = new Set(readings.filter((r) => r.mention.sentence === previous && r.role !== "mentioned").map((r) => r.role));
    if (roles.size !== 1) continue;
    const role = [...roles][0]!;
    const here = readings.filter((r) => r.mention.sentence === sentence && r.mention.entity.kind === "company");
    for (const r of here) {
      if (here.some((o) => o.mention.entity.id === r.mention.entity.id && o.role !== "mentioned")) continue;
      out.push({ mention: r.mention, role, certainty: FRAME_CERTAINTY, cue: "the previous sentence's predicate, left out", evidence: sentence, kind: "frame" });
    }
  }
  return out;
}

/** Whether the headline or the lead tells of a meeting with business people (wording/meetings.ts). */
export function meetingLead(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => s.index <= 0 && MEETING_LEAD.test(s.text));
}

/** The membership words of a sentence that are not negated ("the heads of", "was also represented"). */
export function isMembership(text: string): boolean {
  const m = MEMBERSHIP.exec(text);
  return m !== null && !MEMBERSHIP_NEGATED.test(text.slice(0, m.index));
}

/**
 * In an article about a meeting, the companies of a sentence that names their people at it without a
 * cue ("Also on the call were the heads of GlobalFoundries, HP Inc. and Micron") are `present`.
 */
function members(readings: readonly RoleReading[], eventDate: string): RoleReading[] {
  const out: RoleReading[] = [];
  for (const [sentence, rs] of companiesBy(readings, (r) => r.mention.sentence)) {
    if (!isMembership(sentence.text) || backgroundWords(sentence.text, eventDate)) continue;
    for (const r of rs) {
      if (rs.some((o) => o.mention.entity.id === r.mention.entity.id && o.role !== "mentioned")) continue;
      out.push({
        mention: r.mention,
        role: "present",
        certainty: FRAME_CERTAINTY,
        cue: "named among the people at the meeting",
        evidence: sentence,
        kind: "frame",
      });
    }
  }
  return out;
}

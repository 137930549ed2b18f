import type { CompanyRole } from "./eventDocument.js";
import { BACKGROUND_TIME, CUES, INCLUSION_BEFORE, NEGATION, NEGATION_WINDOW, OWNER_AFTER, OWNER_BEFORE, RELATIVE_CLAUSE, type Cue } from "./cues.js";
import type { Mention } from "./entities.js";
import type { Sentence } from "./sentences.js";

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
}

/** A cue found in a clause, after negation was applied. */
interface FoundCue {
  readonly role: CompanyRole;
  readonly side: Cue["side"];
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Clause {
  readonly start: number;
  readonly end: number;
}

/**
 * Clause boundaries: contrast and time connectives separate what different companies did ("X was
 * present, while the absence of Y ..."; "Y's shares fell after X unveiled ...").
 */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but|although|though|even\s+as|yet)\s+|\s+(?:while|whereas|but|after|because|since|when|before|following)\s+|\s+[–—]\s+/gi;

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
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
    kept.push({ role, side: r.side, start: r.start, end: r.end, text: r.text });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Sentence openings that refer back to the previous sentence's person or company. */
const PERSON_PRONOUN = /^(?:(?:but|and|however|yet),?\s+)?(?:he|she|his|her)\b/i;
const COMPANY_PRONOUN = /^(?:(?:but|and|however|yet),?\s+)?(?:it|its|the\s+(?:company|firm|group|carmaker|automaker|chipmaker|retailer|platform|start-?up|giant|conglomerate))\b/i;
const PLURAL_PRONOUN = /^(?:(?:but|and|however|yet),?\s+)?(?:they|their|both|all\s+(?:three|four|five|of\s+them))\b/i;

/** Certainty of readings: a cue beside the name, a cue carried to a listed name, a pronoun. */
const CERTAINTY = { direct: 1, inclusion: 0.85, pronoun: 0.75, mentioned: 1 } as const;

/**
 * The role of every mention, read from its clause: the nearest cue on the side where the cue's
 * companies stand decides; an owner named only as an owner stays `mentioned`; a clause with a cue but
 * no company passes its role to the previous sentence's person ("He was not seen") or company ("The
 * company was fined"). Everything else is `mentioned`.
 */
export function readRoles(sentences: readonly Sentence[], mentions: readonly Mention[], published: string): RoleReading[] {
  const out: RoleReading[] = [];
  sentences.forEach((sentence, si) => {
    const here = mentions.filter((m) => m.sentence === sentence);
    const relatives = [...sentence.text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const clause of clauses(sentence.text)) {
      const text = sentence.text.slice(clause.start, clause.end);
      const background = isBackground(text, published);
      // Actions told in a relative clause or a clause about earlier years are background, not the event.
      const cues = findCues(text, clause.start)
        .filter((c) => c.role !== "target" || !relatives.some(([s, e]) => c.start >= s && c.end <= e))
        .map((c) => (background ? { ...c, role: "mentioned" as const } : c));
      const inClause = here.filter((m) => m.start >= clause.start && m.end <= clause.end);
      for (const m of inClause) out.push(readOne(m, cues, sentence, here));
      const acting = cues.filter((c) => c.role !== "mentioned");
      if (inClause.length === 0 && acting.length > 0 && si > 0) {
        out.push(...carried(text.trimStart(), acting[0]!, sentence, mentions.filter((m) => m.sentence === sentences[si - 1])));
      }
    }
  });
  return out;
}

/** True when a clause is about years before publication ("Jack Ma retired in 2019"). */
export function isBackground(clause: string, published: string): boolean {
  const m = BACKGROUND_TIME.exec(clause);
  if (!m) return false;
  return m[1] === undefined || Number(m[1]) < Number(published.slice(0, 4));
}

function readOne(m: Mention, cues: readonly FoundCue[], sentence: Sentence, here: readonly Mention[]): RoleReading {
  const text = sentence.text;
  const mentioned: RoleReading = { mention: m, role: "mentioned", certainty: CERTAINTY.mentioned, evidence: sentence };
  const childHere = here.some((o) => o.entity.parent === m.entity.id);
  if (OWNER_BEFORE.test(text.slice(0, m.start)) || (childHere && OWNER_AFTER.test(text.slice(m.end)))) return mentioned;
  let best: { cue: FoundCue; distance: number } | undefined;
  for (const c of cues) {
    const afterIt = m.start >= c.end;
    const beforeIt = m.end <= c.start;
    if ((c.side === "after" && !afterIt) || (c.side === "before" && !beforeIt) || (!afterIt && !beforeIt)) continue;
    const distance = afterIt ? m.start - c.end : c.start - m.end;
    if (!best || distance < best.distance) best = { cue: c, distance };
  }
  if (best) {
    return best.cue.role === "mentioned" ? mentioned : { mention: m, role: best.cue.role, certainty: CERTAINTY.direct, cue: best.cue.text, evidence: sentence };
  }
  // "In addition to Jack Ma, the meeting was attended by ...": the listed name shares the clause's role.
  const acting = cues.filter((c) => c.role !== "mentioned");
  if (acting.length > 0 && INCLUSION_BEFORE.test(text.slice(0, m.start))) {
    const c = acting[0]!;
    return { mention: m, role: c.role, certainty: CERTAINTY.inclusion, cue: c.text, evidence: sentence };
  }
  return mentioned;
}

/** Carries a cue of a clause without companies to the previous sentence's person or company. */
function carried(clauseText: string, cue: FoundCue, sentence: Sentence, previous: readonly Mention[]): RoleReading[] {
  let referents: Mention[] = [];
  if (PERSON_PRONOUN.test(clauseText)) referents = previous.filter((m) => m.via !== undefined).slice(-1);
  else if (COMPANY_PRONOUN.test(clauseText)) referents = previous.filter((m) => m.via === undefined && m.entity.kind === "company").slice(-1);
  else if (PLURAL_PRONOUN.test(clauseText)) referents = previous.filter((m) => m.entity.kind === "company");
  return referents.map((mention) => ({ mention, role: cue.role, certainty: CERTAINTY.pronoun, cue: cue.text, evidence: sentence }));
}

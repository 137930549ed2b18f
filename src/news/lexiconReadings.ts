import { clauseReading, clauseText, mayTell } from "./clauseRoles.js";
import { mentionsBySentence, type Mention } from "./mention.js";
import { structureOf } from "./language/sentenceStructure.js";
import type { CompanyRole } from "./eventDocument.js";
import type { Sentence } from "./sentences.js";
import type { EventKind, PredicateEntry } from "./wording/predicateLexicon.js";
import type { CueKind } from "./cues/cues.js";
import type { Clause } from "./language/clauses.js";

/** A role read from a clause, as roles.ts's readings are (which import this module). */
export interface LexiconReading {
  readonly mention: Mention;
  readonly role: CompanyRole;
  readonly certainty: number;
  readonly cue: string;
  readonly evidence: Sentence;
  readonly kind?: CueKind;
}

/** How sure a reading is: the name stands in the predicate's clause, or a pronoun there stands for it. */
const CERTAINTY = { clause: 1, pronoun: 0.75 } as const;

/** What the kind of event makes of a reading, for the article's frame (an action done to a company, its own news). */
const KIND: Readonly<Record<EventKind, CueKind | undefined>> = { meeting: undefined, action: "done-to", list: "done-to", own: "own" };

/** Pronouns that stand for the person or the company named last in the sentence before. */
const PERSON_PRONOUNS = new Set(["he", "she"]);
const COMPANY_PRONOUNS = new Set(["it"]);
const PLURAL_PRONOUNS = new Set(["they"]);
const PRONOUN_WORD = /\b(?:he|she|it|they)\b/i;

/**
 * The roles the predicate lexicon gives the names of an article, for the given kinds of event: each
 * mention read in its sentence's structure (src/news/clauseRoles.ts); a clause about a time before
 * the event gives none. A clause whose subject is a pronoun gives its role to whom the pronoun
 * stands for in the sentence before ("He did not attend.").
 */
export function lexiconReadings(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  isBackground: (clause: string) => boolean,
  events: ReadonlySet<EventKind>,
): LexiconReading[] {
  const out: LexiconReading[] = [];
  const bySentence = mentionsBySentence(mentions);
  sentences.forEach((sentence, si) => {
    const here = bySentence.get(sentence) ?? [];
    const previous = (si > 0 ? bySentence.get(sentences[si - 1]!) : undefined) ?? [];
    // A sentence that names no one and has no pronoun for the names before has nothing to read.
    if (here.length === 0 && (previous.length === 0 || !PRONOUN_WORD.test(sentence.text))) return;
    if (!mayTell(sentence.text, events)) return;
    const structure = structureOf(sentence, here);
    const background = (clause: Clause): boolean => isBackground(clauseText(structure, clause));
    for (const m of here) {
      const reading = clauseReading(structure, m, events);
      if (reading === undefined || reading.role === "mentioned" || background(reading.clause)) continue;
      const kind = kindOf(reading.entry);
      out.push({
        mention: m,
        role: reading.role,
        certainty: CERTAINTY.clause,
        cue: reading.predicate,
        evidence: sentence,
        ...(kind !== undefined ? { kind } : {}),
      });
    }
    for (const token of structure.tokens) {
      if (token.pos !== "pronoun" || !(PERSON_PRONOUNS.has(token.lemma) || COMPANY_PRONOUNS.has(token.lemma) || PLURAL_PRONOUNS.has(token.lemma))) continue;
      const reading = clauseReading(structure, { start: token.start, end: token.end }, events);
      if (reading === undefined || reading.role === "mentioned" || reading.position !== "subject" || background(reading.clause)) continue;
      // The pronoun looks back in its sentence first when it opens a later clause ("Shares of X fell after it said ...").
      const earlier = here.filter((m) => m.end <= token.start);
      const referents = referentsOf(token.lemma, earlier);
      const kind = kindOf(reading.entry);
      for (const mention of referents.length > 0 ? referents : referentsOf(token.lemma, previous)) {
        out.push({
          mention,
          role: reading.role,
          certainty: CERTAINTY.pronoun,
          cue: reading.predicate,
          evidence: sentence,
          ...(kind !== undefined ? { kind } : {}),
        });
      }
    }
  });
  return out;
}

/** What the reading's entry makes of it for the article's frame. */
function kindOf(entry: PredicateEntry): CueKind | undefined {
  return entry.weak === true ? "weak" : KIND[entry.event];
}

/** Whom a pronoun stands for among the names before it: the last person ("he"), the last company ("it"), all companies ("they"). */
function referentsOf(pronoun: string, pool: readonly Mention[]): Mention[] {
  if (PERSON_PRONOUNS.has(pronoun)) return pool.filter((m) => m.via !== undefined).slice(-1);
  if (COMPANY_PRONOUNS.has(pronoun)) return pool.filter((m) => m.via === undefined && m.entity.kind === "company").slice(-1);
  return pool.filter((m) => m.entity.kind === "company");
}

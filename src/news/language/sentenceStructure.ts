import type { Sentence } from "../sentences.js";
import { clausesOf, type Clause } from "./clauses.js";
import { descriptions, type Description } from "./descriptions.js";
import { nounPhrases, type NounPhrase } from "./nounPhrases.js";
import { reportedSpeech, type Attribution } from "./reportedSpeech.js";
import { tokenize, type Span, type Token } from "./tokens.js";
import { verbGroups, type VerbGroup } from "./verbGroups.js";

/** The linguistic layer of one sentence: its tokens and what is built on them. */
export interface SentenceStructure {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly nounPhrases: readonly NounPhrase[];
  readonly verbGroups: readonly VerbGroup[];
  readonly descriptions: readonly Description[];
  readonly clauses: readonly Clause[];
  readonly attributions: readonly Attribution[];
}

/** The structure of a sentence's text, the names found in it (`names`) read as names. */
export function structureOfText(text: string, names: readonly Span[] = []): SentenceStructure {
  const tokens = tokenize(text, names);
  const groups = verbGroups(tokens);
  const described = descriptions(tokens, groups);
  const clauses = clausesOf(tokens, groups, described);
  return { text, tokens, nounPhrases: nounPhrases(tokens), verbGroups: groups, descriptions: described, clauses, attributions: reportedSpeech(clauses) };
}

/** Each sentence is analysed once per article and set of names, however many readers ask. */
const structures = new WeakMap<Sentence, Map<string, SentenceStructure>>();

export function structureOf(sentence: Sentence, names: readonly Span[] = []): SentenceStructure {
  let byNames = structures.get(sentence);
  if (byNames === undefined) structures.set(sentence, (byNames = new Map()));
  const key = names.map((n) => `${n.start}-${n.end}`).join(",");
  let s = byNames.get(key);
  if (s === undefined) byNames.set(key, (s = structureOfText(sentence.text, names)));
  return s;
}

/** The index of the token that covers a character offset, or the first one after it. */
export function tokenAt(structure: SentenceStructure, offset: number): number {
  const i = structure.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? structure.tokens.length - 1 : i;
}

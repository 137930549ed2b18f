import type { Entity } from "./knowledge/schema.js";
import type { Sentence } from "./sentences.js";

/** An entity named in a sentence, and how sure the naming is. */
export interface Mention {
  readonly entity: Entity;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The person through whom the entity was named ("Jack Ma" → Alibaba). */
  readonly via?: string;
  readonly how: "name" | "person" | "surname" | "fuzzy" | "context";
  /** A person who stands for several companies, this one chosen by the years or the article's words. */
  readonly chosen?: boolean;
  readonly confidence: number;
}

/** The mentions of each sentence, in article order, grouped once (readers look them up per sentence). */
export function mentionsBySentence(mentions: readonly Mention[]): ReadonlyMap<Sentence, readonly Mention[]> {
  const bySentence = new Map<Sentence, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list === undefined) bySentence.set(m.sentence, [m]);
    else list.push(m);
  }
  return bySentence;
}

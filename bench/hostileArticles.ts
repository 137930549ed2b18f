/**
 * Articles built to be expensive to read, shared by the extraction benchmark and the load script:
 * deeply nested HTML, a list of invented company names (each a phrase the fuzzy matcher must look
 * at), an article naming thousands of real companies, and long plain text.
 */
import { seededUniform } from "../test/support/seededUniform.js";

const SYLLABLES = ["zan", "quor", "bel", "tri", "vex", "lum", "mor", "pax", "syl", "cor", "dra", "fen", "oth", "kel"];
const SUFFIXES = ["Holdings", "Group", "Technologies", "Corp", "Capital", "Industries"];

/** `depth` nested `<div>`s around one paragraph (30,000 make about 330 KB). */
export function deepDivs(depth: number): string {
  return `<html><body>${"<div>".repeat(depth)}<p>Baidu met Tencent in Beijing on Monday, officials said.</p>${"</div>".repeat(depth)}</body></html>`;
}

/** An article listing `n` invented company names (1,000 make about 17 KB). */
export function inventedNames(n: number, seed = 16): string {
  const next = seededUniform(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const names = Array.from({ length: n }, () => {
    const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(SUFFIXES)}`;
  });
  return `Baidu met Tencent on Monday in Beijing. ${names.join(", ")} also attended the meeting.\n`;
}

/** An article naming each of `names` in its own sentence (5,000 make about 160 KB). */
export function manyCompanies(names: readonly string[]): string {
  return `Tech bosses meet on Monday\n\n${names.map((name) => `${name} attended the meeting in Beijing on Monday.`).join(" ")}\n`;
}

/** About `bytes` of ordinary prose. */
export function longText(bytes: number): string {
  const sentence = "Shares in Hong Kong were mixed on Monday as investors weighed the outcome of the meeting in Beijing. ";
  return `Markets on Monday\n\nBaidu fell and Tencent rose on Monday. ${sentence.repeat(Math.ceil(bytes / sentence.length))}`;
}

/**
 * How directory names are compared: a key without case, punctuation, a leading "The", legal-form
 * words (Inc, Corp, Ltd, Holdings, Group...), HKEX stock-name markers (-W, -SW, -S, -R) and mainland
 * risk-warning prefixes (ST, *ST), so that "Alibaba Group Holding Limited", "Alibaba Group" and
 * "ALIBABA" meet, and "The Coca-Cola Company" is "coca cola".
 */

/** Legal-form and grouping words dropped from the end of a name (lower case, without dots). */
export const LEGAL_WORDS: ReadonlySet<string> = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "companies", "ltd", "limited", "plc", "llc", "lp", "llp",
  "holding", "holdings", "group", "grp", "sa", "ag", "nv", "se", "spa", "bv", "kk", "ab", "asa", "oyj", "tbk", "bhd", "berhad", "pte",
  "the", "class", "ordinary", "shares", "ads", "adr", "adrs", "new",
]);

/** HKEX short-name markers: weighted voting rights, secondary listing, RMB counter, and others. */
const HK_MARKER = /[-－](?:W|SW|S|R|WR|B|SWR|P)$/iu;
const HK_MARKER_ZH = /[－-][ＷＳＲＢＰWSRBP]+$/u;
/** Mainland risk-warning and new-listing prefixes (ST, *ST, N, C, XD...). */
const CN_PREFIX = /^(?:\*?ST|N|C|XD|XR|DR)(?=\p{Script=Han})/u;

/** The words of a name: letters and digits, lower case, "&" read as "and". */
export function nameWords(name: string): string[] {
  return (
    name
      .replace(HK_MARKER, "")
      .replace(/&/g, " and ")
      .replace(/(\p{L})[.'’](?=\p{L}\b)/gu, "$1") // "Macy's" → "macys", "U.S." → "us"
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The comparison key of an English name, or "" when nothing is left. */
export function nameKey(name: string): string {
  const words = nameWords(name);
  while (words.length > 0 && words[0] === "the") words.shift();
  // "Merck & Co., Inc." → "merck": legal words, then a connector left dangling.
  while (words.length > 1 && (LEGAL_WORDS.has(words[words.length - 1]!) || words[words.length - 1] === "and")) words.pop();
  // "Co., Ltd." and "Holding Ltd" leave "co"/"holding" before the last word: dropped above, one at a time.
  return words.join(" ");
}

/** The comparison key of a Chinese name: markers, prefixes, spaces and full-width letters normalised. */
export function chineseKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(HK_MARKER_ZH, "")
    .replace(HK_MARKER, "")
    .replace(CN_PREFIX, "")
    .replace(/\s+/g, "");
}

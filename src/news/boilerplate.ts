/**
 * Page chrome that survives copying a web page: share/follow prompts, image credits, reading times,
 * video teasers, author tags, translation notes, newsletter and cookie prompts. Matched on a whole
 * paragraph, and only on short ones, so that a long paragraph of the article that merely contains
 * "follow us" is kept.
 */
const CHROME_PATTERNS: readonly RegExp[] = [
  /\bfollow us\b/i,
  /\b(share|tweet|email) (this|the) (article|story|page)\b/i,
  /\bsign up\b.*\bnewsletter\b|\bsubscribe\b.*\b(newsletter|now|today)\b/i,
  /\b(don't|do not) miss (any|the latest)\b/i,
  /\boriginally (published|written) in\b|\b(was|been) (machine[- ])?translated\b|\btranslated (from|with|by)\b/i,
  /^\(?(image|photo|picture|foto|bild|credit|source|video)s?( credit)?\s*:/i,
  /^\d+\s*min\.?( read|utes? read)\b/i,
  /^(listen|print view|read more|related articles?|advertisement)\b/i,
  /\ball rights reserved\b|\bcookies?\b/i,
  /^videos? by\b/i,
  /^\(\w{1,6}\)$/,
  /^(?:[Bb]y|[Ff]rom|[Aa]uthor:?|[Vv]on)\s+[A-Z][\w.-]*(\s+[A-Z][\w.-]*){0,3}$/,
  /©|\bcopyright\b/i,
];

/** Chrome paragraphs are short; longer ones are article text whatever words they contain. */
const MAX_CHROME_WORDS = 40;

/** True when a paragraph is page chrome rather than article text. */
export function isChrome(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p.split(/\s+/).length > MAX_CHROME_WORDS) return false;
  return CHROME_PATTERNS.some((re) => re.test(p));
}

/**
 * True when a paragraph reads like prose: enough words and a sentence ending. Image captions and
 * alt texts ("Chinese flag in front of a depiction of a stock market trading curve") have no final
 * punctuation; menus and tags have few words.
 */
export function isProse(paragraph: string): boolean {
  const p = paragraph.trim();
  const words = p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words >= 25) return true;
  return words >= 6 && /[.!?]["'”’)]*$/.test(p);
}

/** The paragraphs that belong to the article body. */
export function articleParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "" && isProse(p) && !isChrome(p));
}

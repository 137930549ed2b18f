import nlp from "compromise";
import { BE_FORMS, DO_FORMS, GET_FORMS, HAVE_FORMS, MODALS, NEGATIONS, PREPOSITIONS, RELATIVE_PRONOUNS } from "../wording/grammarWords.js";

/** The parts of speech the clause reader needs; compromise's finer tags stay on the token. */
type PartOfSpeech =
  | "noun"
  | "name"
  | "pronoun"
  | "verb"
  | "auxiliary"
  | "modal"
  | "adjective"
  | "adverb"
  | "preposition"
  | "determiner"
  | "conjunction"
  | "negation"
  | "number"
  | "punctuation";

/** A word or punctuation mark of a sentence, with its place in the sentence's text. */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: PartOfSpeech;
  /** The dictionary form: "fined" → "fine", "was" → "be"; lower case. */
  readonly lemma: string;
  /** compromise's tags (PastTense, Participle, Possessive, Gerund, Particle, ...). */
  readonly tags: ReadonlySet<string>;
}

/** Punctuation that structures a sentence: list and clause separators, brackets, quotes. */
const STRUCTURAL = /[,;:()\u2013\u2014"“”]|(?<=\s)-(?=\s)/g;

interface RawTerm {
  readonly text: string;
  readonly tags: string[];
  readonly root?: string | null;
  readonly post: string;
}

/** A character span of a sentence. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The tokens of one sentence: compromise tags its words and gives their roots; the closed classes of
 * wording/grammarWords.ts correct the tags the reader relies on ("against" is a preposition, "was" an
 * auxiliary before a participle). Punctuation between words becomes tokens of its own. The names the
 * entity recognizer found (`names`) are one token each, a name whatever the tagger made of its words
 * ("Geely" is no adverb, "Sun Art Retail" one phrase).
 */
export function tokenize(text: string, names: readonly Span[] = []): Token[] {
  const doc = nlp(text);
  doc.compute("root");
  const terms = (doc.json({ terms: { offset: true } }) as { terms: RawTerm[] }[]).flatMap((s) => s.terms);
  const out: Token[] = [];
  let cursor = 0;
  const push = (word: string, start: number, pos: PartOfSpeech, lemma: string, tags: ReadonlySet<string>): void => {
    out.push({ index: out.length, text: word, start, end: start + word.length, pos, lemma, tags });
  };
  for (const t of terms) {
    if (t.text === "") continue;
    const start = text.indexOf(t.text, cursor);
    if (start < 0) continue;
    const tags = new Set(t.tags);
    const lower = t.text.toLowerCase();
    const pos = partOfSpeech(lower, tags);
    const noRoot = typeof t.root !== "string" || t.root === "";
    push(t.text, start, pos, pos === "verb" && noRoot && /(?:ed|en|wn)$/.test(lower) ? verbLemma(lower) : lemmaOf(lower, t.root, tags), tags);
    cursor = start + t.text.length;
    // Punctuation after the word, up to the next word.
    const next = text.slice(cursor, cursor + t.post.length);
    for (const p of next.matchAll(STRUCTURAL)) push(p[0], cursor + p.index, "punctuation", p[0], new Set());
    cursor += next.length;
  }
  return participles(names.length === 0 ? out : merged(out, text, names));
}

/** The tokens with each name's words made one name token. */
function merged(tokens: readonly Token[], text: string, names: readonly Span[]): Token[] {
  const out: Token[] = [];
  let open: Span | undefined;
  for (const t of tokens) {
    const name = t.pos === "punctuation" ? undefined : names.find((n) => t.start < n.end && t.end > n.start);
    if (name === undefined) {
      out.push({ ...t, index: out.length });
      open = undefined;
      continue;
    }
    if (open === name) {
      const last = out.at(-1)!;
      const word = text.slice(last.start, t.end);
      out[out.length - 1] = { ...last, text: word, end: t.end, lemma: word.toLowerCase(), tags: new Set([...last.tags, ...t.tags]) };
      continue;
    }
    out.push({ ...t, index: out.length, pos: "name", lemma: t.text.toLowerCase(), tags: new Set([...t.tags, "ProperNoun"]) });
    open = name;
  }
  return out;
}

/** An adjective in -ed or -en right after "be" ("was removed", "were barred") is the passive's participle. */
function participles(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== "adjective" || !/(?:ed|en)$/.test(t.text.toLowerCase())) return t;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === "adverb") k--;
    const before = tokens[k];
    if (before === undefined || before.pos !== "auxiliary" || before.lemma !== "be") return t;
    return { ...t, pos: "verb" as const, lemma: verbLemma(t.text), tags: new Set([...t.tags, "Participle"]) };
  });
}

/** Dictionary forms already found: the tagger is asked once per word form. */
const verbLemmas = new Map<string, string>();

/** The dictionary form of a word read as a past form ("removed" → "remove", "drawn" → "draw"). */
function verbLemma(word: string): string {
  let lemma = verbLemmas.get(word);
  if (lemma === undefined) verbLemmas.set(word, (lemma = taggedVerbLemma(word)));
  return lemma;
}

function taggedVerbLemma(word: string): string {
  const doc = nlp(word);
  doc.tag("PastTense");
  doc.compute("root");
  const root = (doc.json({ terms: { offset: true } }) as { terms: RawTerm[] }[])[0]?.terms[0]?.root;
  if (typeof root === "string" && root !== "") return root.toLowerCase();
  const infinitive = nlp(word).verbs().toInfinitive().text();
  return (infinitive !== "" ? infinitive : word).toLowerCase();
}

function partOfSpeech(word: string, tags: ReadonlySet<string>): PartOfSpeech {
  if (NEGATIONS.has(word) || tags.has("Negative")) return "negation";
  if (MODALS.has(word)) return "modal";
  const auxiliaryForm = BE_FORMS.has(word) || HAVE_FORMS.has(word) || DO_FORMS.has(word) || GET_FORMS.has(word);
  if (auxiliaryForm && (tags.has("Auxiliary") || tags.has("Copula"))) return "auxiliary";
  if (PREPOSITIONS.has(word) && !tags.has("Particle")) return "preposition";
  if (RELATIVE_PRONOUNS.has(word) && word !== "that") return "pronoun";
  if (tags.has("Conjunction")) return "conjunction";
  if (tags.has("Determiner")) return "determiner";
  if (tags.has("Pronoun")) return "pronoun";
  if (tags.has("Value") || tags.has("Money") || tags.has("Percent") || tags.has("Cardinal")) return "number";
  if (tags.has("Verb")) return auxiliaryForm && !tags.has("PastTense") && !tags.has("Participle") && !tags.has("Gerund") ? "auxiliary" : "verb";
  if (tags.has("ProperNoun") || tags.has("Organization") || tags.has("Person") || tags.has("Place")) return "name";
  if (tags.has("Adverb")) return "adverb";
  if (tags.has("Adjective")) return "adjective";
  return "noun";
}

function lemmaOf(word: string, root: string | null | undefined, tags: ReadonlySet<string>): string {
  if (BE_FORMS.has(word) && (tags.has("Copula") || tags.has("Auxiliary") || tags.has("Verb"))) return "be";
  if (HAVE_FORMS.has(word) && tags.has("Verb")) return "have";
  if (DO_FORMS.has(word)) return "do";
  if (word === "n't") return "not";
  return (typeof root === "string" && root !== "" ? root : word).toLowerCase();
}

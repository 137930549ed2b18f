import {
  CLAUSE_CONNECTIVES,
  COMPOUND_PREPOSITIONS,
  NOUN_PHRASE_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  REPORTING_VERBS,
  TIME_CONNECTIVES,
} from "../wording/grammarWords.js";
import type { Description } from "./descriptions.js";
import type { Token } from "./tokens.js";
import type { VerbGroup } from "./verbGroups.js";

/** Where a phrase stands to its clause's predicate: before it, right after it, or after a preposition. */
type Position = "subject" | "object" | "attachment";

/** A phrase of a clause that its predicate takes: token indexes, inclusive. */
export interface Argument {
  readonly position: Position;
  /** The preposition that opens an attachment ("with", "against", "according to"). */
  readonly preposition?: string;
  readonly from: number;
  readonly to: number;
}

/**
 * A clause: a predicate with its subject, objects and attachments. `main` clauses carry the sentence,
 * `subordinate` ones are opened by a connective ("while", "after" and a verb), `complement` ones are
 * what a reporting verb reports ("said that ..."), `relative` and `appositive` ones describe a phrase.
 */
export interface Clause {
  readonly from: number;
  readonly to: number;
  readonly kind: "main" | "subordinate" | "complement" | "relative" | "appositive";
  /** The connective that opened it ("while", "after", "and"). */
  readonly connective?: string;
  readonly predicate?: VerbGroup;
  readonly arguments: readonly Argument[];
  /** The subject is the one of the clause before, left out ("... and later declined to comment"). */
  readonly sharedSubject?: boolean;
}

const SEPARATORS = new Set([";", "—", "–", "-"]);

/**
 * The clauses of a sentence. Descriptions are clauses of their own, their antecedent their subject
 * (or object: "which the regulator fined"). The rest is split at semicolons and dashes, at
 * connectives, at "after"/"before"/"when" before a verb, at "and" or a comma between two finite
 * verbs, and after a reporting verb ("said that", "said it would").
 */
export function clausesOf(tokens: readonly Token[], groups: readonly VerbGroup[], described: readonly Description[]): Clause[] {
  const inDescription = (i: number): boolean => described.some((d) => i >= d.from && i <= d.to);
  const host: { from: number; to: number; kind: Clause["kind"]; connective?: string }[] = [];
  let current: { from: number; to: number; kind: Clause["kind"]; connective?: string } | undefined;
  const close = (): void => {
    if (current !== undefined && current.to >= current.from) host.push(current);
    current = undefined;
  };
  const hasFinite = (from: number, to: number): boolean => groups.some((g) => g.finite && g.head >= from && g.head <= to && !inDescription(g.head));
  const nextBreak = (i: number): number => {
    let j = i;
    while (j + 1 < tokens.length && ![",", ";", "—", "–"].includes(tokens[j + 1]!.text)) j++;
    return j;
  };
  const nextSemicolon = (i: number): number => {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.text !== ";") j++;
    return j - 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (inDescription(i)) continue;
    const t = tokens[i]!;
    // A semicolon between list items ("Attendees included X, founder of A; Y, head of B") is no clause break.
    if (SEPARATORS.has(t.text) && (t.text !== ";" || hasFinite(i + 1, nextSemicolon(i)))) {
      close();
      continue;
    }
    const opened = current !== undefined && hasFinite(current.from, i - 1);
    const verbAhead = hasFinite(i + 1, nextBreak(i));
    const verbNext = groups.some((g) => g.from > i && g.from <= i + 4 && (g.finite || tokens[g.head]!.tags.has("Gerund")) && g.from <= nextBreak(i));
    let connective: string | undefined;
    let kind: Clause["kind"] = "main";
    if (CLAUSE_CONNECTIVES.has(t.lemma) && (t.pos === "conjunction" || t.pos === "preposition" || t.pos === "adverb"))
      [connective, kind] = [t.lemma, "subordinate"];
    else if (TIME_CONNECTIVES.has(t.lemma) && verbNext && !(t.lemma === "as" && !verbAhead)) [connective, kind] = [t.lemma, "subordinate"];
    else if (t.lemma === "that" && t.pos !== "determiner" && current !== undefined && reportingBefore(groups, current.from, i))
      [connective, kind] = ["that", "complement"];
    else if ((t.lemma === "and" || t.lemma === "or") && opened && verbAhead) connective = t.lemma;
    if (connective !== undefined) {
      close();
      current = { from: i + 1, to: i, kind, connective };
      continue;
    }
    if (t.text === "," && opened && verbAhead) {
      close();
      continue;
    }
    if (current === undefined) current = { from: i, to: i, kind: "main" };
    current.to = i;
  }
  close();
  const out: Clause[] = [];
  for (const h of host.flatMap((c) => splitAfterReporting(tokens, groups, c, inDescription))) {
    const predicate =
      groups.find((g) => g.finite && g.head >= h.from && g.head <= h.to && !inDescription(g.head)) ??
      groups.find((g) => g.head >= h.from && g.head <= h.to && !inDescription(g.head));
    const args = argumentsOf(tokens, h.from, h.to, predicate, inDescription);
    const sharedSubject =
      predicate !== undefined &&
      !args.some((a) => a.position === "subject") &&
      out.length > 0 &&
      (h.connective === "and" || h.connective === "or" || h.connective === "but" || h.kind === "subordinate");
    out.push({ ...h, ...(predicate !== undefined ? { predicate } : {}), arguments: args, ...(sharedSubject ? { sharedSubject } : {}) });
  }
  for (const d of described) {
    const predicate = groups.find((g) => g.head >= d.from && g.head <= d.to);
    const antecedent = phraseEndingAt(tokens, d.antecedent);
    const inner = argumentsOf(tokens, d.from + (d.kind === "relative" ? 1 : 0), d.to, predicate, () => false);
    // "which the regulator fined": the pronoun's clause has its own subject, and the antecedent is the object.
    const ownSubject = inner.some((a) => a.position === "subject");
    const head: Argument = { position: d.kind === "relative" && !ownSubject && d.pronoun !== "whose" ? "subject" : "object", ...antecedent };
    out.push({
      from: d.from,
      to: d.to,
      kind: d.kind,
      ...(predicate !== undefined ? { predicate } : {}),
      arguments: d.kind === "relative" ? [head, ...inner] : inner,
    });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Whether a reporting verb's group ends just before `i`, its indirect object allowed between ("told reporters that"). */
function reportingBefore(groups: readonly VerbGroup[], from: number, i: number): boolean {
  return groups.some((g) => g.finite && g.head >= from && g.to < i && i - g.to <= 4 && REPORTING_VERBS.has(g.lemma));
}

/** "Alibaba said it would acquire X": the clause after a reporting verb is the complement it reports. */
function splitAfterReporting(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  c: { from: number; to: number; kind: Clause["kind"]; connective?: string },
  inDescription: (i: number) => boolean,
): (typeof c)[] {
  const finite = groups.filter((g) => g.finite && g.head >= c.from && g.head <= c.to && !inDescription(g.head));
  if (finite.length < 2 || !REPORTING_VERBS.has(finite[0]!.lemma)) return [c];
  const second = finite[1]!;
  let start = second.from;
  while (start - 1 > finite[0]!.to && ["name", "noun", "pronoun", "determiner", "adjective", "number"].includes(tokens[start - 1]!.pos)) start--;
  // "reported a 90% jump in profit": a figure is the reporting verb's object, not the subject of another clause.
  if (tokens.slice(start, second.from).some((t) => t.pos === "number")) return [c];
  // Time words right after the verb ("said on Tuesday it would") stay with it.
  if (start <= finite[0]!.to + 1 && tokens[start]?.pos !== "pronoun" && start === second.from) return [c];
  return [
    { ...c, to: start - 1 },
    { from: start, to: c.to, kind: "complement" },
  ];
}

/** The noun phrase that ends at token `i`: names, nouns, adjectives, determiners and numbers before it. */
function phraseEndingAt(tokens: readonly Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && ["name", "noun", "adjective", "determiner", "number"].includes(tokens[from - 1]!.pos) && !tokens[from - 1]!.tags.has("Possessive")) from--;
  while (from > 0 && tokens[from - 1]!.tags.has("Possessive")) from--;
  return { from, to: i };
}

/** The compound preposition that starts at token `i`, and how many tokens it takes. */
function compoundAt(tokens: readonly Token[], i: number): { preposition: string; length: number } | undefined {
  for (const words of COMPOUND_PREPOSITIONS) {
    if (words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) return { preposition: words.join(" "), length: words.length };
  }
  return undefined;
}

/**
 * The subject (before the predicate, after an opening adverbial "On Monday," or "Like rival Micron,"),
 * the object (after the predicate, before the first preposition) and attachments (a preposition and
 * what follows it, to the next preposition; "of" continues a phrase).
 */
function argumentsOf(tokens: readonly Token[], from: number, to: number, predicate: VerbGroup | undefined, inDescription: (i: number) => boolean): Argument[] {
  if (predicate === undefined) return [];
  const out: Argument[] = [];
  let start = from;
  // An opening adverbial runs to its comma ("In addition to Jack Ma, ..." stays an attachment).
  const opening = compoundAt(tokens, start) ?? (tokens[start]?.pos === "preposition" ? { preposition: tokens[start]!.lemma, length: 1 } : undefined);
  if (opening !== undefined && start < predicate.from) {
    let comma = start;
    while (comma < predicate.from && tokens[comma]!.text !== ",") comma++;
    if (comma < predicate.from) {
      out.push({ position: "attachment", preposition: opening.preposition, from: start + opening.length, to: comma - 1 });
      start = comma + 1;
    }
  }
  const firstWord = range(start, predicate.from - 1).find(
    (i) => !inDescription(i) && tokens[i]!.pos !== "punctuation" && tokens[i]!.pos !== "adverb" && tokens[i]!.pos !== "conjunction",
  );
  if (firstWord !== undefined) out.push({ position: "subject", from: firstWord, to: predicate.from - 1 });
  let arg: { position: Position; preposition?: string; from: number } = { position: "object", from: predicate.to + 1 };
  const flush = (end: number): void => {
    if (end >= arg.from) out.push({ ...arg, to: end });
  };
  for (let i = predicate.to + 1; i <= to; i++) {
    if (inDescription(i)) continue;
    const compound = compoundAt(tokens, i);
    const t = tokens[i]!;
    const continues = PHRASE_PREPOSITIONS.has(t.lemma) || (NOUN_PHRASE_PREPOSITIONS.has(t.lemma) && tokens[i - 1]?.pos === "noun");
    if (compound !== undefined || (t.pos === "preposition" && !continues)) {
      flush(i - 1);
      const length = compound?.length ?? 1;
      arg = { position: "attachment", preposition: compound?.preposition ?? t.lemma, from: i + length };
      i += length - 1;
    }
  }
  flush(to);
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

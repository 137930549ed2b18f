import nlp from "compromise";
import type { CompanyRole } from "./eventDocument.js";
import type { Argument, Clause } from "./language/clauses.js";
import { tokenAt, type SentenceStructure } from "./language/sentenceStructure.js";
import type { Token } from "./language/tokens.js";
import { PREDICATE_LEXICON, type EventKind, type PredicateEntry } from "./wording/predicateLexicon.js";

/** The role a name takes from the clause it stands in, the lexicon entry that gave it, and where it stood. */
export interface ClauseReading {
  readonly role: CompanyRole;
  readonly entry: PredicateEntry;
  /** The predicate as written ("did not attend", "was fined"). */
  readonly predicate: string;
  readonly clause: Clause;
  readonly position: Argument["position"];
}

/** Words opening an object that negate the subject's part ("sent no one"). */
const NEGATING_OBJECT = new Set(["no", "nobody", "none", "nothing", "neither"]);

/**
 * The role of a name (a character span of the sentence) read from the sentence's structure: the
 * clause it stands in (a description's own clause first), its position there, and the lexicon entry
 * of that clause's predicate; negation, possibility and the passive applied. A name that is only a
 * speaker ("..., Micron said") has none. Undefined when no lexicon predicate speaks of the name.
 */
export function clauseReading(
  structure: SentenceStructure,
  span: { readonly start: number; readonly end: number },
  events?: ReadonlySet<EventKind>,
): ClauseReading | undefined {
  const at = tokenAt(structure, span.start);
  const candidates = candidateClauses(structure, at);
  for (const { clause, argument } of candidates) {
    const reading = readIn(structure, clause, argument, events);
    if (reading !== undefined) return reading;
  }
  return undefined;
}

/** The clauses a token stands in, innermost first, each with the argument that holds it. */
function candidateClauses(structure: SentenceStructure, at: number): { clause: Clause; argument: Argument }[] {
  const out: { clause: Clause; argument: Argument; size: number }[] = [];
  structure.clauses.forEach((clause, k) => {
    const argument = argumentHolding(clause, at);
    if (argument !== undefined)
      out.push({
        clause,
        argument,
        size: argument.position === "subject" && clause.kind === "relative" && at < clause.from ? Number.MAX_SAFE_INTEGER : argument.to - argument.from,
      });
    // "X was missing, as was Y": a bare auxiliary after "as" (or "and so") repeats the predicate before for its own subject.
    const before = structure.clauses
      .slice(0, k)
      .filter((c) => c.kind !== "relative" && c.kind !== "appositive")
      .at(-1);
    if (argument?.position === "object" && elliptic(structure, clause) && before !== undefined) {
      out.push({ clause: before, argument: { position: "subject", from: argument.from, to: argument.to }, size: Number.MAX_SAFE_INTEGER - 2 });
    }
    // "Pichai was on the list but did not attend": the subject of the clause before is the left-out subject.
    const next = structure.clauses[k + 1];
    if (argument?.position === "subject" && next?.sharedSubject === true) out.push({ clause: next, argument, size: Number.MAX_SAFE_INTEGER - 1 });
  });
  // A company named in the description of a person or of a name ("Wang Xing, the founder of Meituan, ...",
  // "Ted Pick, who took over at Morgan Stanley, sat ...") stands where that person stands.
  for (const d of structure.descriptions) {
    if (at < d.from || at > d.to || (d.kind === "relative" && d.pronoun !== "who")) continue;
    structure.clauses.forEach((clause) => {
      if (clause.kind === "relative" || clause.kind === "appositive") return;
      const argument = argumentHolding(clause, d.antecedent);
      if (argument !== undefined) out.push({ clause, argument, size: Number.MAX_SAFE_INTEGER - 3 });
    });
  }
  // The innermost first: a name in a relative clause reads that clause; its antecedent reads its own clause first.
  return out.sort((a, b) => a.size - b.size);
}

/** A clause that repeats the predicate before it with a bare auxiliary: "as was Y", "as did Y", "and so did Y". */
function elliptic(structure: SentenceStructure, clause: Clause): boolean {
  const p = clause.predicate;
  if (p === undefined || (clause.connective !== "as" && clause.connective !== "and") || clause.arguments.some((a) => a.position === "subject")) return false;
  const bare = structure.tokens.slice(p.from, p.to + 1).every((t) => t.pos === "auxiliary" || t.pos === "adverb");
  return bare && (p.copula || p.lemma === "do" || p.lemma === "have");
}

function argumentHolding(clause: Clause, at: number): Argument | undefined {
  return clause.arguments.filter((a) => a.from <= at && at <= a.to).sort((a, b) => a.to - a.from - (b.to - b.from))[0];
}

function readIn(structure: SentenceStructure, clause: Clause, argument: Argument, events: ReadonlySet<EventKind> | undefined): ClauseReading | undefined {
  const p = clause.predicate;
  if (p === undefined) return undefined;
  const tokens = structure.tokens;
  const object = clause.arguments.find((a) => a.position === "object");
  const objectWords = object === undefined ? [] : tokens.slice(object.from, object.to + 1);
  // The object's head may stand in a phrase after it ("a 90% jump in quarterly profit").
  const following = clause.arguments.find(
    (a) => a.position === "attachment" && object !== undefined && a.from - 2 <= object.to && (a.preposition === "in" || a.preposition === "for"),
  );
  const objectHeads = [...objectWords, ...(following === undefined ? [] : tokens.slice(following.from, following.to + 1))];
  const clauseWords = new Set(tokens.slice(clause.from, clause.to + 1).map((t) => t.lemma));
  const subject = clause.arguments.find((a) => a.position === "subject");
  const subjectWords = new Set(subject === undefined ? [] : tokens.slice(subject.from, subject.to + 1).map((t) => t.lemma));
  const after = tokens
    .slice(p.to + 1, p.to + 5)
    .map((t) => t.text.toLowerCase())
    .join(" ");
  for (const entry of PREDICATE_LEXICON) {
    if (events !== undefined && !events.has(entry.event)) continue;
    if (entry.subjectNouns !== undefined && !entry.subjectNouns.some((n) => subjectWords.has(n))) continue;
    if (!matches(entry, p.lemma, p.particle ?? tokens[p.to + 1]?.text.toLowerCase(), objectHeads, clauseWords, after, inverted(entry, clause, tokens)))
      continue;
    const role = inverted(entry, clause, tokens) && argument.position === "object" ? entry.subject : roleAt(entry, argument, p.voice);
    if (role === undefined) continue;
    const negated = p.negated || (argument.position === "subject" && NEGATING_OBJECT.has(objectWords[0]?.lemma ?? ""));
    // "could not attend" tells that it did not happen; "could attend" only that it may.
    return {
      role: adjusted(role, negated, p.modality === "possible" && !negated),
      entry,
      predicate: tokens
        .slice(p.from, p.to + 1)
        .map((t) => t.text)
        .join(" "),
      clause,
      position: argument.position,
    };
  }
  return undefined;
}

function matches(
  entry: PredicateEntry,
  lemma: string,
  particle: string | undefined,
  objectWords: readonly Token[],
  clauseWords: ReadonlySet<string>,
  after: string,
  inverted: boolean,
): boolean {
  if (!entry.verbs.includes(lemma)) return false;
  if (entry.particle !== undefined && particle !== entry.particle) return false;
  const heads = objectWords.map((t) => t.lemma);
  if (entry.objectNouns !== undefined && !heads.some((h) => entry.objectNouns!.includes(h) || entry.objectNouns!.includes(h.replace(/s$/, "")))) return false;
  if (entry.notObjectNouns?.some((n) => heads.includes(n) || heads.includes(`${n}s`)) === true) return false;
  if (
    entry.complement !== undefined &&
    !inverted &&
    !entry.complement.some(
      (c) => after === c || after.startsWith(`${c} `) || after.replace(/^(?:also|notably|conspicuously|all|both|not)\s+/, "").startsWith(c),
    )
  )
    return false;
  if (entry.context !== undefined && !entry.context.some((w) => clauseWords.has(w))) return false;
  if (entry.notContext?.some((w) => clauseWords.has(w)) === true) return false;
  return true;
}

/** A copula whose complement comes first ("Notably absent was Elon Musk", "Among the guests were X"): the name after it is the subject. */
function inverted(entry: PredicateEntry, clause: Clause, tokens: readonly Token[]): boolean {
  const p = clause.predicate;
  if (entry.complement === undefined || p?.copula !== true) return false;
  const before = clause.arguments.filter((a) => a.position !== "object" && a.to < p.from);
  const words = before
    .map(
      (a) =>
        `${a.preposition ?? ""} ${tokens
          .slice(a.from, a.to + 1)
          .map((t) => t.text.toLowerCase())
          .join(" ")}`,
    )
    .join(" ");
  return entry.complement.some((c) => new RegExp(`(?:^|\\s)${c}(?:\\s|$)`).test(words));
}

/** The role an entry gives the argument's position, the passive swapping subject and object. */
function roleAt(entry: PredicateEntry, argument: Argument, voice: "active" | "passive"): Exclude<CompanyRole, "mentioned"> | undefined {
  if (argument.position === "subject") return voice === "passive" ? entry.object : entry.subject;
  if (argument.position === "object") return voice === "passive" ? undefined : entry.object;
  const preposition = argument.preposition ?? "";
  if (preposition === "by" && voice === "passive") return entry.subject;
  return entry.attachments?.[preposition];
}

function adjusted(role: Exclude<CompanyRole, "mentioned">, negated: boolean, possible: boolean): CompanyRole {
  if (possible) return "mentioned";
  if (!negated) return role;
  return role === "present" ? "absent" : "mentioned";
}

/** The words of a clause without the descriptions inside it, which keep their own time ("X, a regular in the past decade, was missing"). */
export function clauseText(structure: SentenceStructure, clause: Clause): string {
  const inner = clause.kind === "relative" || clause.kind === "appositive" ? [] : structure.descriptions;
  return structure.tokens
    .slice(clause.from, clause.to + 1)
    .filter((t) => !inner.some((d) => t.index >= d.from && t.index <= d.to))
    .map((t) => t.text)
    .join(" ");
}

/** The words that may show an entry in a text, by kinds of event: its verbs' forms, or its complements and objects when its verb is "be" or "have". */
const signalWords = new Map<string, ReadonlySet<string>>();

function signalsOf(events: ReadonlySet<EventKind>): ReadonlySet<string> {
  const key = [...events].sort().join(",");
  let words = signalWords.get(key);
  if (words === undefined) {
    const out = new Set<string>();
    for (const entry of PREDICATE_LEXICON.filter((e) => events.has(e.event))) {
      for (const verb of entry.verbs) {
        if (verb === "be" || verb === "have") {
          for (const w of [...(entry.complement ?? []), ...(entry.objectNouns ?? [])]) out.add(w.split(" ")[0]!);
          continue;
        }
        for (const form of verbForms(verb)) out.add(form);
      }
    }
    signalWords.set(key, (words = out));
  }
  return words;
}

/** Whether a text holds a word that may show one of the lexicon's entries of these kinds: texts without one need no analysis. */
export function mayTell(text: string, events: ReadonlySet<EventKind>): boolean {
  const signals = signalsOf(events);
  return text
    .toLowerCase()
    .split(/[^\p{L}&'-]+/u)
    .some((w) => signals.has(w));
}

/** Every form of a verb: compromise's conjugation (irregular ones: "sat", "met", "left") and the regular endings ("fined", "banned", "sues"). */
function verbForms(verb: string): string[] {
  const doc = nlp(verb);
  doc.tag("Verb");
  const conjugated = Object.values((doc.verbs().conjugate() as Record<string, string>[])[0] ?? {}).map((f) => f.split(" ").at(-1)!.toLowerCase());
  const stem = verb.replace(/e$/, "");
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? verb + verb.at(-1)! : verb;
  return [
    verb,
    ...conjugated,
    `${verb}s`,
    `${verb}es`,
    `${stem}ed`,
    `${stem}ing`,
    `${doubled}ed`,
    `${doubled}ing`,
    verb.replace(/y$/, "ies"),
    verb.replace(/y$/, "ied"),
  ];
}

import { CATENATIVES, MODALS, type Modality } from "../wording/grammarWords.js";
import type { Token } from "./tokens.js";

type Voice = "active" | "passive";
type Tense = "past" | "present" | "future" | "perfect" | "past-perfect" | "non-finite";

/**
 * A verb group: the auxiliaries, adverbs and negation around a main verb ("has not yet been fined"),
 * with what they say of it. `from`..`to` are token indexes (inclusive); `head` is the main verb's.
 */
export interface VerbGroup {
  readonly from: number;
  readonly to: number;
  readonly head: number;
  /** The main verb's dictionary form ("be" for a copula: "was absent"). */
  readonly lemma: string;
  /** A particle of a phrasal verb ("sat down", "left off"), when one follows the verb. */
  readonly particle?: string;
  readonly voice: Voice;
  readonly negated: boolean;
  readonly modality?: Modality;
  readonly tense: Tense;
  /** A verb that takes this one after "to" ("declined to attend": "decline"). */
  readonly catenative?: string;
  /** A copula with no verb after it ("was absent", "were among the guests"). */
  readonly copula: boolean;
  /** A gerund or infinitive standing alone ("after listening to", "to acquire"): no clause of its own. */
  readonly finite: boolean;
}

const PARTICIPLE = /(?:ed|en|wn|ne|ht|lt|pt|id|ld|ng|un|ut|ot|et|de|le)$/;

/** Whether a verb form is a participle that a "be" before it makes passive ("fined", "left", "drawn up"). */
function participle(t: Token): boolean {
  return t.tags.has("Participle") || t.tags.has("Passive") || (t.tags.has("PastTense") && PARTICIPLE.test(t.text.toLowerCase()));
}

const within = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === "auxiliary" || t.pos === "modal" || t.pos === "negation" || t.pos === "adverb" || t.pos === "verb");

/** The verb groups of a sentence's tokens, in order. */
export function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (first.pos !== "auxiliary" && first.pos !== "modal" && first.pos !== "verb") {
      i++;
      continue;
    }
    // Take auxiliaries, adverbs and negation up to the main verb.
    let j = i;
    while (j + 1 < tokens.length && within(tokens[j + 1]) && tokens[j]!.pos !== "verb") j++;
    // Trailing adverbs belong to what follows.
    while (
      j > i &&
      (tokens[j]!.pos === "adverb" || tokens[j]!.pos === "negation") &&
      !tokens.slice(i, j).some((t) => t.pos === "verb" || t.pos === "auxiliary")
    )
      j--;
    // "declined to attend", "is expected to join": the verb after "to" is the main verb.
    let catenative: string | undefined;
    let end = j;
    for (;;) {
      const head = tokens[end]!;
      const to = tokens[end + 1];
      const next = tokens[end + 2];
      const key = head.pos === "verb" || head.pos === "adjective" ? head.lemma : "";
      if (CATENATIVES.has(key) && to?.lemma === "to" && next !== undefined && (next.pos === "verb" || next.pos === "auxiliary")) {
        catenative ??= key;
        end += 2;
        while (end + 1 < tokens.length && within(tokens[end + 1]) && tokens[end]!.pos !== "verb") end++;
        continue;
      }
      break;
    }
    out.push(group(tokens, i, end, catenative));
    i = end + 1;
  }
  return out;
}

function group(tokens: readonly Token[], from: number, to: number, catenative: string | undefined): VerbGroup {
  const words = tokens.slice(from, to + 1);
  const verbs = words.filter((t) => t.pos === "verb");
  const main = verbs.at(-1) ?? words.filter((t) => t.pos === "auxiliary").at(-1) ?? words.at(-1)!;
  const beforeMain = words.filter((t) => t.index < main.index);
  const copula = main.pos !== "verb";
  const auxLemmas = beforeMain.filter((t) => t.pos === "auxiliary").map((t) => t.lemma);
  const passive = !copula && participle(main) && beforeMain.some((t) => t.pos === "auxiliary" && (t.lemma === "be" || t.lemma === "get"));
  const particleToken = tokens[to + 1];
  const particle = particleToken !== undefined && particleToken.tags.has("Particle") ? particleToken.text.toLowerCase() : undefined;
  const catenated = catenative === undefined ? undefined : CATENATIVES.get(catenative);
  const negated = words.some((t) => t.pos === "negation") || catenated === "negated";
  const modal = words.map((t) => MODALS.get(t.text.toLowerCase())).find((m) => m !== undefined);
  const modality =
    modal !== undefined && modal !== "future" ? modal : catenated !== undefined && catenated !== "negated" && catenated !== "told" ? catenated : undefined;
  const firstFinite = words.find((t) => t.pos === "auxiliary" || t.pos === "modal" || t.pos === "verb")!;
  const finite = !(words.length === 1 && (main.tags.has("Gerund") || (main.tags.has("Infinitive") && tokens[from - 1]?.lemma === "to")));
  let tense: Tense;
  if (!finite) tense = "non-finite";
  else if (modal === "future" || (auxLemmas[0] === "be" && tokens[from + 1]?.text === "going")) tense = "future";
  else if (auxLemmas.includes("have")) tense = beforeMain.some((t) => t.text.toLowerCase() === "had") ? "past-perfect" : "perfect";
  else tense = firstFinite.tags.has("PastTense") || /^(?:was|were|did)$/i.test(firstFinite.text) ? "past" : "present";
  return {
    from,
    to: particle !== undefined ? to + 1 : to,
    head: main.index,
    lemma: copula ? "be" : main.lemma,
    ...(particle !== undefined ? { particle } : {}),
    voice: passive ? "passive" : "active",
    negated,
    ...(modality !== undefined ? { modality } : {}),
    tense,
    ...(catenative !== undefined ? { catenative } : {}),
    copula,
    finite,
  };
}

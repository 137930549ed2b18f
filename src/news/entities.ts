import nlp from "compromise";
import type { SecuritiesDirectory } from "../data/directory/index.js";
import type { Entity } from "./knowledge/schema.js";
import { FuzzyNames } from "./fuzzy.js";
import { OpenWorld } from "./openWorld.js";
import { Gazetteer, nameVariants, type KnowledgeBase, type NameHit, type NameVariant } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";
import type { Mention } from "./mention.js";

export type { Mention } from "./mention.js";

export interface EntityFinding {
  readonly mentions: Mention[];
  readonly notes: string[];
  /** Companies found whose listing is unknown (no list knows them), by entity id: the reason. */
  readonly unknown: ReadonlyMap<string, string>;
  /** People named without their company, by name: the reason they stand for no company here. */
  readonly people: ReadonlyMap<string, string>;
}

/** How much each way of naming is trusted: a full name more than a surname or a near-spelling. */
const CONFIDENCE: Readonly<Record<Mention["how"], number>> = { name: 0.95, person: 0.9, context: 0.8, surname: 0.75, fuzzy: 0.6 };

/** Honorifics that may stand before a bare surname ("Mr. Ma"). */
const HONORIFIC = /(?:Mr|Mrs|Ms|Dr)\.?\s*$/;

/** Common surnames that Chinese names put first ("Lei Jun" is "Lei" on second mention). */
const CHINESE_SURNAMES = new Set(
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Zheng Lei Ren Zeng Leng Yu Cheng Ding Shen Xie Song Tang Han Feng Deng Cao Peng Pan Yuan Jiang Cai Wei Xue Ye Du Dai Xia Zhong Tian Shi Lu Hou Bai Kong Qin Jin Fang Yan".split(
    " ",
  ),
);

/** A prepared knowledge base: the exact gazetteer, the fuzzy index, and entities by id. */
export class EntityRecognizer {
  private readonly gazetteer: Gazetteer;
  private readonly fuzzy: FuzzyNames;
  private readonly byId: Map<string, Entity>;
  private readonly openWorld: OpenWorld;

  constructor(knowledge: KnowledgeBase, directory?: SecuritiesDirectory) {
    const variants = nameVariants(knowledge);
    this.gazetteer = new Gazetteer(variants);
    this.fuzzy = new FuzzyNames(variants);
    this.byId = new Map(knowledge.entities.map((e) => [e.id, e]));
    const bySymbol = new Map<string, Entity>();
    for (const e of knowledge.entities) for (const l of e.listings) bySymbol.set(l.symbol, e);
    this.openWorld = new OpenWorld(directory, bySymbol);
  }

  /**
   * All entities the sentences name: exact names first; then ambiguous names settled by context;
   * then bare surnames of people named in full earlier; then near-spellings of organisation names
   * that compromise sees as proper nouns. Every name that cannot be settled is reported in the notes
   * instead of being guessed.
   */
  find(sentences: readonly Sentence[], eventDate?: string): EntityFinding {
    const year = eventDate === undefined ? undefined : Number(eventDate.slice(0, 4));
    const notes: string[] = [];
    const hits = sentences.map((s) => this.gazetteer.find(s.text));
    const articleText = sentences.map((s) => s.text).join("\n");
    const named = new Set<string>();
    const namedForms: string[] = [];
    hits.flat().forEach((h) => {
      const ids = new Set(h.variants.map((v) => v.entityId));
      if (ids.size === 1 && !h.variants.every((v) => v.needsContext)) {
        named.add(h.variants[0]!.entityId);
        if (this.byId.get(h.variants[0]!.entityId)?.kind === "company") namedForms.push(h.text);
      }
    });
    const context: Context = { named, namedHere: new Set(), namedForms, articleText, year };

    const mentions: Mention[] = [];
    const noted = new Set<string>();
    const note = (text: string): void => {
      if (!noted.has(text)) notes.push(text);
      noted.add(text);
    };
    sentences.forEach((sentence, i) => {
      const namedHere = new Set(
        hits[i]!.flatMap((h) =>
          new Set(h.variants.map((v) => v.entityId)).size === 1 && !h.variants.every((v) => v.needsContext) ? [h.variants[0]!.entityId] : [],
        ),
      );
      for (const hit of hits[i]!) {
        const m = this.settle(hit, { ...context, namedHere }, note);
        if (m) mentions.push({ ...m, sentence, start: hit.start, end: hit.end, text: hit.text });
      }
    });
    mentions.push(...this.surnames(sentences, hits, mentions));
    mentions.push(...this.nearSpellings(sentences, hits, note));
    let unknown: ReadonlyMap<string, string> = new Map();
    if (eventDate !== undefined) {
      const position = new Map(sentences.map((s, i) => [s, i]));
      const taken = (sentence: Sentence, start: number, end: number): boolean =>
        hits[position.get(sentence)!]!.some((h) => start < h.end && end > h.start) ||
        mentions.some((m) => m.sentence === sentence && start < m.end && end > m.start);
      const open = this.openWorld.find(sentences, taken, eventDate);
      mentions.push(...open.mentions);
      open.notes.forEach(note);
      unknown = open.unknown;
    }
    const people = new Map<string, string>();
    const kept = mentions.filter((m) => {
      const why = m.chosen === true && m.entity.kind === "company" ? personAlone(m, mentions) : undefined;
      if (why !== undefined) people.set(m.via!, why);
      return why === undefined;
    });
    return { mentions: kept.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start), notes, unknown, people };
  }

  private settle(hit: NameHit, context: Context, note: (t: string) => void): Pick<Mention, "entity" | "via" | "how" | "confidence" | "chosen"> | undefined {
    const { named, articleText } = context;
    let variants: readonly NameVariant[] = hit.variants;
    const ids = [...new Set(variants.map((v) => v.entityId))];
    if (ids.length > 1) {
      const chosen = this.choose(hit, ids, context, note);
      if (chosen === undefined) return undefined;
      variants = variants.filter((v) => v.entityId === chosen);
    }
    const v = variants[0]!;
    const entity = this.byId.get(v.entityId)!;
    if (v.needsContext) {
      const confirmed = named.has(entity.id) || entity.context.some((c) => wordIn(c, articleText)) || confirmedByUse(hit.text, context);
      if (!confirmed) {
        note(`"${hit.text}" could be ${entity.name}, but nothing in the article confirms it (no ${entity.context.slice(0, 3).join(", ")}); not linked.`);
        return undefined;
      }
      return { entity, how: "context", confidence: CONFIDENCE.context };
    }
    if (v.source === "person") {
      const roles = variants.filter((x) => x.source === "person" && x.entityId === v.entityId);
      if (context.year !== undefined && !roles.some((x) => x.founder === true) && roleStatus(roles, context.year) === "ended") {
        note(`"${hit.text}" held no role at ${entity.shortName} in ${context.year}; not linked to it.`);
        return undefined;
      }
      return { entity, via: v.person!, how: "person", confidence: CONFIDENCE.person, ...(ids.length > 1 ? { chosen: true } : {}) };
    }
    return { entity, how: "name", confidence: CONFIDENCE.name };
  }

  /**
   * One name, several entities ("Elon Musk": Tesla, SpaceX, OpenAI). First the years: when the
   * knowledge base records a role held in the event's year for some of them, a role that had ended
   * (or not begun) by then is dropped. Then the one the article names otherwise; then the one whose
   * context words the article uses most. Still several: reported in the notes, not linked.
   */
  private choose(hit: NameHit, ids: readonly string[], context: Context, note: (t: string) => void): string | undefined {
    const name = (id: string): string => this.byId.get(id)?.shortName ?? id;
    let pool = [...ids];
    const why: string[] = [];
    if (context.year !== undefined) {
      const year = context.year;
      const status = new Map(
        ids.map((id) => [
          id,
          roleStatus(
            hit.variants.filter((v) => v.entityId === id),
            year,
          ),
        ]),
      );
      if (ids.some((id) => status.get(id) === "held")) {
        const ended = ids.filter((id) => status.get(id) === "ended");
        pool = ids.filter((id) => status.get(id) !== "ended");
        if (ended.length > 0) why.push(`the role with ${ended.map(name).join(", ")} was not held in ${year}`);
      }
    }
    if (pool.length > 1) {
      const named = pool.filter((id) => context.named.has(id));
      const here = named.filter((id) => context.namedHere.has(id));
      if (named.length === 1) pool = named;
      else if (here.length === 1) {
        // "Jack Ma, the co-founder of Alibaba, ...": the one named beside the person.
        why.push(`${name(here[0]!)} is named in the same sentence`);
        pool = here;
      } else if (named.length === 0) {
        const score = (id: string): number => (this.byId.get(id)?.context ?? []).filter((c) => wordIn(c, context.articleText)).length;
        const best = Math.max(...pool.map(score));
        const top = pool.filter((id) => score(id) === best);
        if (best > 0 && top.length === 1) {
          why.push(`the article uses words of ${name(top[0]!)}`);
          pool = top;
        }
      }
    }
    if (pool.length !== 1) {
      const names = pool.map(name).join(", ");
      note(`"${hit.text}" may stand for ${names}; the article does not say which, so it is not linked${why.length > 0 ? ` (${why.join("; ")})` : ""}.`);
      return undefined;
    }
    if (why.length > 0) note(`"${hit.text}" read as ${name(pool[0]!)}: ${why.join("; ")}.`);
    return pool[0];
  }

  /**
   * Bare surnames ("Ma himself had disappeared") of people the article named in full before, when
   * the surname belongs to one of them only and stands alone (not "Li Qiang", not "Premier Li").
   */
  private surnames(sentences: readonly Sentence[], hits: readonly NameHit[][], found: readonly Mention[]): Mention[] {
    const out: Mention[] = [];
    const people = found.filter((m) => m.how === "person" && m.via);
    sentences.forEach((sentence, i) => {
      const known = new Map<string, Mention[]>();
      for (const p of people) {
        if (p.sentence.index > sentence.index) continue;
        const tokens = p.via!.split(/\s+/);
        const forms = new Set([tokens[tokens.length - 1]!, ...(CHINESE_SURNAMES.has(tokens[0]!) && tokens.length > 1 ? [tokens[0]!] : [])]);
        for (const f of forms) {
          const list = known.get(f) ?? [];
          if (!list.some((x) => x.via === p.via && x.entity.id === p.entity.id)) list.push(p);
          known.set(f, list);
        }
      }
      for (const [form, owners] of known) {
        if (owners.length !== 1 || form.length < 2) continue;
        const owner = owners[0]!;
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, "gu");
        for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
          const start = m.index;
          const end = start + form.length;
          if (hits[i]!.some((h) => start < h.end && end > h.start)) continue;
          const before = sentence.text.slice(0, start);
          const after = sentence.text.slice(end);
          const capitalisedNeighbour = /[\p{Lu}][\p{L}.-]*\s+$/u.test(before) && !HONORIFIC.test(before);
          if (capitalisedNeighbour || /^\s+[\p{Lu}]/u.test(after)) continue;
          out.push({ entity: owner.entity, sentence, start, end, text: form, via: owner.via!, how: "surname", confidence: CONFIDENCE.surname });
        }
      }
    });
    return out;
  }

  /** Proper-noun phrases that no exact name covers, matched fuzzily to organisation names. */
  private nearSpellings(sentences: readonly Sentence[], hits: readonly NameHit[][], note: (t: string) => void): Mention[] {
    const out: Mention[] = [];
    sentences.forEach((sentence, i) => {
      for (const c of properNounPhrases(sentence.text)) {
        if (hits[i]!.some((h) => c.start < h.end && c.end > h.start)) continue;
        const match = this.fuzzy.match(c.text);
        if (!match) continue;
        const entity = this.byId.get(match.variant.entityId)!;
        note(`"${c.text}" read as ${entity.shortName} (near spelling of "${match.variant.text}", score ${match.score.toFixed(2)}).`);
        out.push({ entity, sentence, start: c.start, end: c.end, text: c.text, how: "fuzzy", confidence: CONFIDENCE.fuzzy });
      }
    });
    return out;
  }
}

/** Words that tie a person to a company in the sentence that names them ("Tesla's chief executive Elon Musk"). */
const PERSON_TIE =
  /\b(?:whose\s+(?:company|firm|group)|his\s+(?:company|firm|group)|her\s+(?:company|firm|group)|chief\s+executive|CEO|chief|founder|co-founder|chair(?:man|woman)?|boss|president|head|owner|billionaire\s+(?:founder|owner)|executive|director|leader|chief\s+operating\s+officer|COO|CFO)\b/i;

/**
 * Why a person named without their company stands for no company here, or undefined when they do:
 * the article names the company elsewhere, or the sentence gives their role ("founder Jack Ma").
 * "Elon Musk was left off the list" names a person, not Tesla.
 */
function personAlone(m: Mention, all: readonly Mention[]): string | undefined {
  if (all.some((o) => o.entity.id === m.entity.id && o.how !== "person" && o.how !== "surname")) return undefined;
  if (PERSON_TIE.test(m.sentence.text)) return undefined;
  return `named without ${m.entity.shortName} and without a role that ties them to it: a person, not a company of the event`;
}

/** What settling a name looks at in the whole article. */
interface Context {
  /** Entities the article names unambiguously, in all and in the sentence at hand. */
  readonly named: ReadonlySet<string>;
  readonly namedHere: ReadonlySet<string>;
  /** How the article writes those that are companies ("Walmart", "Microsoft"). */
  readonly namedForms: readonly string[];
  readonly articleText: string;
  /** The year of the event, to weigh the years people held their roles. */
  readonly year: number | undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a word or phrase occurs in a text as a whole word (a plural "s" allowed). */
function wordIn(word: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}s?(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/**
 * Whether a person's roles with one entity were held in a year: "held" when a role's recorded years
 * cover it, "ended" when every role has years and none covers it, "unknown" without years.
 */
function roleStatus(variants: readonly NameVariant[], year: number): "held" | "ended" | "unknown" {
  const roles = variants.filter((v) => v.source === "person");
  if (roles.length === 0) return "unknown";
  const dated = roles.filter((v) => v.from !== undefined || v.to !== undefined);
  if (dated.some((v) => (v.from ?? -Infinity) <= year && year <= (v.to ?? Infinity))) return "held";
  return dated.length === roles.length ? "ended" : "unknown";
}

/** Nouns of a company's business: "Amazon's cloud business", "Apple's shares". */
const BUSINESS_NOUN =
  "business(?:es)?|units?|divisions?|arms?|subsidiar(?:y|ies)|shares|stock|revenues?|sales|profits?|earnings|results|advertising|ads|cloud|retail|e-commerce|marketplace|platforms?|stores?|apps?|services?|devices?|chips?|products?|software|CEO|chief|executives?|founder|chair(?:man|woman)?|board|investors|shareholders|headquarters|valuation|market\\s+value|spokes(?:person|man|woman)|lawyers|customers|employees|workers|staff|operations|logistics|warehouses|data\\s+cent(?:er|re)s|subscribers|users|sellers|merchants|suppliers|rivals?|competitors?|deal|acquisition|takeover|IPO";

/**
 * Whether the article uses an ambiguous name the way one writes of a company: possessive before a
 * business noun ("Amazon's advertising business"), in a list with companies the article names
 * unambiguously ("Google, Amazon and Microsoft"), as a speaking or traded subject ("Amazon said",
 * "Amazon shares"), or after company words ("rivals such as Amazon", "the chief executive of Amazon").
 */
function confirmedByUse(name: string, context: Context): boolean {
  const n = escapeRegExp(name);
  const text = context.articleText;
  const patterns = [
    `${n}(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?(?:${BUSINESS_NOUN})\\b`,
    `${n}(?:\\s+(?:Inc|Corp)\\.?)?\\s+(?:said|says|announced|reported|declined\\s+to\\s+comment|did\\s+not\\s+respond|shares|stock|executives|spokes(?:person|man|woman))\\b`,
    `\\b(?:rivals?|competitors?|companies|firms|groups|giants?|peers|players)\\s+(?:such\\s+as\\s+|like\\s+|including\\s+)?(?:[\\w.&-]+,\\s+)*${n}\\b`,
    `\\b(?:CEO|chief\\s+executive|founder|chair(?:man|woman)?|shareholders|investors|executives|employees)\\s+of\\s+${n}\\b`,
    // What only a company undergoes or does: "Amazon was fined", "fined Amazon", "Amazon agreed to pay".
    `(?<!\\bthe\\s)${n}\\s+(?:was|were|has\\s+been|had\\s+been|is\\s+being)\\s+(?:also\\s+)?(?:fined|sued|penali[sz]ed|sanctioned|acquired|delisted|listed|valued|probed|investigated|charged|ordered\\s+to\\s+pay)\\b`,
    `(?<!\\bthe\\s)${n}\\s+(?:agreed\\s+to|plans\\s+to|posted|reported|laid\\s+off|hired|acquired|listed|employs|paid\\s+a|filed\\s+(?:a|an|for))\\b`,
    `\\b(?:fined|fines|sued|sues|acquired|acquires|acquire)\\s+${n}\\b`,
  ];
  const others = context.namedForms.map(escapeRegExp).join("|");
  if (others !== "") {
    const sep = "\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s(?:and|or|&)\\s)\\s*";
    patterns.push(`(?:${others})${sep}${n}(?![\\p{L}\\p{N}])`, `(?<![\\p{L}\\p{N}])${n}${sep}(?:${others})\\b`);
  }
  return patterns.some((p) => new RegExp(p, "u").test(text));
}

interface Phrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface CompromiseSpan {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * Names compromise tags as proper nouns, without places and people. A capitalised first word is left
 * out: compromise cannot tell a name there from an ordinary word ("Shares" is one edit from "iShares").
 */
function properNounPhrases(text: string): Phrase[] {
  // Places and people are never near-spellings of companies ("Montana", "Shenzhen", "Li Qiang").
  const spans = nlp(text).match("#ProperNoun+").not("(#Place|#Person)").json({ offset: true }) as CompromiseSpan[];
  return spans
    .map((s) => {
      const clean = text.slice(s.offset.start, s.offset.start + s.offset.length).replace(/[^\p{L}\p{N}]+$/u, "");
      return { text: clean, start: s.offset.start, end: s.offset.start + clean.length };
    })
    .filter((p) => p.text.length > 0 && p.start > 0);
}

import nlp from "compromise";
import type { Entity } from "./knowledge/schema.js";
import { FuzzyNames } from "./fuzzy.js";
import { Gazetteer, nameVariants, type KnowledgeBase, type NameHit, type NameVariant } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";

/** An entity named in a sentence, and how sure the naming is. */
export interface Mention {
  readonly entity: Entity;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The person through whom the entity was named ("Jack Ma" → Alibaba). */
  readonly via?: string;
  readonly how: "name" | "person" | "surname" | "fuzzy" | "context";
  readonly confidence: number;
}

export interface EntityFinding {
  readonly mentions: Mention[];
  readonly notes: string[];
}

/** How much each way of naming is trusted: a full name more than a surname or a near-spelling. */
const CONFIDENCE: Readonly<Record<Mention["how"], number>> = { name: 0.95, person: 0.9, context: 0.8, surname: 0.75, fuzzy: 0.6 };

/** Honorifics that may stand before a bare surname ("Mr. Ma"). */
const HONORIFIC = /(?:Mr|Mrs|Ms|Dr)\.?\s*$/;

/** Common surnames that Chinese names put first ("Lei Jun" is "Lei" on second mention). */
const CHINESE_SURNAMES = new Set(
  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Zheng Lei Ren Zeng Leng Yu Cheng Ding Shen Xie Song Tang Han Feng Deng Cao Peng Pan Yuan Jiang Cai Wei Xue Ye Du Dai Xia Zhong Tian Shi Lu Hou Bai Kong Qin Jin Fang Yan".split(" "),
);

/** A prepared knowledge base: the exact gazetteer, the fuzzy index, and entities by id. */
export class EntityRecognizer {
  private readonly gazetteer: Gazetteer;
  private readonly fuzzy: FuzzyNames;
  private readonly byId: Map<string, Entity>;

  constructor(knowledge: KnowledgeBase) {
    const variants = nameVariants(knowledge);
    this.gazetteer = new Gazetteer(variants);
    this.fuzzy = new FuzzyNames(variants);
    this.byId = new Map(knowledge.entities.map((e) => [e.id, e]));
  }

  /**
   * All entities the sentences name: exact names first; then ambiguous names settled by context;
   * then bare surnames of people named in full earlier; then near-spellings of organisation names
   * that compromise sees as proper nouns. Every name that cannot be settled is reported in the notes
   * instead of being guessed.
   */
  find(sentences: readonly Sentence[]): EntityFinding {
    const notes: string[] = [];
    const hits = sentences.map((s) => this.gazetteer.find(s.text));
    const articleText = sentences.map((s) => s.text).join("\n");
    const named = new Set<string>();
    hits.flat().forEach((h) => {
      const ids = new Set(h.variants.map((v) => v.entityId));
      if (ids.size === 1 && !h.variants.every((v) => v.needsContext)) named.add(h.variants[0]!.entityId);
    });

    const mentions: Mention[] = [];
    const noted = new Set<string>();
    const note = (text: string): void => {
      if (!noted.has(text)) notes.push(text);
      noted.add(text);
    };
    sentences.forEach((sentence, i) => {
      for (const hit of hits[i]!) {
        const m = this.settle(hit, named, articleText, note);
        if (m) mentions.push({ ...m, sentence, start: hit.start, end: hit.end, text: hit.text });
      }
    });
    mentions.push(...this.surnames(sentences, hits, mentions));
    mentions.push(...this.nearSpellings(sentences, hits, note));
    return { mentions: mentions.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start), notes };
  }

  private settle(
    hit: NameHit,
    named: ReadonlySet<string>,
    articleText: string,
    note: (t: string) => void,
  ): Pick<Mention, "entity" | "via" | "how" | "confidence"> | undefined {
    let variants: readonly NameVariant[] = hit.variants;
    const ids = [...new Set(variants.map((v) => v.entityId))];
    if (ids.length > 1) {
      // One name, several entities ("Elon Musk": Tesla and SpaceX): the one the article names otherwise.
      const chosen = ids.filter((id) => named.has(id));
      if (chosen.length !== 1) {
        const names = ids.map((id) => this.byId.get(id)?.shortName ?? id).join(", ");
        note(`"${hit.text}" may stand for ${names}; the article does not say which, so it is not linked.`);
        return undefined;
      }
      variants = variants.filter((v) => v.entityId === chosen[0]);
    }
    const v = variants[0]!;
    const entity = this.byId.get(v.entityId)!;
    if (v.needsContext) {
      const confirmed = named.has(entity.id) || entity.context.some((c) => new RegExp(`\\b${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`, "i").test(articleText));
      if (!confirmed) {
        note(`"${hit.text}" could be ${entity.name}, but nothing in the article confirms it (no ${entity.context.slice(0, 3).join(", ")}); not linked.`);
        return undefined;
      }
      return { entity, how: "context", confidence: CONFIDENCE.context };
    }
    if (v.source === "person") return { entity, via: v.person!, how: "person", confidence: CONFIDENCE.person };
    return { entity, how: "name", confidence: CONFIDENCE.name };
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
export function properNounPhrases(text: string): Phrase[] {
  // Places and people are never near-spellings of companies ("Montana", "Shenzhen", "Li Qiang").
  const spans = nlp(text).match("#ProperNoun+").not("(#Place|#Person)").json({ offset: true }) as CompromiseSpan[];
  return spans
    .map((s) => {
      const clean = text.slice(s.offset.start, s.offset.start + s.offset.length).replace(/[^\p{L}\p{N}]+$/u, "");
      return { text: clean, start: s.offset.start, end: s.offset.start + clean.length };
    })
    .filter((p) => p.text.length > 0 && p.start > 0);
}

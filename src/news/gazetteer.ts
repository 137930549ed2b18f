import type { Entity } from "./knowledge/schema.js";

/** What extraction needs of the knowledge base; `loadKnowledge()` returns more, which is fine. */
export interface KnowledgeBase {
  readonly entities: readonly Entity[];
}

/** One way an article may write an entity, or a person through whom it is named. */
export interface NameVariant {
  readonly text: string;
  readonly entityId: string;
  readonly source: "name" | "shortName" | "alias" | "chineseName" | "person";
  /** The person's canonical name when the variant names a person. */
  readonly person?: string;
  /** Years the person's role with the entity was held (a person variant); `to` absent while it still is. */
  readonly from?: number;
  readonly to?: number;
  /** The person founded the entity: a founder stays one after the role's years end. */
  readonly founder?: boolean;
  /** A bare common word ("Apple", "Meta", "Ant"): linked only with context from the article. */
  readonly needsContext: boolean;
}

/** Legal-form endings that an article usually leaves out ("Baidu, Inc." is written "Baidu"). */
const LEGAL_SUFFIX =
  /,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|Holdings?|Group Holding|Platforms|plc|PLC|S\.A\.|AG|SE|N\.V\.)$/;

/** The name without legal-form endings and a leading "The", repeated while something changes. */
export function bareName(name: string): string {
  let n = name.replace(/^The\s+/, "").trim();
  for (let prev = ""; prev !== n;) {
    prev = n;
    n = n.replace(LEGAL_SUFFIX, "").trim();
  }
  return n;
}

/**
 * Every written form of every entity: names, short names, aliases, Chinese names, legal-form-free
 * names, and its people's names. A single-word form of an entity flagged ambiguous needs context;
 * multi-word forms ("Apple Inc.", "Ant Group") are unambiguous by themselves.
 */
export function nameVariants(knowledge: KnowledgeBase): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new Set<string>();
  const push = (v: NameVariant): void => {
    const key = `${v.entityId}\u0000${v.text}\u0000${v.person ?? ""}\u0000${v.from ?? ""}\u0000${v.to ?? ""}`;
    if (v.text.trim().length < 2 || seen.has(key)) return;
    seen.add(key);
    out.push(v);
  };
  for (const e of knowledge.entities) {
    const single = (t: string): boolean => !/\s/.test(t.trim());
    const needs = (t: string): boolean => e.ambiguous && single(t) && !e.context.some((c) => c.toLowerCase() === t.toLowerCase());
    // A legal-form-free name of one word ("The Southern Company" → "Southern") is an ordinary word as often as a name: kept only when the entity writes it so.
    const bare = bareName(e.name);
    const names: [string, NameVariant["source"]][] = [
      [e.name, "name"],
      ...(single(bare) && bare !== e.shortName && !e.aliases.includes(bare) ? [] : [[bare, "name"] as [string, NameVariant["source"]]]),
      [e.shortName, "shortName"],
      ...e.aliases.map((a): [string, NameVariant["source"]] => [a, "alias"]),
      ...e.chineseNames.map((a): [string, NameVariant["source"]] => [a, "chineseName"]),
    ];
    for (const [text, source] of names) push({ text, entityId: e.id, source, needsContext: needs(text) });
    for (const p of e.people) {
      const years = { ...(p.from !== undefined ? { from: p.from } : {}), ...(p.to !== undefined ? { to: p.to } : {}) };
      const founder = /founder/i.test(p.role) ? { founder: true } : {};
      for (const text of [p.name, ...p.aliases]) push({ text, entityId: e.id, source: "person", person: p.name, needsContext: false, ...years, ...founder });
    }
  }
  return out;
}

/** An occurrence of a name variant in a sentence. */
export interface NameHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** All variants written this way: more than one entity means the name is ambiguous. */
  readonly variants: readonly NameVariant[];
}

/** Runs of letters and digits: the words names are made of, found in the text by the same rule. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Text that needs no word boundaries (Chinese names sit inside running text). */
const NON_ASCII = /[^\p{ASCII}]/u;

/** Whether every word the name starts with a capital starts with one in the text. */
function sameCapitals(name: string, text: string): boolean {
  const a = name.match(WORD) ?? [];
  const b = text.match(WORD) ?? [];
  return a.length === b.length && a.every((w, i) => !/^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(b[i]!));
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * A matcher for all variants at once. Short or context-needing forms are matched with their case
 * ("Apple", "NIO"), longer forms case-insensitively ("Bytedance"). Overlaps keep the longest name,
 * so "Ant Group" wins over "Ant" and "JD.com" over "JD".
 *
 * Latin names are found by looking up every run of up to `maxWords` consecutive words of the text
 * (with the characters between them, so "JD.com", "AT&T" and "Procter & Gamble" keep their
 * punctuation) in a map: linear in the text, where one alternation of thousands of names would try
 * each name at each position. A name therefore starts and ends on word boundaries ("Ant" is not in
 * "Antitrust"). Chinese names are looked up at every position for each length they come in.
 */
export class Gazetteer {
  /** Names matched with their case, and (lower-cased) names matched without. */
  private readonly exact = new Map<string, NameVariant[]>();
  private readonly folded = new Map<string, NameVariant[]>();
  private readonly maxWords: number;
  /** Lengths (in UTF-16 units) of the names written in Chinese and other non-Latin scripts. */
  private readonly hanLengths: number[];

  constructor(readonly variants: readonly NameVariant[]) {
    let maxWords = 1;
    const hanLengths = new Set<number>();
    for (const v of variants) {
      const han = NON_ASCII.test(v.text);
      const exact = han || v.needsContext || v.text.length <= 4;
      const map = exact ? this.exact : this.folded;
      const key = exact ? v.text : v.text.toLowerCase();
      const list = map.get(key) ?? [];
      list.push(v);
      map.set(key, list);
      if (han) hanLengths.add(v.text.length);
      else maxWords = Math.max(maxWords, wordCount(v.text));
    }
    this.maxWords = maxWords;
    this.hanLengths = [...hanLengths].sort((a, b) => b - a);
  }

  /**
   * The variants written as `candidate`: with its case, or case-folded when each word the name
   * capitalises is capitalised in the text too ("Bytedance" for "ByteDance"; not "U.S. bank" for "U.S. Bank").
   */
  private lookup(candidate: string): NameVariant[] | undefined {
    const exact = this.exact.get(candidate);
    if (exact) return exact;
    const folded = this.folded.get(candidate.toLowerCase())?.filter((v) => sameCapitals(v.text, candidate));
    return folded !== undefined && folded.length > 0 ? folded : undefined;
  }

  /** The names in a text, longest first where they overlap, in text order. */
  find(text: string): NameHit[] {
    const hits: NameHit[] = [];
    const words = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length] as const);
    for (let i = 0; i < words.length; i++) {
      for (let j = i; j < Math.min(words.length, i + this.maxWords); j++) {
        const start = words[i]![0];
        const end = words[j]![1];
        const candidate = text.slice(start, end);
        let variants = this.lookup(candidate);
        let stop = end;
        // A name may end in a full stop ("Inc."): try the candidate with the next character too.
        if (!variants && text[end] === ".") {
          variants = this.lookup(candidate + ".");
          stop = end + 1;
        }
        if (variants) hits.push({ start, end: stop, text: text.slice(start, stop), variants });
      }
    }
    if (this.hanLengths.length > 0) {
      for (let i = 0; i < text.length; i++) {
        if (!NON_ASCII.test(text[i]!)) continue;
        for (const len of this.hanLengths) {
          const variants = this.exact.get(text.slice(i, i + len));
          if (variants) hits.push({ start: i, end: i + len, text: text.slice(i, i + len), variants });
        }
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: NameHit[] = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start);
  }
}

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
  /** A bare common word ("Apple", "Meta", "Ant"): linked only with context from the article. */
  readonly needsContext: boolean;
}

/** Legal-form endings that an article usually leaves out ("Baidu, Inc." is written "Baidu"). */
const LEGAL_SUFFIX = /,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|Holdings?|Group Holding|Platforms|plc|PLC|S\.A\.|AG|SE|N\.V\.)$/;

/** The name without legal-form endings and a leading "The", repeated while something changes. */
export function bareName(name: string): string {
  let n = name.replace(/^The\s+/, "").trim();
  for (let prev = ""; prev !== n; ) {
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
    const names: [string, NameVariant["source"]][] = [
      [e.name, "name"],
      [bareName(e.name), "name"],
      [e.shortName, "shortName"],
      ...e.aliases.map((a): [string, NameVariant["source"]] => [a, "alias"]),
      ...e.chineseNames.map((a): [string, NameVariant["source"]] => [a, "chineseName"]),
    ];
    for (const [text, source] of names) push({ text, entityId: e.id, source, needsContext: needs(text) });
    for (const p of e.people) {
      const years = { ...(p.from !== undefined ? { from: p.from } : {}), ...(p.to !== undefined ? { to: p.to } : {}) };
      for (const text of [p.name, ...p.aliases]) push({ text, entityId: e.id, source: "person", person: p.name, needsContext: false, ...years });
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A matcher for all variants at once. Short or context-needing forms are matched with their case
 * ("Apple", "NIO"), longer forms case-insensitively ("Bytedance"). Overlaps keep the longest name,
 * so "Ant Group" wins over "Ant" and "JD.com" over "JD".
 */
export class Gazetteer {
  private readonly byText = new Map<string, NameVariant[]>();
  /** [regex, whether its matches are looked up with their case]. */
  private readonly matchers: [RegExp, boolean][] = [];

  constructor(readonly variants: readonly NameVariant[]) {
    const groups = { sensitive: new Set<string>(), insensitive: new Set<string>(), han: new Set<string>() };
    for (const v of variants) {
      const han = /[^\p{ASCII}]/u.test(v.text);
      const exact = han || v.needsContext || v.text.length <= 4;
      const key = exact ? v.text : v.text.toLowerCase();
      const list = this.byText.get(key) ?? [];
      list.push(v);
      this.byText.set(key, list);
      (han ? groups.han : exact ? groups.sensitive : groups.insensitive).add(v.text);
    }
    const alternation = (texts: Set<string>): string => [...texts].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    // Latin names need word boundaries ("Ant" is not in "Antitrust"); Chinese text has none.
    const latin = (texts: Set<string>, flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(texts)})(?![\\p{L}\\p{N}])`, flags);
    if (groups.sensitive.size > 0) this.matchers.push([latin(groups.sensitive, "gu"), true]);
    if (groups.insensitive.size > 0) this.matchers.push([latin(groups.insensitive, "giu"), false]);
    if (groups.han.size > 0) this.matchers.push([new RegExp(alternation(groups.han), "gu"), true]);
  }

  /** The names in a text, longest first where they overlap, in text order. */
  find(text: string): NameHit[] {
    const hits: NameHit[] = [];
    for (const [re, exact] of this.matchers) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const variants = this.byText.get(exact ? m[0] : m[0].toLowerCase());
        if (variants) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], variants });
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: NameHit[] = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start);
  }
}

import Fuse from "fuse.js";
import type { NameVariant } from "./gazetteer.js";

/**
 * Fuse.js score at or below which a misspelt name is a candidate (0 is exact). Chosen with the tests
 * in fuzzy.test.ts: "Tencnet" (0.29), "Alibabba", "Bytedanse" pass; "Tesco", "Meitu" (another company)
 * and "Baidoo Capital" do not.
 */
export const FUZZY_THRESHOLD = 0.3;

/**
 * Minimum ratio of the shorter to the longer name. Fuse finds a short pattern inside a long name with
 * a perfect score ("Meitu" in "Meituan"), so length has to be checked apart.
 */
export const MIN_LENGTH_RATIO = 0.85;

/** Names shorter than this are never matched fuzzily: "BYD" and "JD" are one letter from many words. */
export const MIN_FUZZY_LENGTH = 5;

/**
 * Edits (insertions, deletions, substitutions, swaps of neighbours) allowed between a candidate and a
 * known name: one up to this length, two beyond. Fuse's score alone lets places and people through
 * ("Montana" → Monsanto, "Shenzhen" → Shenzhou, "Li Qiang" → Li Auto), which differ by two or more.
 */
export const ONE_EDIT_UP_TO = 8;

/** Optimal-string-alignment distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[x.length]![y.length]!;
}

/** A fuzzy match of a candidate name to a known one. */
export interface FuzzyMatch {
  readonly variant: NameVariant;
  readonly score: number;
}

/**
 * Fuzzy lookup of organisation-like phrases that the exact gazetteer missed. Only names of entities
 * (not people's names, not context-needing common words) take part: a person one letter away from a
 * known one is usually someone else ("Wang Xing" / "Wang Ying").
 */
export class FuzzyNames {
  /**
   * One index per first letter: a misspelling keeps the first letter ("Tencnet", "Bytedanse"), and a
   * phrase is compared with the names of its letter only, not with every name of the knowledge base.
   */
  private readonly byInitial = new Map<string, Fuse<NameVariant>>();

  constructor(variants: readonly NameVariant[]) {
    const eligible = variants.filter((v) => v.source !== "person" && !v.needsContext && v.text.length >= MIN_FUZZY_LENGTH && /^[\x20-\x7e]+$/.test(v.text));
    const groups = new Map<string, NameVariant[]>();
    for (const v of eligible) {
      const initial = v.text[0]!.toLowerCase();
      groups.set(initial, [...(groups.get(initial) ?? []), v]);
    }
    for (const [initial, group] of groups) {
      this.byInitial.set(initial, new Fuse(group, { keys: ["text"], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: false }));
    }
  }

  /** The best known name within the thresholds, or undefined. */
  match(candidate: string): FuzzyMatch | undefined {
    const c = candidate.trim();
    if (c.length < MIN_FUZZY_LENGTH) return undefined;
    const fuse = this.byInitial.get(c[0]!.toLowerCase());
    if (fuse === undefined) return undefined;
    for (const r of fuse.search(c)) {
      const score = r.score ?? 1;
      const ratio = Math.min(c.length, r.item.text.length) / Math.max(c.length, r.item.text.length);
      const allowed = Math.max(c.length, r.item.text.length) <= ONE_EDIT_UP_TO ? 1 : 2;
      if (score <= FUZZY_THRESHOLD && ratio >= MIN_LENGTH_RATIO && editDistance(c, r.item.text) <= allowed) return { variant: r.item, score };
    }
    return undefined;
  }
}

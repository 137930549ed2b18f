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
   * Eligible names by their first letter: a misspelling keeps the first letter ("Tencnet",
   * "Bytedanse"), so a phrase is compared with the names of its letter only.
   */
  private readonly byInitial = new Map<string, { readonly names: NameVariant[]; readonly grams: Int32Array[] }>();

  constructor(variants: readonly NameVariant[]) {
    for (const v of variants) {
      if (v.source === "person" || v.needsContext || v.text.length < MIN_FUZZY_LENGTH || !/^[\x20-\x7e]+$/.test(v.text)) continue;
      const initial = v.text[0]!.toLowerCase();
      let group = this.byInitial.get(initial);
      if (group === undefined) this.byInitial.set(initial, (group = { names: [], grams: [] }));
      group.names.push(v);
      group.grams.push(bigrams(v.text));
    }
  }

  /**
   * The best known name within the thresholds, or undefined. Fuse scores each name on its own, so
   * searching only the names that can pass the length and edit checks gives what a search of all
   * would: the names are first narrowed by length and shared bigrams (a cost linear in the names,
   * where Fuse's own search over thousands of names per phrase made a page of many unknown company
   * names take seconds per hundred phrases).
   */
  match(candidate: string): FuzzyMatch | undefined {
    const c = candidate.trim();
    if (c.length < MIN_FUZZY_LENGTH) return undefined;
    const near = this.within(c);
    if (near.length === 0) return undefined;
    const fuse = new Fuse(near, { keys: ["text"], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: false });
    for (const r of fuse.search(c)) {
      const score = r.score ?? 1;
      const ratio = Math.min(c.length, r.item.text.length) / Math.max(c.length, r.item.text.length);
      const allowed = Math.max(c.length, r.item.text.length) <= ONE_EDIT_UP_TO ? 1 : 2;
      if (score <= FUZZY_THRESHOLD && ratio >= MIN_LENGTH_RATIO && editDistance(c, r.item.text) <= allowed) return { variant: r.item, score };
    }
    return undefined;
  }

  /** The names of the same first letter, in order, that pass the length ratio and the edit allowance against `c`. */
  private within(c: string): NameVariant[] {
    const group = this.byInitial.get(c[0]!.toLowerCase());
    if (group === undefined) return [];
    const own = bigrams(c);
    const out: NameVariant[] = [];
    for (let k = 0; k < group.names.length; k++) {
      const v = group.names[k]!;
      const longer = Math.max(c.length, v.text.length);
      if (Math.min(c.length, v.text.length) / longer < MIN_LENGTH_RATIO) continue;
      const allowed = longer <= ONE_EDIT_UP_TO ? 1 : 2;
      if (Math.abs(c.length - v.text.length) > allowed) continue;
      // q-gram lemma: one edit (a swap of neighbours included) changes at most three bigrams.
      if (sharedCount(own, group.grams[k]!) < longer - 1 - 3 * allowed) continue;
      if (editDistance(c, v.text) <= allowed) out.push(v);
    }
    return out;
  }
}

/** The lower-case bigrams of a text as sorted integer codes (a multiset). */
function bigrams(text: string): Int32Array {
  const t = text.toLowerCase();
  const out = new Int32Array(Math.max(0, t.length - 1));
  for (let i = 0; i + 1 < t.length; i++) out[i] = t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1);
  return out.sort();
}

/** Size of the multiset intersection of two sorted code arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

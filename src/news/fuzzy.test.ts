import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { editDistance, FUZZY_THRESHOLD, FuzzyNames, MIN_FUZZY_LENGTH, MIN_LENGTH_RATIO, ONE_EDIT_UP_TO } from "./fuzzy.js";
import { nameVariants } from "./gazetteer.js";

const fuzzy = new FuzzyNames(nameVariants(fixtureKnowledge()));

describe("FuzzyNames thresholds", () => {
  it.each([
    ["Tencnet", "tencent"],
    ["Alibabba", "alibaba"],
    ["Bytedanse", "bytedance"],
    ["Xiaomy", "xiaomi"],
    ["Huawey", "huawei"],
    ["Microsfot", "microsoft"],
    ["Qualcom", "qualcomm"],
    ["Teslas Motor", "tesla"],
  ])("reads the misspelling %s as %s", (written, id) => {
    expect(fuzzy.match(written)?.variant.entityId).toBe(id);
  });
  it.each(["Tesco", "Baidoo Capital", "Montana", "Shenzhen", "Li Qiang", "Wang Huning", "Metaverse", "Amazonas", "Intell", "BYX", "Communist Party"])(
    "does not link %s",
    (written) => {
      expect(fuzzy.match(written)).toBeUndefined();
    },
  );
  it("does not take a name contained in a longer one (Meitu is not Meituan)", () => {
    const onlyMeituan = new FuzzyNames(nameVariants({ entities: fixtureKnowledge().entities.filter((e) => e.id !== "meitu") }));
    expect(onlyMeituan.match("Meitu")).toBeUndefined();
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("Tencnet", "Tencent")).toBe(1);
    expect(editDistance("montana", "Monsanto")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("FuzzyNames narrowing", () => {
  const variants = nameVariants(fixtureKnowledge());
  const eligible = variants.filter((v) => v.source !== "person" && !v.needsContext && v.text.length >= MIN_FUZZY_LENGTH && /^[\x20-\x7e]+$/.test(v.text));
  /** The first name a Fuse search over every name of the same first letter gives that passes the same checks. */
  function searchAll(candidate: string): string | undefined {
    const c = candidate.trim();
    if (c.length < MIN_FUZZY_LENGTH) return undefined;
    const sameInitial = eligible.filter((v) => v.text[0]!.toLowerCase() === c[0]!.toLowerCase());
    const everyName = new Fuse(sameInitial, { keys: ["text"], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: false });
    for (const r of everyName.search(c)) {
      const ratio = Math.min(c.length, r.item.text.length) / Math.max(c.length, r.item.text.length);
      const allowed = Math.max(c.length, r.item.text.length) <= ONE_EDIT_UP_TO ? 1 : 2;
      if ((r.score ?? 1) <= FUZZY_THRESHOLD && ratio >= MIN_LENGTH_RATIO && editDistance(c, r.item.text) <= allowed) return r.item.text;
    }
    return undefined;
  }
  const edit = fc.tuple(fc.constantFrom("insert", "delete", "substitute", "swap"), fc.nat(), fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz "));
  function apply(text: string, [kind, at, ch]: [string, number, string]): string {
    const i = text.length === 0 ? 0 : at % text.length;
    if (kind === "insert") return text.slice(0, i) + ch + text.slice(i);
    if (kind === "delete") return text.slice(0, i) + text.slice(i + 1);
    if (kind === "substitute") return text.slice(0, i) + ch + text.slice(i + 1);
    return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
  }

  it("links a misspelt name as a search over every name of its first letter does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...eligible.map((v) => v.text)), fc.array(edit, { minLength: 0, maxLength: 3 }), (name, edits) => {
        const written = edits.reduce(apply, name);
        expect(fuzzy.match(written)?.variant.text).toBe(searchAll(written));
      }),
      { seed: 16, numRuns: 400 },
    );
  });
});

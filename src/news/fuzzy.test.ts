import { describe, expect, it } from "vitest";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { editDistance, FuzzyNames } from "./fuzzy.js";
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

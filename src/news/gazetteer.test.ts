import { describe, expect, it } from "vitest";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { bareName, Gazetteer, nameVariants } from "./gazetteer.js";

const gazetteer = new Gazetteer(nameVariants(fixtureKnowledge()));
const ids = (text: string): string[] => gazetteer.find(text).map((h) => [...new Set(h.variants.map((v) => v.entityId))].join("|"));

describe("Gazetteer", () => {
  it("finds names, short names, aliases, Chinese names and people", () => {
    expect(ids("Alibaba Group Holding, Tencent, Pinduoduo, 宁德时代 and Robin Li")).toEqual(["alibaba", "tencent", "pdd", "catl", "baidu"]);
  });
  it("keeps the longest name where names overlap", () => {
    expect(ids("Ant Group and JD.com")).toEqual(["ant-group", "jd"]);
    expect(ids("Wang Xingxing spoke")).toEqual(["unitree"]);
  });
  it("needs word boundaries and the case of short or ambiguous names", () => {
    expect(ids("antitrust rules for an apple")).toEqual([]);
    expect(ids("Bytedance")).toEqual(["bytedance"]);
    expect(ids("byd")).toEqual([]);
  });
  it("reports a name shared by two entities with both", () => {
    expect(ids("Elon Musk")).toEqual(["tesla|spacex"]);
  });
  it("marks single common words of ambiguous entities as needing context", () => {
    const apple = nameVariants(fixtureKnowledge()).filter((v) => v.entityId === "apple");
    expect(apple.find((v) => v.text === "Apple")?.needsContext).toBe(true);
    expect(apple.find((v) => v.text === "Apple Inc.")?.needsContext).toBe(false);
  });
});

describe("bareName", () => {
  it("drops legal forms", () => {
    expect(bareName("Baidu, Inc.")).toBe("Baidu");
    expect(bareName("The Boeing Company")).toBe("Boeing");
    expect(bareName("Tencent Holdings")).toBe("Tencent");
  });
});

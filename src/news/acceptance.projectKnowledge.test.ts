import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEvent } from "./extractEvent.js";
import { loadKnowledge } from "./knowledge/loadKnowledge.js";
import { shared } from "../../test/support/paths.js";

/**
 * ACCEPTANCE: the founding article against the project's knowledge base (data/issuers), as the CLI
 * will run it. extractEvent.test.ts checks the same case against the fixture knowledge base, which
 * does not move when data/issuers grows.
 */
describe("acceptance with the project's knowledge base", () => {
  const doc = extractEvent(readFileSync(shared("news", "xi-meets-tech-bosses.txt"), "utf8"), {
    published: "2025-02-18",
    knowledge: loadKnowledge(),
    format: "text",
  });
  const company = (id: string): (typeof doc.companies)[number] | undefined => doc.companies.find((c) => c.entityId === id);

  it("dates the meeting to Monday 2025-02-17", () => {
    expect(doc.eventDate).toBe("2025-02-17");
  });
  it("finds the present and absent companies", () => {
    const byRole = (role: string): string[] =>
      doc.companies
        .filter((c) => c.role === role)
        .map((c) => c.entityId)
        .sort();
    expect(byRole("present")).toEqual(expect.arrayContaining(["alibaba", "byd", "catl", "deepseek", "huawei", "tencent"]));
    expect(byRole("absent")).toEqual(["baidu", "bytedance", "jd"]);
    expect(company("alibaba")?.via).toContain("Jack Ma");
  });
  it("links the listings valid on the event date", () => {
    expect(company("alibaba")?.listings).toEqual(expect.arrayContaining(["9988.HK", "BABA"]));
    expect(company("byd")?.listings).toContain("1211.HK");
    expect(company("tencent")?.listings).toContain("0700.HK");
    expect(company("baidu")?.listings).toEqual(expect.arrayContaining(["9888.HK", "BIDU"]));
    expect(company("jd")?.listings).toEqual(expect.arrayContaining(["9618.HK", "JD"]));
    expect(company("catl")?.listings).toContain("300750.SZ");
    expect(company("catl")?.inactiveListings).toContainEqual(expect.objectContaining({ symbol: "3750.HK", status: "not yet listed" }));
  });
  it("marks Huawei, ByteDance and DeepSeek unlisted and takes nothing from the page chrome", () => {
    for (const id of ["huawei", "bytedance", "deepseek"]) expect(company(id)).toMatchObject({ unlisted: true, listings: [] });
    expect(doc.companies).toHaveLength(9);
  });
});

/** HKEX is a listed company in data/issuers as well as the Hong Kong exchange's operator. */
describe("a listed exchange named only as a venue is not a company of the event", () => {
  const ids = (text: string): { companies: string[]; others: string[] } => {
    const doc = extractEvent(text, { published: "2025-06-12", knowledge: loadKnowledge(), format: "text" });
    return { companies: doc.companies.map((c) => c.entityId), others: doc.otherEntities.map((e) => e.entityId) };
  };
  it.each([
    "Xiaomi halts trading\n\nTrading in Xiaomi shares was suspended on the Hong Kong Stock Exchange on Wednesday pending an announcement.",
    "Meituan shares slide\n\nMeituan shares fell 5% on the Hong Kong Stock Exchange on Wednesday after the company reported weaker sales.",
    "Tencent buys back shares\n\nTencent bought back 1 million shares on Wednesday, it said in a filing with the Hong Kong Stock Exchange.",
  ])("%s", (text) => {
    const got = ids(text);
    expect(got.companies).not.toContain("hkex");
    expect(got.others).toContain("hkex");
  });
});

it("keeps HKEX a company when the article is about its own business", () => {
  const doc = extractEvent("HKEX profit jumps\n\nHKEX reported record quarterly profit on Wednesday as turnover fees rose.", {
    published: "2025-06-12",
    knowledge: loadKnowledge(),
    format: "text",
  });
  expect(doc.companies).toContainEqual(expect.objectContaining({ entityId: "hkex", role: "target" }));
});

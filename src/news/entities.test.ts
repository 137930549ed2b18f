import { describe, expect, it } from "vitest";
import { EntityRecognizer } from "./entities.js";
import { extractEvent } from "./extractEvent.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import type { KnowledgeBase } from "./gazetteer.js";
import { knowledgeFileSchema } from "./knowledge/schema.js";
import { articleSentences } from "./sentences.js";

/** A made-up knowledge base: one person who moved between companies, one who runs two at once. */
const careers = knowledgeFileSchema.parse({
  entities: [
    { id: "orbis", kind: "company", name: "Orbis Motors", shortName: "Orbis", people: [{ name: "Dana Reyes", role: "CEO", from: 2010, to: 2019 }] },
    { id: "kestrel", kind: "company", name: "Kestrel Bank", shortName: "Kestrel", people: [{ name: "Dana Reyes", role: "CEO", from: 2020 }] },
    {
      id: "lumen",
      kind: "company",
      name: "Lumen Rockets",
      shortName: "Lumen",
      context: ["rocket", "launch pad", "orbit"],
      people: [{ name: "Ivo Marek", role: "CEO", from: 2012 }],
    },
    {
      id: "verda",
      kind: "company",
      name: "Verda Foods",
      shortName: "Verda",
      context: ["groceries", "supermarket"],
      people: [{ name: "Ivo Marek", role: "chairman", from: 2015 }],
    },
  ],
});

function linked(text: string, eventDate: string, knowledge: KnowledgeBase = careers): { ids: string[]; notes: string } {
  const found = new EntityRecognizer(knowledge).find(articleSentences("", [text]), eventDate);
  return { ids: [...new Set(found.mentions.map((m) => m.entity.id))], notes: found.notes.join(" ") };
}

describe("people tied to several companies: the years of their roles", () => {
  it("picks the company whose role the person held in the event's year, and says why", () => {
    const later = linked("Dana Reyes, the chief executive, skipped the summit on Monday.", "2024-05-06");
    expect(later.ids).toEqual(["kestrel"]);
    expect(later.notes).toMatch(/"Dana Reyes" read as Kestrel: the role with Orbis was not held in 2024/);
    expect(linked("Chief executive Dana Reyes unveiled a new sedan.", "2016-03-01").ids).toEqual(["orbis"]);
  });
  it("links a person named without any of their companies to none, and reports the person", () => {
    const alone = new EntityRecognizer(careers).find(articleSentences("", ["Dana Reyes was left off the guest list."]), "2024-05-06");
    expect(alone.mentions).toEqual([]);
    expect([...alone.people.keys()]).toEqual(["Dana Reyes"]);
    expect(linked("Dana Reyes, who once ran Orbis, was absent from the dinner.", "2025-01-10").ids).toEqual(["orbis"]);
  });
  it("uses the article's words when both roles are held, and reports what stays ambiguous", () => {
    expect(linked("Chief executive Ivo Marek watched the rocket leave the launch pad.", "2025-01-10").ids).toEqual(["lumen"]);
    const unsure = linked("Ivo Marek did not attend the dinner.", "2025-01-10");
    expect(unsure.ids).toEqual([]);
    expect(unsure.notes).toMatch(/"Ivo Marek" may stand for Lumen, Verda/);
  });
});

describe("ambiguous names confirmed by how the article uses them", () => {
  const fixture = fixtureKnowledge();
  const ids = (text: string): string[] => linked(text, "2025-02-17", fixture).ids;
  it.each([
    ["Apple's services business grew 12 percent.", ["apple"]],
    ["Microsoft, Apple and Alphabet led the index higher.", ["microsoft", "apple", "alphabet"]],
    ["Apple said it would appeal.", ["apple"]],
    ["Investors in rivals such as Meta were nervous.", ["meta"]],
  ])("%s", (text, want) => expect(ids(text)).toEqual(want));

  it.each([
    ["Apple growers and Walmart said prices would stay firm."],
    ["Apple orchards in Shaanxi suffered frost."],
    ["Pickers fill crates of Apple varieties each autumn."],
  ])("leaves the common word alone: %s", (text) => expect(ids(text)).not.toContain("apple"));
});

describe("meeting and action articles", () => {
  const knowledge = fixtureKnowledge();
  const rolesOf = (text: string, published: string): Record<string, string> => {
    const doc = extractEvent(text, { knowledge, published, format: "text" });
    return Object.fromEntries(doc.companies.map((c) => [c.entityId, c.role]));
  };
  it("gives companies of a meeting article no target role for their own doings", () => {
    const text = `Premier meets founders

Premier Li Qiang hosted a dinner for entrepreneurs in Beijing on Monday. Lei Jun sat beside the premier, Pony Ma addressed the guests and Robin Li presented Baidu's newest chatbot. Meituan sent no one, and JD.com was not on the guest list. BYD unveiled a new sedan in Shenzhen the same day.`;
    expect(rolesOf(text, "2025-03-04")).toEqual({ xiaomi: "present", tencent: "present", baidu: "present", meituan: "absent", jd: "absent", byd: "mentioned" });
  });
  it("keeps an action done to a company in a meeting article", () => {
    const text = `Xi meets private firms

Xi Jinping met Pony Ma and Lei Jun on Monday. Didi, which regulators fined on the same day, was not invited.`;
    expect(rolesOf(text, "2025-03-04")).toMatchObject({ tencent: "present", xiaomi: "present", didi: "absent" });
  });
  it("does not read weak attendance words as attendance in an action article", () => {
    const text = `Regulator fines Meituan

The market regulator fined Meituan 3 billion yuan on Friday. Xiaomi presented a rival delivery app at a trade fair the same day.`;
    expect(rolesOf(text, "2025-03-10")).toEqual({ meituan: "target", xiaomi: "mentioned" });
  });
});

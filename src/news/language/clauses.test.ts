import { describe, expect, it } from "vitest";
import { structureOfText } from "./sentenceStructure.js";

/** Each clause as "kind connective | predicate lemma | position(words) ...". */
const clauses = (text: string): string[] => {
  const s = structureOfText(text);
  const words = (a: number, b: number): string =>
    s.tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(" ");
  return s.clauses.map((c) =>
    [
      `${c.kind}${c.connective !== undefined ? ` ${c.connective}` : ""}`,
      c.predicate?.lemma ?? "-",
      ...c.arguments.map((a) => `${a.position}${a.preposition !== undefined ? `:${a.preposition}` : ""}(${words(a.from, a.to)})`),
    ].join(" | "),
  );
};

describe("clauses with their predicate, subject, objects and attachments", () => {
  it("reads subject, object and attachments of one clause", () => {
    expect(clauses("The regulator fined Meituan 3 billion yuan on Friday.")).toEqual([
      "main | fine | subject(The regulator) | object(Meituan 3 billion yuan) | attachment:on(Friday)",
    ]);
  });
  it("splits at a connective and at 'and' between two finite verbs", () => {
    expect(clauses("Apple, Google and Meta attended the dinner while Nvidia declined to send anyone.")).toEqual([
      "main | attend | subject(Apple , Google and Meta) | object(the dinner)",
      "subordinate while | send | subject(Nvidia) | object(anyone)",
    ]);
    expect(clauses("Alibaba was fined and Tencent was warned.").map((c) => c.split(" | ").slice(0, 3).join(" | "))).toEqual([
      "main | fine | subject(Alibaba)",
      "main and | warn | subject(Tencent)",
    ]);
  });
  it("keeps an opening adverbial apart from the subject", () => {
    expect(clauses("In addition to Jack Ma, the meeting was attended by Lei Jun.")).toEqual([
      "main | attend | attachment:in addition to(Jack Ma) | subject(the meeting) | attachment:by(Lei Jun)",
    ]);
  });
  it("reads a compound preposition as one", () => {
    expect(clauses("Lei Jun sat down with the president-elect, according to people familiar with the matter.")[0]).toContain(
      "attachment:according to(people familiar)",
    );
  });
  it("gives a relative clause its antecedent as subject, and an object relative its own subject", () => {
    expect(clauses("Pony Ma, who founded Tencent, did not attend.")).toEqual([
      "main | attend | subject(Pony Ma , who founded Tencent ,)",
      "relative | found | subject(Pony Ma) | object(Tencent)",
    ]);
  });
  it("splits a reported complement from its reporting clause", () => {
    expect(clauses("Alibaba said it would acquire Sun Art.")).toEqual([
      "main | say | subject(Alibaba)",
      "complement | acquire | subject(it) | object(Sun Art)",
    ]);
    expect(clauses("Alibaba announced that it would acquire Sun Art.")[1]).toBe("complement that | acquire | subject(it) | object(Sun Art)");
  });
  it("shares the subject of a clause whose subject is left out", () => {
    const s = structureOfText("Sundar Pichai was on the list but did not attend.");
    expect(s.clauses.map((c) => c.sharedSubject === true)).toEqual([false, true]);
  });
  it("does not split at a time word that opens no verb ('before the committee')", () => {
    expect(clauses("Snap's chief testified before the committee on Wednesday.")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { structureOfText } from "./sentenceStructure.js";

const attributions = (text: string): [string, string, string[]][] => {
  const s = structureOfText(text);
  const words = (a: number, b: number): string =>
    s.tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(" ");
  return s.attributions.map((a) => [
    a.verb,
    a.speaker === undefined ? "" : words(a.speaker.from, a.speaker.to),
    a.content.map((k) => s.clauses[k]!.predicate?.lemma ?? "-"),
  ]);
};

describe("reported speech and its attribution", () => {
  it("reads the reporting clause at the end as the source of what comes before", () => {
    expect(attributions("Meituan could be fined as early as next week, the regulator said.")).toEqual([["say", "the regulator", ["fine"]]]);
  });
  it("reads a complement after the reporting verb", () => {
    expect(attributions("Alibaba announced that it would acquire Sun Art.")).toEqual([["announce", "Alibaba", ["acquire"]]]);
  });
  it("reads 'according to' as an attribution of its own clause", () => {
    expect(attributions("Lei Jun sat down with the president-elect, according to people familiar with the matter.")).toEqual([
      ["according to", "people familiar", ["sit"]],
    ]);
  });
  it("finds none in a sentence without speech", () => {
    expect(attributions("The regulator fined Meituan on Friday.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const shape = (text: string, names: { start: number; end: number }[] = []): string[] => tokenize(text, names).map((t) => `${t.text}/${t.pos}/${t.lemma}`);

describe("tokens", () => {
  it("gives each word its part of speech and dictionary form, and its place in the text", () => {
    const text = "The regulator fined Meituan on Friday, the company said.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(shape(text)).toEqual([
      "The/determiner/the",
      "regulator/noun/regulator",
      "fined/verb/fine",
      "Meituan/name/meituan",
      "on/preposition/on",
      "Friday/noun/friday",
      ",/punctuation/,",
      "the/determiner/the",
      "company/noun/company",
      "said/verb/say",
    ]);
  });
  it("reads closed classes from the grammar words, whatever the tagger says", () => {
    const tokens = tokenize("It imposed a fine equivalent to US$2.8 billion against Alibaba.");
    expect(tokens.find((t) => t.text === "against")?.pos).toBe("preposition");
    expect(tokenize("Baidu has not been invited.").map((t) => t.pos)).toEqual(["name", "auxiliary", "negation", "auxiliary", "verb"]);
  });
  it("reads a participle after 'was' as a verb with its dictionary form", () => {
    const removed = tokenize("Super Micro was removed from the index.").find((t) => t.text === "removed");
    expect([removed?.pos, removed?.lemma]).toEqual(["verb", "remove"]);
  });
  it("makes a found name one name token, whatever the tagger made of its words", () => {
    const text = "Geely and Sun Art Retail were named.";
    const names = [
      { start: 0, end: 5 },
      { start: 10, end: 24 },
    ];
    expect(shape(text, names).slice(0, 3)).toEqual(["Geely/name/geely", "and/conjunction/and", "Sun Art Retail/name/sun art retail"]);
  });
});

import { describe, expect, it } from "vitest";
import { nounPhrases } from "./nounPhrases.js";
import { tokenize } from "./tokens.js";

const phrases = (text: string): string[] => {
  const tokens = tokenize(text);
  return nounPhrases(tokens).map((p) =>
    tokens
      .slice(p.from, p.to + 1)
      .map((t) => t.text)
      .join(" "),
  );
};

describe("noun phrases", () => {
  it("reads determiners, adjectives and nouns up to their head", () => {
    expect(phrases("The Chinese regulator fined the food delivery giant.")).toEqual(["The Chinese regulator", "the food delivery giant"]);
  });
  it("closes a phrase at a possessive, so the company and its person are two phrases", () => {
    expect(phrases("Xiaomi's founder spoke.")).toEqual(["Xiaomi's", "founder"]);
  });
  it("reads a pronoun alone", () => {
    expect(phrases("It fined them.")).toEqual(["It", "them"]);
  });
});

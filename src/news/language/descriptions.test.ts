import { describe, expect, it } from "vitest";
import { descriptions } from "./descriptions.js";
import { tokenize } from "./tokens.js";
import { verbGroups } from "./verbGroups.js";

const described = (text: string): [string, string, string][] => {
  const tokens = tokenize(text);
  const words = (a: number, b: number): string =>
    tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(" ");
  return descriptions(tokens, verbGroups(tokens)).map((d) => [d.kind, tokens[d.antecedent]!.text, words(d.from, d.to)]);
};

describe("relative clauses and appositives", () => {
  it("finds a relative clause between commas and what it describes", () => {
    expect(described("Pony Ma, who founded Tencent, did not attend.")).toEqual([["relative", "Ma", "who founded Tencent"]]);
  });
  it("ends a relative clause without commas before the main verb", () => {
    expect(described("Executives who attended the dinner praised the plan.")).toEqual([["relative", "Executives", "who attended the dinner"]]);
  });
  it("finds an appositive after a name", () => {
    expect(described("Robin Li, a regular at such gatherings, was missing.")).toEqual([["appositive", "Li", "a regular at such gatherings"]]);
  });
  it("does not read a reporting clause or a list as an appositive", () => {
    expect(described("Baidu was absent, the company said.")).toEqual([]);
    expect(described("Apple, Google and Meta attended.")).toEqual([]);
  });
});

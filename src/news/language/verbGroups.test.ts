import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";
import { verbGroups, type VerbGroup } from "./verbGroups.js";

const first = (text: string): VerbGroup => verbGroups(tokenize(text))[0]!;
const read = (g: VerbGroup): string =>
  [g.lemma, g.voice, g.negated ? "negated" : "", g.modality ?? "", g.tense, g.copula ? "copula" : ""].filter(Boolean).join(" ");

describe("verb groups", () => {
  it.each([
    ["The regulator fined Meituan.", "fine active past"],
    ["Alibaba was fined a record sum.", "fine passive past"],
    ["Baidu has been left off the guest list.", "leave passive perfect"],
    ["Meituan could be fined next week.", "fine passive possible present"],
    ["Baidu did not attend the meeting.", "attend active negated past"],
    ["Nvidia declined to attend the dinner.", "attend active negated past"],
    ["Alibaba plans to acquire the chain.", "acquire active intended present"],
    ["Palantir will join the index.", "join active future"],
    ["Robin Li was missing.", "be active past copula"],
    ["The company had been fined in 2021.", "fine passive past-perfect"],
  ])("%s → %s", (text, expected) => {
    expect(read(first(text))).toBe(expected);
  });
  it("keeps the catenative that took the verb", () => {
    expect(first("Nvidia declined to attend the dinner.").catenative).toBe("decline");
  });
  it("marks a gerund standing alone as no finite verb", () => {
    const groups = verbGroups(tokenize("The premier spoke after listening to executives."));
    expect(groups.map((g) => [g.lemma, g.finite])).toEqual([
      ["speak", true],
      ["listen", false],
    ]);
  });
});

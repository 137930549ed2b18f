import { describe, expect, it } from "vitest";
import { articleSentences, splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it("does not split after abbreviations, initials or inside domain names", () => {
    expect(splitSentences("Apple Inc. said on Feb. 17 that Mr. Cook met Robert F. Kennedy. JD.com fell. Shares rose.")).toEqual([
      "Apple Inc. said on Feb. 17 that Mr. Cook met Robert F. Kennedy.",
      "JD.com fell.",
      "Shares rose.",
    ]);
  });
  it("splits at question and exclamation marks and before quotes", () => {
    expect(splitSentences('Is it over? "Yes," he said. Done!')).toEqual(["Is it over?", '"Yes," he said.', "Done!"]);
  });
});

describe("articleSentences", () => {
  it("numbers body sentences from 0 and puts the title first as -1", () => {
    const s = articleSentences("Title", ["One. Two.", "Three."]);
    expect(s.map((x) => [x.index, x.paragraph, x.text])).toEqual([
      [-1, -1, "Title"],
      [0, 0, "One."],
      [1, 0, "Two."],
      [2, 1, "Three."],
    ]);
  });
});

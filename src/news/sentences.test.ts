import { describe, expect, it } from "vitest";
import { articleSentences, splitSentences, withoutDateline } from "./sentences.js";

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

describe("withoutDateline", () => {
  it.each([
    ["HONG KONG/LONDON, July 8 (Reuters) - Shein filed on Monday.", "Shein filed on Monday."],
    ["BEIJING (Xinhua) -- Premier Li met executives.", "Premier Li met executives."],
    ["SHENZHEN - Huawei launched a phone.", "Huawei launched a phone."],
    ["WASHINGTON, Feb 1 – Meta's chief apologised.", "Meta's chief apologised."],
    ["Huawei launched a phone - its first in months.", "Huawei launched a phone - its first in months."],
    ["AI - the word of the year.", "AI - the word of the year."],
  ])("%s", (text, want) => expect(withoutDateline(text)).toBe(want));
});

it("does not end a sentence inside Yum! Brands", () => {
  expect(splitSentences("He ran Taco Bell for Yum! Brands before that. Then he left.")).toEqual([
    "He ran Taco Bell for Yum! Brands before that.",
    "Then he left.",
  ]);
});

it("keeps initials inside a sentence: D.A. Davidson", () => {
  expect(splitSentences("Analysts at D.A. Davidson cut their target. Shares fell.")).toEqual(["Analysts at D.A. Davidson cut their target.", "Shares fell."]);
});

import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";
import { chooseEventDate } from "./eventDate.js";
import { articleSentences } from "./sentences.js";

/** The event date of a headline and paragraphs, published on Thursday 2025-06-12. */
const eventDate = (title: string, ...paragraphs: string[]): string => chooseEventDate(articleSentences(title, paragraphs), "2025-06-12").date;

describe("chooseEventDate", () => {
  it.each([
    [["Regulator fines Meituan", "The fine came three days after the regulator summoned Didi on Monday.", "Meituan was told of the decision on Wednesday."], "2025-06-11"],
    [["Xiaomi recalls cars", "The recall, announced on Thursday, follows weeks after Xiaomi was fined on Tuesday.", ""], "2025-06-12"],
    [["Nio unveils a sedan", "Nio unveiled the sedan just days after Tesla cut prices on Monday.", "The launch took place on Wednesday in Shanghai."], "2025-06-11"],
  ])("leaves out the date of what the event followed: %j", (parts, want) => {
    const [title, ...paragraphs] = parts as [string, ...string[]];
    expect(eventDate(title, ...paragraphs.filter((p) => p !== ""))).toBe(want);
  });
  it("still uses such a date when it is the only one", () => {
    expect(eventDate("Regulator fines Meituan", "The fine came two days after the regulator summoned Meituan on Monday.")).toBe("2025-06-09");
  });
});

describe("findDates at the start of a sentence", () => {
  it.each([
    ["In April, Alibaba was ordered to pay a fine.", "2025-04-01"],
    ["Since March the company has cut prices.", "2025-03-01"],
    ["Late last October the regulator acted.", "2024-10-01"],
  ])("%s", (text, want) => expect(findDates(text, "2025-06-12")[0]).toMatchObject({ date: want, precision: "month" }));
});

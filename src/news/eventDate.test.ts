import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";
import { chooseEventDate } from "./eventDate.js";
import { articleSentences } from "./sentences.js";

/** The event date of a headline and paragraphs, published on Thursday 2025-06-12. */
const eventDate = (title: string, ...paragraphs: string[]): string => chooseEventDate(articleSentences(title, paragraphs), "2025-06-12").date;

describe("chooseEventDate", () => {
  it.each([
    [
      ["Regulator fines Meituan", "The fine came three days after the regulator summoned Didi on Monday.", "Meituan was told of the decision on Wednesday."],
      "2025-06-11",
    ],
    [["Xiaomi recalls cars", "The recall, announced on Thursday, follows weeks after Xiaomi was fined on Tuesday.", ""], "2025-06-12"],
    [
      ["Nio unveils a sedan", "Nio unveiled the sedan just days after Tesla cut prices on Monday.", "The launch took place on Wednesday in Shanghai."],
      "2025-06-11",
    ],
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

describe("chooseEventDate weighs the clues of a news report", () => {
  it("takes the event's date over the market's reaction to it", () => {
    expect(
      eventDate(
        "Tencent slides after Pentagon listing",
        "Shares of Tencent fell on Thursday after the company was named late on Tuesday by the Defense Department as a military company.",
      ),
    ).toBe("2025-06-10");
  });
  it("keeps an announcement told in reported speech with a past perfect", () => {
    expect(
      eventDate(
        "China probes Qualcomm",
        "The regulator said on Monday that it had opened an investigation into Qualcomm.",
        "Earlier this week, the ministry expanded its export controls.",
      ),
    ).toBe("2025-06-09");
  });
  it("does not take a date told in the future", () => {
    expect(
      eventDate(
        "Tencent Music profit jumps",
        "Tencent Music said on Wednesday that its quarterly profit rose 43 percent.",
        "Its Hong Kong shares are set to open higher on Thursday.",
      ),
    ).toBe("2025-06-11");
  });
  it("prefers the lead's date to a rival's launch told later", () => {
    expect(
      eventDate(
        "Huawei unveils a phone",
        "Huawei launched the phone on Wednesday, a day after Apple's event.",
        "Apple's iPhone range, introduced on Tuesday, was shown in Cupertino.",
      ),
    ).toBe("2025-06-11");
  });
  it("uses the publication date when no sentence dates the event", () => {
    expect(chooseEventDate(articleSentences("Meituan fined", ["Meituan was fined 3 billion yuan, the regulator said."]), "2025-06-12")).toMatchObject({
      date: "2025-06-12",
      method: "publication",
    });
  });
});

describe("findDates: a day of the month", () => {
  it.each([
    ["The ban took effect on the 10th.", "2025-06-10"],
    ["The ban took effect on the 20th.", "2025-05-20"],
    ["The ban will take effect on the 20th.", "2025-06-20"],
  ])("%s", (text, want) => expect(findDates(text, "2025-06-12")[0]).toMatchObject({ date: want, precision: "day" }));
});

describe("chooseEventDate with datelines, rivals and reports of the past", () => {
  it("leaves a dateline's date to the publication and takes the event's", () => {
    expect(
      eventDate(
        "Unitree unveils a robot",
        "HANGZHOU, June 12 - Unitree has unveiled a humanoid robot.",
        "The company posted a video of the robot last Friday.",
      ),
    ).toBe("2025-06-06");
  });
  it("prefers the article's company to a rival's later statement", () => {
    expect(
      eventDate(
        "Nvidia takes a charge",
        "Nvidia said the government will require a licence for its chips.",
        "The company disclosed the restriction in a regulatory filing late on Wednesday.",
        "The chip was designed for China.",
        "Analysts expect more curbs.",
        "Rival AMD said on Thursday it had also been told it needed licences.",
      ),
    ).toBe("2025-06-11");
  });
  it("dates a report by its day even when it tells of earlier years", () => {
    expect(
      eventDate(
        "AT&T says hackers stole records",
        "AT&T said on Wednesday that hackers had downloaded records of calls made in 2022.",
        "The data was taken between April 14 and April 25.",
      ),
    ).toBe("2025-06-11");
  });
  it("takes the day over the week written beside it", () => {
    expect(eventDate("Starbucks names a chief", "Starbucks said earlier this week, on Tuesday, June 10, that its chief executive was out.")).toBe("2025-06-10");
  });
});

import { describe, expect, it } from "vitest";
import { datelinePlace } from "./sentences.js";
import { datelineZone, readEventTime } from "./eventTime.js";
import { CLOCK_EXAMPLES, DAY_PART_WORDINGS } from "./wording/eventTimes.js";

describe("parts of the trading day, as articles word them", () => {
  for (const wording of DAY_PART_WORDINGS) {
    it.each(wording.examples.map(([sentence, zone]) => [sentence, zone] as const))(`${wording.dayPart}: %s`, (sentence, timeZone) => {
      expect(readEventTime([sentence], "2021-10-08")?.time).toEqual({ dayPart: wording.dayPart, timeZone, evidence: sentence, precision: "day-part" });
    });
  }
});

describe("clock times with their zone", () => {
  it.each(CLOCK_EXAMPLES.map(([s, t]) => [s, t] as const))("%s", (sentence, dateTime) => {
    expect(readEventTime([sentence], "2021-10-08")?.time).toMatchObject({ dateTime, evidence: sentence });
  });
  it("gives the offset in force on the date (New York in winter is -05:00)", () => {
    expect(readEventTime(["The filing landed at 4:05 p.m. ET."], "2017-01-10")?.time).toMatchObject({
      dateTime: "2017-01-10T16:05-05:00",
      precision: "minute",
    });
  });
  it("reads an hour without minutes as precise to the hour", () => {
    expect(readEventTime(["The ban took effect at 8 a.m. EDT on Friday."], "2021-10-08")?.time).toMatchObject({
      dateTime: "2021-10-08T08:00-04:00",
      precision: "hour",
    });
  });
});

describe("no time is guessed", () => {
  it.each([
    ["The regulator fined the company on Friday.", undefined],
    ["The company reported results after the close on Thursday.", undefined],
    ["Shares of 1 Hong Kong developer fell on Monday.", undefined],
    ["", undefined],
  ])("%s", (sentence, dateline) => {
    expect(readEventTime([sentence], "2021-10-08", { dateline })).toBeUndefined();
  });
  it("reads no zone from listings on two clocks", () => {
    expect(readEventTime(["The company reported results after the close on Thursday."], "2021-10-08", { listings: ["BABA", "9988.HK"] })).toBeUndefined();
  });
});

describe("the market of the companies' listings gives the zone where the text names none", () => {
  it("reads a US company's results after the closing bell as New York's evening", () => {
    expect(readEventTime(["Lululemon reported results after the closing bell on Thursday."], "2024-03-21", { listings: ["LULU"] })).toMatchObject({
      time: { dayPart: "evening", timeZone: "America/New_York" },
      zoneFrom: "market",
    });
  });
  it("reads a Hong Kong filing late on Tuesday as Hong Kong's evening", () => {
    expect(readEventTime(["Kaisa said in a filing late on Tuesday that talks would go on."], "2021-12-07", { listings: ["1638.HK"] })).toMatchObject({
      time: { dayPart: "evening", timeZone: "Asia/Hong_Kong" },
      zoneFrom: "market",
    });
  });
});

describe("the dateline's place gives the zone of a part of the day", () => {
  it("reads 'after the close' in a story filed from New York as New York's evening", () => {
    const place = datelinePlace("NEW YORK, Sept 7 (Wire) - Equifax said on Thursday after the close that hackers had taken data.");
    expect(place).toBe("NEW YORK");
    expect(datelineZone(place)).toBe("America/New_York");
    expect(readEventTime(["Equifax said on Thursday after the close that hackers had taken data."], "2017-09-07", { dateline: place })).toMatchObject({
      time: { dayPart: "evening", timeZone: "America/New_York" },
      zoneFrom: "dateline",
    });
  });
  it("takes the first place of a double dateline", () => {
    expect(datelineZone(datelinePlace("HONG KONG/BEIJING, Oct 8 (Wire) - The regulator fined Meituan."))).toBe("Asia/Hong_Kong");
  });
  it("finds no place where the paragraph has no dateline", () => {
    expect(datelinePlace("The regulator fined Meituan on Friday.")).toBeUndefined();
  });
});

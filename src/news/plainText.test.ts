import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isChrome, isProse } from "./boilerplate.js";
import { parsePlainText } from "./plainText.js";
import { shared } from "../../test/support/paths.js";

const FOUNDING = shared("news", "xi-meets-tech-bosses.txt");

describe("parsePlainText", () => {
  it("keeps the founding article's body and drops its page chrome", () => {
    const a = parsePlainText(readFileSync(FOUNDING, "utf8"));
    expect(a.title).toBe("China: Xi Jinping meets IT bosses, share prices of those not present plummet");
    const body = a.paragraphs.join("\n");
    expect(body).toContain("Xi Jinping met with the heads");
    expect(body).toContain("Premier Li Qiang and Wang Huning");
    for (const chrome of [
      "listen Print view",
      "Shutterstock",
      "min. read",
      "Videos by heise",
      "(mho)",
      "Facebook",
      "originally published in German",
      "Chinese flag in front",
    ]) {
      expect(body).not.toContain(chrome);
    }
  });
  it("reads a text without a title line as body", () => {
    expect(parsePlainText("Tencent reported higher profit on Wednesday, beating forecasts.").title).toBe("");
  });
});

describe("boilerplate", () => {
  it("knows chrome paragraphs", () => {
    for (const p of [
      "Don't miss any news – follow us on Facebook, LinkedIn or Mastodon.",
      "(Image: U.P.SD/Shutterstock.com)",
      "3 min. read",
      "Videos by heise",
      "(mho)",
      "By Lena Fischer",
      "Photo: Reuters",
    ]) {
      expect(isChrome(p), p).toBe(true);
    }
    expect(isChrome("Tencent said it would follow the rules and listen to regulators, its chief executive told analysts on a call.")).toBe(false);
  });
  it("tells prose from captions and menus", () => {
    expect(isProse("Chinese flag in front of a depiction of a stock market trading curve")).toBe(false);
    expect(isProse("Home Markets Tech")).toBe(false);
    expect(isProse("Baidu fell seven percent on Monday in Hong Kong.")).toBe(true);
  });
});

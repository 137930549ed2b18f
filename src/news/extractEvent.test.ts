import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../data/inputError.js";
import { eventDocumentSchema, type EventDocument } from "./eventDocument.js";
import { detectFormat, extractEvent, type ExtractOptions } from "./extractEvent.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { shared } from "../../test/support/paths.js";

const knowledge = fixtureKnowledge();
const FOUNDING = readFileSync(shared("news", "xi-meets-tech-bosses.txt"), "utf8");

function company(doc: EventDocument, id: string): EventDocument["companies"][number] | undefined {
  return doc.companies.find((c) => c.entityId === id);
}

describe("acceptance: the founding article (Xi meets tech bosses)", () => {
  for (const published of ["2025-02-18", "2025-02-17", "2025-02-23"]) {
    it(`resolves "on Monday" to 2025-02-17 when published ${published}`, () => {
      const doc = extractEvent(FOUNDING, { published, knowledge, format: "text" });
      expect(doc.eventDate).toBe("2025-02-17");
      expect(doc.eventDateResolution).toMatchObject({ method: "relative", expression: "on Monday", precision: "day" });
    });
  }

  const doc = extractEvent(FOUNDING, { published: "2025-02-18", knowledge, format: "text" });

  it("is a valid event document", () => {
    expect(eventDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.published).toBe("2025-02-18");
    expect(doc.publishedSource).toBe("option");
  });
  it("finds exactly the companies the text says were present and absent", () => {
    const byRole = (role: string): string[] =>
      doc.companies
        .filter((c) => c.role === role)
        .map((c) => c.entityId)
        .sort();
    expect(byRole("present")).toEqual(["alibaba", "byd", "catl", "deepseek", "huawei", "tencent"]);
    expect(byRole("absent")).toEqual(["baidu", "bytedance", "jd"]);
    expect(byRole("target")).toEqual([]);
  });
  it("names Alibaba through Jack Ma", () => {
    expect(company(doc, "alibaba")?.via).toEqual(["Jack Ma"]);
  });
  it("links listings valid on the event date", () => {
    expect(company(doc, "alibaba")?.listings).toEqual(expect.arrayContaining(["9988.HK", "BABA"]));
    expect(company(doc, "byd")?.listings).toContain("1211.HK");
    expect(company(doc, "tencent")?.listings).toContain("0700.HK");
    expect(company(doc, "baidu")?.listings).toEqual(expect.arrayContaining(["9888.HK", "BIDU"]));
    expect(company(doc, "jd")?.listings).toEqual(expect.arrayContaining(["9618.HK", "JD"]));
    expect(company(doc, "catl")?.listings).toEqual(["300750.SZ"]);
    expect(company(doc, "catl")?.inactiveListings).toEqual([{ symbol: "3750.HK", status: "not yet listed", from: "2025-05-20" }]);
  });
  it("marks Huawei, ByteDance and DeepSeek unlisted", () => {
    for (const id of ["huawei", "bytedance", "deepseek"]) expect(company(doc, id)).toMatchObject({ unlisted: true, listings: [] });
  });
  it("takes nothing from the page chrome (Facebook in the follow-us footer, the image credit, heise)", () => {
    expect(doc.companies.map((c) => c.entityId)).not.toContain("meta");
    expect(doc.companies).toHaveLength(9);
    expect(doc.otherEntities.map((e) => e.entityId)).toEqual(["financial-times"]);
    expect(doc.companies.flatMap((c) => c.evidence).join(" ")).not.toMatch(/Shutterstock|follow us|translated/);
  });
});

describe("inputs", () => {
  it("reads the publication date from the page and notes a different --published", () => {
    const html = `<html><head><meta property="article:published_time" content="2024-03-29T09:00:00+08:00"></head><body><article>
      <p>Xiaomi launched its SU7 electric sedan on Thursday in Beijing, its first car.</p></article></body></html>`;
    const doc = extractEvent(html, { knowledge, published: "2024-04-01" });
    expect(doc).toMatchObject({ published: "2024-03-29", publishedSource: "meta", eventDate: "2024-03-28" });
    expect(Array.isArray(doc) ? [] : doc.notes.join(" ")).toContain("2024-03-29");
  });
  it("reads a feed item by item, a broken item becoming an error entry", () => {
    const rss = `<rss><channel>
      <item><title>Meituan fined</title><pubDate>Mon, 10 Mar 2025 08:00:00 +0800</pubDate><description>The regulator fined Meituan on Friday over exclusive deals.</description></item>
      <item><title>Empty</title></item>
      <item><title>Weather</title><pubDate>Mon, 10 Mar 2025 08:00:00 +0800</pubDate><description>Rain is expected across the region later this week.</description></item>
    </channel></rss>`;
    const results = extractEvent(rss, { knowledge });
    expect(Array.isArray(results)).toBe(true);
    const list = Array.isArray(results) ? results : [];
    expect(list[0]).toMatchObject({ schema: "aftershock.event/1", eventDate: "2025-03-07", companies: [{ entityId: "meituan", role: "target" }] });
    expect(list[1]).toMatchObject({ schema: "aftershock.event-error/1", item: 2, error: expect.stringContaining("no text") });
    expect(list[2]).toMatchObject({ schema: "aftershock.event-error/1", item: 3, error: expect.stringContaining("no company") });
  });
  it("detects the format", () => {
    expect(detectFormat('<?xml version="1.0"?>\n<rss>')).toBe("rss");
    expect(detectFormat("<!DOCTYPE html><html>")).toBe("html");
    expect(detectFormat("Plain words.")).toBe("text");
  });
});

describe("bad input is a clear error, never an empty event", () => {
  /** `published: undefined` takes the default publication date away. */
  const bad = (input: string, options: Partial<Omit<ExtractOptions, "published">> & { readonly published?: string | undefined } = {}): unknown => {
    const { published, ...rest } = { published: "2025-02-18", ...options };
    try {
      extractEvent(input, { knowledge, ...rest, ...(published === undefined ? {} : { published }) });
    } catch (e) {
      return e;
    }
    return undefined;
  };
  it.each([
    ["an empty file", "  \n ", {}, /empty/],
    ["binary data", "\u0000\u0001PK\u0003\u0004binary", {}, /not text/],
    ["an HTML page without an article", "<html><body><nav><a href='/'>Home</a></nav></body></html>", {}, /no article text/],
    ["text without a company", "Rain is expected across the region later this week, forecasters said.", {}, /no company/],
    ["text without a publication date", "Tencent reported higher quarterly profit on Wednesday, beating forecasts.", { published: undefined }, /--published/],
    ["a malformed --published", "Tencent reported higher profit.", { published: "18.02.2025" }, /YYYY-MM-DD/],
    ["a feed of broken items", "<rss><channel><item><title>x</title></item></channel></rss>", {}, /no item of the feed/],
    ["a feed without items", "<rss><channel><title>x</title></channel></rss>", {}, /no <item>/],
  ])("%s", (_name, input, options, message) => {
    const e = bad(input, options);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(message);
  });
});

describe("names", () => {
  it("does not link an ambiguous name without context, and says so", () => {
    const doc = extractEvent("Apple growers and Walmart said on Monday that prices would stay firm this spring.", { knowledge, published: "2025-02-18" });
    const d = Array.isArray(doc) ? undefined : doc;
    expect(d?.companies.map((c) => c.entityId)).toEqual(["walmart"]);
    expect(d?.notes.join(" ")).toMatch(/"Apple" could be Apple Inc\./);
  });
  it("links an ambiguous name with context", () => {
    const doc = extractEvent("Apple unveiled a new iPhone on Tuesday.", { knowledge, published: "2025-02-18" });
    expect(Array.isArray(doc) ? [] : doc.companies.map((c) => [c.entityId, c.role])).toEqual([["apple", "target"]]);
  });
  it("reports a person tied to several companies instead of guessing", () => {
    const doc = extractEvent("Elon Musk skipped the dinner on Monday, while Tim Cook of Apple attended.", { knowledge, published: "2025-02-18" });
    const d = Array.isArray(doc) ? undefined : doc;
    expect(d?.companies.map((c) => c.entityId)).toEqual(["apple"]);
    expect(d?.notes.join(" ")).toMatch(/"Elon Musk" may stand for Tesla, SpaceX/);
  });
  it("follows a bare surname back to the person named before", () => {
    const doc = extractEvent("Pony Ma spoke first on Monday. Later, Ma was not seen at the dinner.", { knowledge, published: "2025-02-18" });
    expect(Array.isArray(doc) ? undefined : doc.companies[0]).toMatchObject({ entityId: "tencent", via: ["Pony Ma"] });
  });
  it("reads a near-spelling and notes it", () => {
    const doc = extractEvent("Regulators fined the company Tencnet on Monday.", { knowledge, published: "2025-02-18" });
    const d = Array.isArray(doc) ? undefined : doc;
    expect(d?.companies[0]).toMatchObject({ entityId: "tencent", role: "target", confidence: 0.6 });
    expect(d?.notes.join(" ")).toMatch(/Tencnet/);
  });
});

describe("the event's time", () => {
  it("reads news after the Hong Kong close from the sentence that dated it, in the dateline's zone", () => {
    const doc = extractEvent(
      "Regulator fines Meituan\n\nHONG KONG, Oct 9 (Wire) - China's market regulator fined Meituan 3.4 billion yuan after the market close on Friday, ending a months-long antitrust probe.\n\nThe company said it accepted the penalty.",
      { published: "2021-10-09", knowledge, format: "text" },
    );
    expect(doc.eventDate).toBe("2021-10-08");
    expect(doc.eventTime).toMatchObject({ dayPart: "evening", timeZone: "Asia/Hong_Kong", precision: "day-part" });
    expect(doc.notes.join(" ")).toContain("read on the Asia/Hong_Kong clock: the article names no zone, its dateline does");
  });
  it("leaves the time out where the article gives none", () => {
    expect(extractEvent(FOUNDING, { published: "2025-02-18", knowledge, format: "text" }).eventTime).toBeUndefined();
  });
});

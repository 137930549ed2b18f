import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/data/store/index.js";
import { loadKnowledge } from "../../src/news/knowledge/loadKnowledge.js";
import { articleStudy, studyEvent } from "../../src/pipeline/articleStudy.js";
import type { EventDocument } from "../../src/news/index.js";
import { hasShared, shared } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-article-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasShared)("articleStudy", () => {
  it("reads an HTML page as HTML: its declared publication date dates the event; it names each symbol's price feed", async () => {
    const text = readFileSync(shared("news", "xi-meets-tech-bosses.txt"), "utf8");
    const body = text
      .split(/\n\s*\n/)
      .map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`)
      .join("\n");
    const page = `<!DOCTYPE html><html><head><title>Xi meets tech bosses</title><meta property="article:published_time" content="2025-02-18T08:00:00+08:00"></head><body><article>${body}</article></body></html>`;
    const store = await openStore(join(dir, "store.duckdb"));
    try {
      const study = await articleStudy(page, store, { knowledge: loadKnowledge(), dataDir: shared("data") });
      expect(study.event.published).toBe("2025-02-18");
      expect(study.event.publishedSource).toBe("meta");
      expect(study.event.eventDate).toBe("2025-02-17");
      expect(Object.keys(study.priceSources)).toContain("9888.HK");
      expect(study.priceSources["^HSI"]).toBeDefined();
    } finally {
      store.close();
    }
  });
  it("refuses a feed, which holds several articles", async () => {
    const store = await openStore(join(dir, "feed.duckdb"));
    try {
      await expect(
        articleStudy(`<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>`, store, { knowledge: loadKnowledge() }),
      ).rejects.toThrow(/feed holds several articles/);
    } finally {
      store.close();
    }
  });
  it("says why a listing has no prices when its file was refused: the file, line and field", async () => {
    const data = join(dir, "data");
    mkdirSync(join(data, "hk"), { recursive: true });
    mkdirSync(join(data, "indices"), { recursive: true });
    copyFileSync(shared("data", "indices", "HSI.csv"), join(data, "indices", "HSI.csv"));
    writeFileSync(join(data, "hk", "9888.HK.csv"), "Price,Close\nTicker,9888.HK\nDate,\n2025-02-17,not-a-price\n");
    const event = {
      eventDate: "2025-02-17",
      companies: [
        {
          entityId: "baidu",
          name: "Baidu",
          role: "absent",
          evidence: ["…"],
          confidence: 1,
          via: [],
          listings: ["9888.HK"],
          inactiveListings: [],
          unlisted: false,
        },
      ],
    } as unknown as EventDocument;
    const store = await openStore(join(dir, "refused.duckdb"));
    try {
      const study = await studyEvent(event, store, { dataDir: data });
      expect(study.companies[0]!.reasons).toEqual([expect.stringMatching(/^9888\.HK: its price file was refused: .*9888\.HK\.csv:4/)]);
    } finally {
      store.close();
    }
  });
});

const company = (entityId: string, name: string, role: string, listings: string[]) => ({
  entityId,
  name,
  role,
  evidence: ["…"],
  confidence: 1,
  via: [],
  listings,
  inactiveListings: [],
  unlisted: false,
});
const eventOf = (eventDate: string, companies: ReturnType<typeof company>[], eventTime?: EventDocument["eventTime"]): EventDocument =>
  ({
    schema: "aftershock.event/1",
    title: "t",
    published: eventDate,
    publishedSource: "option",
    eventDate,
    eventDateResolution: { method: "publication", expression: "", evidence: "", precision: "day" },
    ...(eventTime === undefined ? {} : { eventTime }),
    companies,
    otherEntities: [],
    notes: [],
    extractor: "rules",
  }) as EventDocument;

describe.skipIf(!hasShared)("studyEvent on real prices", () => {
  it("studies companies read as mentioned as a group of their own (China's draft gaming rules, 22 December 2023)", async () => {
    const store = await openStore(join(dir, "gaming.duckdb"));
    try {
      const event = eventOf("2023-12-22", [
        company("netease", "NetEase", "mentioned", ["9999.HK", "NTES"]),
        company("tencent", "Tencent", "mentioned", ["0700.HK"]),
      ]);
      const study = await studyEvent(event, store, { dataDir: shared("data") });
      const ar0 = (symbol: string) => study.result.events.find((e) => e.security === symbol)!.days.find((d) => d.day === 0)!.ar;
      expect(ar0("9999.HK")).toBeLessThan(-0.2); // NetEase fell 24.6 % in Hong Kong
      expect(ar0("0700.HK")).toBeLessThan(-0.1); // Tencent 12.4 %
      expect(ar0("NTES")).toBeLessThan(-0.1);
      expect(study.result.groups.map((g) => [g.group, g.measured])).toEqual([
        ["all · HK", 2],
        ["mentioned · HK", 2],
        ["all · US", 1],
        ["mentioned · US", 1],
      ]);
      expect(study.headline).toMatch(
        /^In Hong Kong, mentioned companies fell [\d.]+ % relative to the Hang Seng Index on the day \(2 measured; Patell Z, p [<=] [\d.]+\)\. In the United States, mentioned companies fell/,
      );
    } finally {
      store.close();
    }
  });
  it("counts a company once per venue: a second listing there is measured and shown, not grouped", async () => {
    const store = await openStore(join(dir, "dual.duckdb"));
    try {
      // Two Hong Kong lines of one issuer (a made-up pairing of two real series, to exercise the rule).
      const event = eventOf("2025-02-17", [company("baidu", "Baidu", "absent", ["9888.HK", "9618.HK"]), company("tencent", "Tencent", "present", ["0700.HK"])]);
      const study = await studyEvent(event, store, { dataDir: shared("data") });
      expect(study.result.events.map((e) => [e.security, e.group ?? null, e.status])).toEqual([
        ["9888.HK", "absent", "ok"],
        ["0700.HK", "present", "ok"],
        ["9618.HK", null, "ok"],
      ]);
      expect(study.result.groups.find((g) => g.group === "absent")!.measured).toBe(1);
      expect(study.result.groups.find((g) => g.group === "all")!.measured).toBe(2);
      expect(study.companies[0]!.notes).toEqual(["9618.HK: a second listing in Hong Kong, shown beside 9888.HK but not counted in the groups"]);
    } finally {
      store.close();
    }
  });
  it("measures news after the Hong Kong close on the next session (Meituan's fine, Friday 8 October 2021, 17:00)", async () => {
    const store = await openStore(join(dir, "meituan.duckdb"));
    try {
      const meituan = [company("meituan", "Meituan", "target", ["3690.HK"])];
      const timed = await studyEvent(
        eventOf("2021-10-08", meituan, { dateTime: "2021-10-08T17:00+08:00", evidence: "after the market closed on Friday", precision: "hour" }),
        store,
        { dataDir: shared("data") },
      );
      const e = timed.result.events[0]!;
      expect(e.day0).toBe("2021-10-11");
      expect(e.days.find((d) => d.day === 0)!.ar).toBeGreaterThan(0.03); // +8.3 % close to close on Monday, the Hang Seng Index +2.0 %
      expect(timed.timing.listings).toEqual([
        {
          eventId: "meituan@3690.HK",
          symbol: "3690.HK",
          exchange: "XHKG",
          timeZone: "Asia/Hong_Kong",
          local: "2021-10-08 17:00",
          rule: "after-close",
          day0: "2021-10-11",
        },
      ]);
      expect(timed.result.conventions.windows).toEqual([
        [0, 0],
        [-1, 1],
        [0, 5],
      ]);

      const untimed = await studyEvent(eventOf("2021-10-08", meituan), store, { dataDir: shared("data") });
      expect(untimed.result.events[0]!.day0).toBe("2021-10-08");
      expect(untimed.timing.basis).toMatch(/^time unknown: day 0 is the event date/);
      expect(untimed.timing.listings[0]!.rule).toBe("date-only");
      expect(untimed.result.conventions.windows).toContainEqual([0, 1]);
    } finally {
      store.close();
    }
  });
});

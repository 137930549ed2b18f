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
    const body = text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`).join("\n");
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
      await expect(articleStudy(`<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>`, store, { knowledge: loadKnowledge() })).rejects.toThrow(/feed holds several articles/);
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
      companies: [{ entityId: "baidu", name: "Baidu", role: "absent", evidence: ["…"], confidence: 1, via: [], listings: ["9888.HK"], inactiveListings: [], unlisted: false }],
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

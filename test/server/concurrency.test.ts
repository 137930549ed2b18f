/**
 * 200 studies at once against a real server on loopback: every one must succeed, each under its own
 * id, and the store must hold exactly what one import and 200 studies put there. Latency percentiles
 * are printed, not asserted (they depend on the machine).
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/data/store/index.js";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { importPaths } from "../../src/pipeline/importPaths.js";
import { serve } from "../../src/server/index.js";
import { studyResponseSchema } from "../../src/server/schemas.js";
import { removeTempDirs, syntheticDataDir, syntheticEvent, tempDir, testKnowledge } from "./helpers.js";

afterAll(removeTempDirs);

const REQUESTS = 200;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe("concurrency", () => {
  it(`answers ${REQUESTS} concurrent POST /api/studies with 201 and keeps the store consistent`, { timeout: 300_000 }, async () => {
    const dataDir = syntheticDataDir();
    const storeFile = join(tempDir(), "store.duckdb");
    // What a single import of the data folder stores, for comparison.
    const reference = await openStore(":memory:");
    await importPaths(reference, [dataDir]);
    const expected = await reference.counts();
    reference.close();

    // A queue long enough for every request: this test is about consistency (the bound is jobPool.test.ts's).
    const limits = { ...DEFAULT_LIMITS, queuedJobs: REQUESTS };
    const running = await serve({
      host: "127.0.0.1",
      port: 0,
      store: storeFile,
      knowledge: testKnowledge(),
      dataDir,
      newsDir: tempDir(),
      limits,
      logError: (m, e) => console.error(m, e),
    });
    try {
      expect(running.port).toBeGreaterThan(0);
      const before = await running.store.counts();
      const body = JSON.stringify({ event: syntheticEvent() });
      const latencies: number[] = [];
      const started = performance.now();
      const responses = await Promise.all(
        Array.from({ length: REQUESTS }, async () => {
          const t0 = performance.now();
          const res = await fetch(`${running.url}/api/studies`, { method: "POST", headers: { "Content-Type": "application/json" }, body });
          const json: unknown = await res.json();
          latencies.push(performance.now() - t0);
          return { status: res.status, json };
        }),
      );
      const wall = performance.now() - started;
      latencies.sort((a, b) => a - b);
      console.log(
        `${REQUESTS} concurrent POST /api/studies: p50 ${percentile(latencies, 50).toFixed(0)} ms, p90 ${percentile(latencies, 90).toFixed(0)} ms, ` +
          `p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms; wall ${wall.toFixed(0)} ms (${((REQUESTS / wall) * 1000).toFixed(1)} studies/s)`,
      );

      const failed = responses.filter((r) => r.status !== 201);
      expect(failed.map((r) => [r.status, JSON.stringify(r.json).slice(0, 200)])).toEqual([]);
      const studies = responses.map((r) => studyResponseSchema.parse(r.json));
      expect(new Set(studies.map((s) => s.id)).size).toBe(REQUESTS);
      // Same event, same prices: the same numbers every time.
      const headlines = new Set(studies.map((s) => s.headline));
      expect(headlines.size).toBe(1);

      const after = await running.store.counts();
      expect(after.studies).toBe(before.studies + REQUESTS);
      expect(after.prices).toBe(expected.prices);
      expect(after.securities).toBe(expected.securities);

      // A few come back intact by id.
      for (const s of [studies[0]!, studies[REQUESTS >> 1]!, studies.at(-1)!]) {
        const res = await fetch(`${running.url}/api/studies/${s.id}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual(s);
      }
    } finally {
      await running.close();
    }
    // serve() opened the store file, so close() closed it: it opens again, with every study in it.
    const reopened = await openStore(storeFile);
    expect((await reopened.counts()).studies).toBe(REQUESTS);
    reopened.close();
  });
});

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { serve, type RunningServer } from "../../src/server/index.js";
import { importDirectoryFolder } from "../../src/pipeline/securitiesDirectory.js";
import { removeTempDirs, syntheticDataDir, syntheticEvent, tempDir, testKnowledge, type ErrorBody } from "./helpers.js";

const ARTICLE =
  "Tech bosses meet Xi\n\nXi Jinping met the heads of China's biggest technology companies on Monday. Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.\n";
const DIRECTORY_FIXTURE = fileURLToPath(new URL("../../src/data/directory/fixtures/directory/", import.meta.url));
const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running.splice(0)) await s.close();
  removeTempDirs();
});

async function start(limits = DEFAULT_LIMITS, threads = 1): Promise<RunningServer> {
  const server = await serve({
    port: 0,
    store: join(tempDir(), "store.duckdb"),
    knowledge: testKnowledge(),
    dataDir: syntheticDataDir(),
    newsDir: tempDir(),
    webDir: tempDir(),
    limits,
    threads,
    logError: () => undefined,
  });
  running.push(server);
  return server;
}

function post(server: RunningServer, path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

describe("extractions and studies on worker threads", () => {
  it("give what the request thread gives: the event, the stored study, and input errors as 400", async () => {
    const server = await start();
    const extracted = await post(server, "/api/events/extract", { text: ARTICLE, published: "2025-02-18" });
    expect(extracted.status).toBe(200);
    const event = (await extracted.json()) as { eventDate: string; companies: { entityId: string; role: string }[] };
    expect(event.eventDate).toBe("2025-02-17");
    expect(event.companies.map((c) => [c.entityId, c.role]).sort()).toEqual([
      ["baidu", "absent"],
      ["tencent", "present"],
    ]);
    const study = await post(server, "/api/studies", { event: syntheticEvent() });
    expect(study.status).toBe(201);
    const body = (await study.json()) as { id: number; headline: string };
    const again = await fetch(`${server.url}/api/studies/${body.id}`);
    expect(((await again.json()) as { headline: string }).headline).toBe(body.headline);
    const bad = await post(server, "/api/events/extract", { text: "no company here at all, on Monday.", published: "2025-02-18" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe("invalid_input");
  });

  it("study prices imported after the worker's first job, and link over a directory imported after its first extraction", async () => {
    const server = await start();
    const event = syntheticEvent();
    for (const company of event.companies) {
      // Each study needs a listing no earlier study imported.
      const study = await post(server, "/api/studies", { event: { ...event, companies: [company] } });
      expect(study.status, company.entityId).toBe(201);
      const body = (await study.json()) as { result: { events: { security: string; status: string }[] } };
      expect(body.result.events.map((e) => [e.security, e.status])).toEqual([[company.listings[0], "ok"]]);
    }
    const text = "TransUnion shares fall\n\nTransUnion (NYSE: TRU) said on Tuesday that a breach exposed customer records.";
    const listings = async (): Promise<string[]> => {
      const res = await post(server, "/api/events/extract", { text, published: "2023-03-08", format: "text" });
      return ((await res.json()) as { companies: { listings: string[] }[] }).companies.flatMap((c) => c.listings);
    };
    expect(await listings()).not.toContain("TRU");
    await importDirectoryFolder(server.store, DIRECTORY_FIXTURE);
    expect(await listings()).toContain("TRU");
  });

  it("stop a job past its time limit with 422 naming the setting, and keep serving", async () => {
    const server = await start({ ...DEFAULT_LIMITS, jobMilliseconds: 1 });
    const res = await post(server, "/api/events/extract", { text: ARTICLE.repeat(50), published: "2025-02-18" });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error).toEqual({
      code: "job_time_limit",
      message: "the extraction took longer than 0.001 s and was stopped (AFTERSHOCK_LIMIT_JOB_MILLISECONDS)",
    });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it("answer 503 with Retry-After when the queue is full, never 500", async () => {
    const server = await start({ ...DEFAULT_LIMITS, queuedJobs: 1 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(server, "/api/events/extract", { text: ARTICLE, published: "2025-02-18" })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    const busy = answers.find((r) => r.status === 503)!;
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(((await busy.json()) as ErrorBody).error.code).toBe("busy");
  });
});

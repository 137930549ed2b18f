/**
 * Load on the HTTP API, on loopback only: a server is started in its own process on a fresh store
 * and synthetic prices, warmed with one request of each kind, then sent a burst of concurrent mixed
 * requests (extract, create a study, read a study, search securities, and a few hostile articles)
 * while /api/health is probed every 50 ms. Bounded in count (at most 5,000 requests) and in time
 * (each request gives up after 120 s).
 *
 *   npm run load                       # 500 requests
 *   npm run load -- 200                # another count
 *   npm run load -- --trace-stalls     # also what blocks the server's request thread (src/server/stallTrace.ts)
 *   npm run load -- --cpu-prof         # also a CPU profile of the server process (node --cpu-prof), its folder printed
 *
 * Prints status counts per route, latency percentiles, /api/health latency, and the server's
 * resident memory at the start, at its peak, and 5 s and 60 s after the run. Asserts nothing.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Stall } from "../src/server/stallTrace.js";
import { syntheticDataDir, syntheticEvent, tempDir, removeTempDirs } from "../test/server/helpers.js";
import { repoRoot } from "../test/support/paths.js";
import { deepDivs, inventedNames } from "./hostileArticles.js";

const MAX_REQUESTS = 5_000;
const REQUEST_TIMEOUT_MS = 120_000;
const args = process.argv.slice(2);
const count = Math.min(MAX_REQUESTS, Number(args.find((a) => /^\d+$/.test(a)) ?? 500) || 500);
const traceStalls = args.includes("--trace-stalls");
const profileDir = args.includes("--cpu-prof") ? mkdtempSync(join(tmpdir(), "aftershock-profile-")) : undefined;

const ARTICLE =
  "Tech bosses meet Xi\n\nXi Jinping met the heads of China's biggest technology companies on Monday. Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.\n";

/** Probes a URL every 50 ms until its standard input closes, then prints the latencies (ms) as JSON. */
const PROBE = `
const url = process.argv[1];
const out = [];
let on = true;
process.stdin.on("data", () => {});
process.stdin.on("end", () => (on = false));
(async () => {
  while (on) {
    const t0 = performance.now();
    const res = await fetch(url).catch(() => undefined);
    if (res) await res.arrayBuffer();
    out.push(res && res.status === 200 ? performance.now() - t0 : 1e9);
    await new Promise((done) => setTimeout(done, 50));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A thread's CPU time and time spent waiting for a CPU, in ms (Linux schedstat), undefined elsewhere. */
function schedMs(pid: number, tid: number): { run: number; wait: number } | undefined {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").trim().split(/\s+/).map(Number);
    return run === undefined || wait === undefined ? undefined : { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}

/** The server process's resident memory in MB (Linux /proc), NaN elsewhere. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

const dataDir = syntheticDataDir();
const profile = profileDir === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", profileDir];
const server = spawn(
  process.execPath,
  [
    ...profile,
    "--import",
    "tsx",
    "src/cli/main.ts",
    "serve",
    "--host",
    "127.0.0.1",
    "--port",
    "0",
    "--store",
    join(tempDir(), "load.duckdb"),
    "--data",
    dataDir,
    "--news",
    tempDir(),
  ],
  {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_NO_WARNINGS: "1", ...(traceStalls ? { AFTERSHOCK_TRACE_STALLS: "1" } : {}) },
  },
);
/** The stall trace's lines as they arrive (stallTrace.ts), with when (performance.now() here). */
const stallLines: { readonly at: number; readonly line: string }[] = [];
let stderrTail = "";
server.stderr.on("data", (d: Buffer) => {
  const lines = (stderrTail + d.toString()).split("\n");
  stderrTail = lines.pop()!;
  for (const line of lines) if (line.startsWith("stall")) stallLines.push({ at: performance.now(), line });
});
const url = await new Promise<string>((ready, fail) => {
  let text = "";
  server.stderr.on("data", (d: Buffer) => {
    text += d.toString();
    const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
    if (m) ready(m[1]!);
  });
  server.once("exit", (code) => fail(new Error(`the server exited with ${code}: ${text}`)));
});
if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`not loopback: ${url}`);

type Route = "extract" | "hostile extract" | "create study" | "read study" | "search";
async function call(route: Route, studyId: number, i: number): Promise<{ route: Route; status: number; ms: number }> {
  const t0 = performance.now();
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  let status: number;
  try {
    const res =
      route === "extract"
        ? await post("/api/events/extract", { text: ARTICLE, published: "2025-02-18" })
        : route === "hostile extract"
          ? await post("/api/events/extract", {
              text: i % 2 === 0 ? deepDivs(30_000) : inventedNames(1_000, i),
              published: "2025-02-18",
              format: i % 2 === 0 ? "html" : "text",
            })
          : route === "create study"
            ? await post("/api/studies", { event: syntheticEvent() })
            : route === "read study"
              ? await fetch(`${url}/api/studies/${studyId}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
              : await fetch(`${url}/api/securities?q=${["tencent", "baidu", "ali", "0700", "jd"][i % 5]}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.arrayBuffer();
    status = res.status;
  } catch {
    status = 0;
  }
  return { route, status, ms: performance.now() - t0 };
}

try {
  // Warm-up: the worker threads load the extractor and open the store; the prices are imported.
  const warm = await call("create study", 0, 0);
  const created = await fetch(`${url}/api/studies`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ event: syntheticEvent() }),
  });
  const studyId = ((await created.json()) as { id: number }).id;
  await call("extract", studyId, 0);
  await call("search", studyId, 0);
  const startMb = rssMb(server.pid!);
  console.log(`server ${url} (pid ${server.pid}); warm-up study ${warm.status} in ${warm.ms.toFixed(0)} ms; memory at start ${startMb.toFixed(0)} MB`);

  // The health probe runs in its own process, so that the load generator's busy event loop does not
  // add to the latency it measures (as a monitor on another machine would see it).
  const prober = spawn(process.execPath, ["-e", PROBE, `${url}/api/health`], { stdio: ["pipe", "pipe", "inherit"] });
  let probeOut = "";
  prober.stdout.on("data", (d: Buffer) => (probeOut += d.toString()));
  let peakMb = startMb;
  const memory = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.pid!))), 100);

  const routes: Route[] = ["extract", "create study", "read study", "search"];
  const started = performance.now();
  const stallsBefore = stallLines.length;
  const schedBefore = schedMs(server.pid!, server.pid!);
  const results = await Promise.all(Array.from({ length: count }, (_, i) => call(i % 50 === 49 ? "hostile extract" : routes[i % routes.length]!, studyId, i)));
  const wall = performance.now() - started;
  const ended = performance.now();
  const schedAfter = schedMs(server.pid!, server.pid!);
  clearInterval(memory);
  prober.stdin.end();
  await new Promise((done) => prober.once("exit", done));
  const health = JSON.parse(probeOut) as number[];

  console.log(`${count} concurrent requests in ${(wall / 1000).toFixed(1)} s`);
  for (const route of [...new Set(results.map((r) => r.route))]) {
    const mine = results.filter((r) => r.route === route);
    const statuses = new Map<number, number>();
    for (const r of mine) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    const ms = mine.map((r) => r.ms).sort((a, b) => a - b);
    const counts = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s === 0 ? "no answer" : s}: ${n}`)
      .join(", ");
    console.log(
      `  ${route.padEnd(16)} ${String(mine.length).padStart(4)} requests; ${counts}; p50 ${percentile(ms, 50).toFixed(0)} ms, p90 ${percentile(ms, 90).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
  }
  const all = new Map<number, number>();
  for (const r of results) all.set(r.status, (all.get(r.status) ?? 0) + 1);
  const fiveHundreds = results.filter((r) => r.status >= 500 && r.status !== 503).length;
  console.log(
    `  statuses: ${[...all]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s === 0 ? "no answer" : s} ×${n}`)
      .join(", ")}; 5xx other than 503: ${fiveHundreds}`,
  );
  const h = [...health].sort((a, b) => a - b);
  console.log(
    `/api/health during the run: ${h.length} probes, p50 ${percentile(h, 50).toFixed(1)} ms, p99 ${percentile(h, 99).toFixed(1)} ms, max ${h.at(-1)!.toFixed(1)} ms`,
  );

  // Memory after the run, 5 s and a minute later: the worker threads' heaps are collected only once they have been idle a while.
  const change = (mb: number): string => `${mb.toFixed(0)} MB (${Math.round(((mb - startMb) / startMb) * 100) || 0} % from the start)`;
  await new Promise((done) => setTimeout(done, 5_000));
  const soonMb = rssMb(server.pid!);
  await new Promise((done) => setTimeout(done, 55_000));
  const laterMb = rssMb(server.pid!);
  if (schedBefore !== undefined && schedAfter !== undefined) {
    // Time the request thread was ready to run but had no CPU: the machine's other threads (the pool's, other processes) had it.
    console.log(
      `server request thread during the run: ${(schedAfter.run - schedBefore.run).toFixed(0)} ms on a CPU, ${(schedAfter.wait - schedBefore.wait).toFixed(0)} ms waiting for one`,
    );
  }
  if (traceStalls) {
    // The blocks of the server's request thread seen during the run, longest first, with what ran in them.
    const during = stallLines.slice(stallsBefore).filter((s) => s.at <= ended + 1_000 && s.line.startsWith("stall "));
    const stalls = during.map((s) => JSON.parse(s.line.slice("stall ".length)) as Stall).sort((a, b) => b.ms - a.ms);
    console.log(`request-thread blocks over 50 ms during the run: ${stalls.length}, total ${stalls.reduce((t, s) => t + s.ms, 0)} ms`);
    for (const s of stalls.slice(0, 15)) {
      const marks = s.marks.map(([at, what]) => `+${at} ${what}`).join("; ");
      const gcs = s.gcs.map(([at, kind, ms]) => `+${at} gc ${kind} ${ms} ms`).join("; ");
      console.log(`  ${String(s.ms).padStart(5)} ms at ${(s.at / 1000).toFixed(1)} s: ${[marks, gcs].filter((t) => t !== "").join(" | ") || "no marks"}`);
    }
  }
  console.log(
    `server memory: start ${startMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB, 5 s after the run ${change(soonMb)}, 60 s after ${change(laterMb)}`,
  );
} finally {
  server.kill("SIGTERM");
  await new Promise((done) => server.once("exit", done));
  const summary = stallLines.find((s) => s.line.startsWith("stall-summary "));
  if (summary !== undefined) console.log(`request thread over the server's life: ${summary.line.slice("stall-summary ".length)}`);
  if (profileDir !== undefined) console.log(`CPU profiles of the server (main thread and workers): ${profileDir}`);
  removeTempDirs();
}

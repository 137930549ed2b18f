import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoDate, dayNumber, weekday } from "../../src/calendar/days.js";
import { openStore, type Store } from "../../src/data/store/index.js";
import { EVENT_SCHEMA, type EventDocument } from "../../src/news/index.js";
import { loadKnowledge, type LoadedKnowledge } from "../../src/news/knowledge/loadKnowledge.js";
import { createApp, type AppDeps } from "../../src/server/index.js";
import { present, shared } from "../support/paths.js";
import { seededUniform } from "../support/seededUniform.js";

export const SHARED_DATA = shared("data");
const SHARED_NEWS = shared("news");
export const HAVE_SHARED = present(existsSync(SHARED_DATA) && existsSync(join(SHARED_NEWS, "xi-meets-tech-bosses.txt")), "../shared/data and ../shared/news");

const dirs: string[] = [];
export function tempDir(prefix = "aftershock-server-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let knowledge: LoadedKnowledge | undefined;
export function testKnowledge(): LoadedKnowledge {
  knowledge ??= loadKnowledge();
  return knowledge;
}

const random = seededUniform;

/** Weekday closes from 2023-06-01 to 2025-03-31 in the date,open,close,volume layout. */
export function syntheticCsv(seed: number, shockOn?: { date: string; move: number }): string {
  const next = random(seed);
  const lines = ["date,open,close,volume"];
  let close = 100;
  for (let d = dayNumber("2023-06-01"); d <= dayNumber("2025-03-31"); d++) {
    if (weekday(d) === 0 || weekday(d) === 6) continue;
    const date = isoDate(d);
    const open = close;
    close = close * (1 + (next() - 0.5) * 0.03 + (shockOn?.date === date ? shockOn.move : 0));
    lines.push(`${date},${open.toFixed(4)},${close.toFixed(4)},${Math.round(1e6 + next() * 1e6)}`);
  }
  return lines.join("\n") + "\n";
}

/** A data folder like shared/data: hk/9888.HK.csv, hk/0700.HK.csv, hk/9988.HK.csv, indices/HSI.csv. */
export function syntheticDataDir(): string {
  const dir = tempDir("aftershock-data-");
  mkdirSync(join(dir, "hk"));
  mkdirSync(join(dir, "indices"));
  writeFileSync(join(dir, "hk", "9888.HK.csv"), syntheticCsv(1, { date: "2025-02-17", move: -0.07 }));
  writeFileSync(join(dir, "hk", "0700.HK.csv"), syntheticCsv(2, { date: "2025-02-17", move: 0.04 }));
  writeFileSync(join(dir, "hk", "9988.HK.csv"), syntheticCsv(3, { date: "2025-02-17", move: 0.03 }));
  writeFileSync(join(dir, "indices", "HSI.csv"), syntheticCsv(4));
  return dir;
}

function company(entityId: string, name: string, role: "present" | "absent", listings: string[]): EventDocument["companies"][number] {
  return {
    entityId,
    name,
    role,
    evidence: [`${name} was ${role === "present" ? "at" : "missing from"} the meeting.`],
    confidence: 0.9,
    via: [],
    listings,
    inactiveListings: [],
    unlisted: false,
  };
}

/** A hand-made event document: Baidu absent, Tencent and Alibaba present, on 2025-02-17. */
export function syntheticEvent(): EventDocument {
  return {
    schema: EVENT_SCHEMA,
    title: "Xi meets tech bosses",
    published: "2025-02-18",
    publishedSource: "option",
    eventDate: "2025-02-17",
    eventDateResolution: { method: "relative", expression: "on Monday", evidence: "Xi met the bosses on Monday.", precision: "day" },
    companies: [
      company("baidu", "Baidu", "absent", ["9888.HK"]),
      company("tencent", "Tencent", "present", ["0700.HK"]),
      company("alibaba", "Alibaba", "present", ["9988.HK"]),
    ],
    otherEntities: [],
    notes: [],
    extractor: "rules",
  };
}

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly errors: unknown[];
}

/** An app on a fresh store (in memory unless a file is given); unexpected errors are collected instead of printed. */
export async function testApp(deps: Partial<Omit<AppDeps, "store">> = {}, storeFile = ":memory:"): Promise<TestApp> {
  const store = await openStore(storeFile);
  const errors: unknown[] = [];
  const app = createApp({
    knowledge: testKnowledge(),
    logError: (_m, e) => errors.push(e),
    newsDir: tempDir(),
    webDir: join(tempDir(), "none"),
    ...deps,
    store,
  });
  return { app, store, errors };
}

export function postJson(app: TestApp["app"], path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

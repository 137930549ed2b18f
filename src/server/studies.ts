/**
 * Studies through the API: run an event document (as extracted, or edited by the user) through the
 * main job, keep what was asked and what came of it in the store, and give it back by id.
 */
import type { Store } from "../data/store/index.js";
import { articleCharts } from "../pipeline/articleReport.js";
import type { ArticleStudy, StudyEventOptions } from "../pipeline/articleStudy.js";
import { ensurePrices } from "../pipeline/ensurePrices.js";
import { planStudy } from "../pipeline/studyPlan.js";
import { ApiError } from "./errors.js";
import type { JobRunner } from "./jobPool.js";
import type { Lock } from "./lock.js";
import type { StudyPayload, StudyRequest, StudyResponse } from "./schemas.js";

export interface StudyContext {
  readonly store: Store;
  readonly dataDir?: string | undefined;
  /** Serialises imports of missing prices, so that concurrent studies of one event import them once. */
  readonly importLock: Lock;
  /** Where the study runs (a worker thread, or inline). */
  readonly jobs: Pick<JobRunner, "run">;
}

/** What is stored in the `spec` column. */
export interface StudySpec {
  readonly event: StudyRequest["event"];
  readonly options: NonNullable<StudyRequest["options"]>;
}

/** The study's options as plain data, so that they cross to the worker thread. */
function eventOptions(request: StudyRequest, dataDir: string | undefined): StudyEventOptions {
  const o = request.options ?? {};
  return {
    ...(o.model === undefined ? {} : { model: o.model }),
    ...(o.windows === undefined ? {} : { windows: o.windows }),
    ...(o.estimation === undefined ? {} : { estimation: o.estimation }),
    ...(o.benchmark === undefined ? {} : { benchmark: o.benchmark }),
    ...(dataDir === undefined ? {} : { dataDir }),
  };
}

/**
 * Makes sure the prices the study needs are in the store before it runs: missing ones are imported
 * from the data folder under the import lock (a request that finds them stored does not wait), and a
 * venue whose benchmark has no prices at all is refused with 422.
 */
async function preparePrices(ctx: StudyContext, request: StudyRequest): Promise<void> {
  const benchmark = request.options?.benchmark;
  const plan = planStudy(request.event, benchmark === undefined ? {} : { benchmark });
  const symbols = plan.venues.flatMap((v) => [v.benchmark, ...v.securities.map((s) => s.symbol)]);
  let stored = new Set(await ctx.store.symbols());
  if (symbols.every((s) => stored.has(s))) return;
  if (ctx.dataDir !== undefined) {
    const dataDir = ctx.dataDir;
    await ctx.importLock.run(() => ensurePrices(ctx.store, symbols, dataDir));
    stored = new Set(await ctx.store.symbols());
  }
  for (const venue of plan.venues) {
    if (venue.securities.some((s) => stored.has(s.symbol)) && !stored.has(venue.benchmark)) {
      throw missingBenchmark(venue.benchmark, venue.venue, benchmark !== undefined);
    }
  }
}

function missingBenchmark(symbol: string, venue: string, chosen: boolean): ApiError {
  return new ApiError(422, "missing_prices", `no prices for the benchmark ${symbol} of ${venue}: import them first (POST /api/prices/import)`, [
    { path: chosen ? "options.benchmark" : "event.companies", message: `${symbol} has no prices in the store` },
  ]);
}

/** The response body of a study, less its id and creation time: plain JSON (NaN → null). */
export function studyPayload(study: ArticleStudy): StudyPayload {
  const payload = {
    headline: study.headline,
    event: study.event,
    companies: study.companies,
    timing: study.timing,
    result: study.result,
    charts: articleCharts(study),
  };
  return JSON.parse(JSON.stringify(payload)) as StudyPayload;
}

/** Runs, saves and answers a study. */
export async function createStudy(ctx: StudyContext, request: StudyRequest): Promise<StudyResponse> {
  await preparePrices(ctx, request);
  const out = await ctx.jobs.run({ kind: "study", event: request.event, options: eventOptions(request, ctx.dataDir) });
  if ("failed" in out) {
    const { failed } = out;
    if (failed.kind === "missing-benchmark") throw missingBenchmark(failed.benchmark, failed.venue, failed.chosen);
    throw new ApiError(400, "invalid_study", failed.message, "issues" in failed ? failed.issues : undefined);
  }
  const payload = out.payload;
  const spec: StudySpec = { event: request.event, options: request.options ?? {} };
  const created = new Date();
  const id = await ctx.store.saveStudy(spec, payload, created);
  return { id, createdAt: created.toISOString(), ...payload };
}

/** A saved study as POST /api/studies answered it; 404 when there is none. */
export async function loadStudy(store: Store, id: number): Promise<StudyResponse> {
  const saved = await store.loadStudy(id);
  if (saved === undefined || saved.result === null) throw ApiError.notFound(`no study ${id}`);
  return { id: saved.id, createdAt: saved.created, ...(saved.result as StudyPayload) };
}

/**
 * Studies through the API: run an event document (as extracted, or edited by the user) through the
 * main job, keep what was asked and what came of it in the store, and give it back by id.
 */
import type { Store } from "../data/store/index.js";
import { articleJob } from "../pipeline/articleJob.js";
import { articleCharts } from "../pipeline/articleReport.js";
import { MissingBenchmarkError, type ArticleStudy, type StudyEventOptions } from "../pipeline/articleStudy.js";
import { StudyInputError } from "../study/studyInputError.js";
import { ApiError } from "./errors.js";
import type { Lock } from "./lock.js";
import type { StudyPayload, StudyRequest, StudyResponse } from "./schemas.js";

export interface StudyContext {
  readonly store: Store;
  readonly dataDir?: string | undefined;
  /** Serialises imports of missing prices, so that concurrent studies of one event import them once. */
  readonly importLock: Lock;
}

/** What is stored in the `spec` column. */
export interface StudySpec {
  readonly event: StudyRequest["event"];
  readonly options: NonNullable<StudyRequest["options"]>;
}

function eventOptions(ctx: StudyContext, request: StudyRequest): StudyEventOptions {
  const o = request.options ?? {};
  return {
    ...(o.model === undefined ? {} : { model: o.model }),
    ...(o.windows === undefined ? {} : { windows: o.windows }),
    ...(o.estimation === undefined ? {} : { estimation: o.estimation }),
    ...(o.benchmark === undefined ? {} : { benchmark: o.benchmark }),
    ...(ctx.dataDir === undefined ? {} : { dataDir: ctx.dataDir }),
    serialiseImports: (run) => ctx.importLock.run(run),
  };
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
  let study: ArticleStudy;
  try {
    ({ study } = await articleJob({ event: request.event }, ctx.store, eventOptions(ctx, request)));
  } catch (e) {
    if (e instanceof MissingBenchmarkError) {
      throw new ApiError(422, "missing_prices", `no prices for the benchmark ${e.benchmark} of ${e.venue}: import them first (POST /api/prices/import)`, [
        { path: e.chosen ? "options.benchmark" : "event.companies", message: `${e.benchmark} has no prices in the store` },
      ]);
    }
    if (e instanceof StudyInputError) throw new ApiError(400, "invalid_study", e.message, e.issues);
    if (e instanceof RangeError) throw new ApiError(400, "invalid_study", e.message);
    throw e;
  }
  const payload = studyPayload(study);
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

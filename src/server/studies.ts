/**
 * Studies through the API: an event document (as extracted, or edited by the user) made into a stored
 * study by the pipeline (src/pipeline/storedStudy.ts), its refusals answered as 400 or 422, and a
 * stored study given back by id.
 */
import type { Store } from "../data/store/index.js";
import { MissingBenchmarkError, StudyInputError } from "../pipeline/errors.js";
import { createStoredStudy, readStoredStudy, readStoredStudyJson } from "../pipeline/storedStudy.js";
import { createEventListStudy, type EventList, type EventListOptions } from "../pipeline/eventListStudy.js";
import { ApiError, apiErrorOf } from "./errors.js";
import type { JobRunner } from "./jobPool.js";
import type { Lock } from "./lock.js";
import { stallMark } from "./stallTrace.js";
import { storedStudyPayloadSchema, storedStudySpecSchema, type StudyRequest, type StudyResponse } from "./schemas.js";

export interface StudyContext {
  readonly store: Store;
  readonly dataDir?: string | undefined;
  /** Serialises imports of missing prices, so that concurrent studies of one event import them once. */
  readonly importLock: Lock;
  /** Where the study runs (a worker thread, or inline). */
  readonly jobs: Pick<JobRunner, "run">;
}

function missingBenchmark(symbol: string, venue: string, chosen: boolean): ApiError {
  return new ApiError(422, "missing_prices", `no prices for the benchmark ${symbol} of ${venue}: import them first (POST /api/prices/import)`, [
    { path: chosen ? "options.benchmark" : "event.companies", message: `${symbol} has no prices in the store` },
  ]);
}

/**
 * Runs and saves a study; its id and the answer's JSON text (a StudyResponse: the study's JSON as the
 * worker wrote it, with the id and creation time before it, never parsed on this thread).
 */
export async function createStudy(ctx: StudyContext, request: StudyRequest): Promise<{ id: number; json: Uint8Array<ArrayBuffer> }> {
  try {
    return await createStoredStudy(
      {
        store: ctx.store,
        dataDir: ctx.dataDir,
        serialiseImports: (run) => ctx.importLock.run(run),
        runStudy: async (event, options) => {
          stallMark("study: prices read, job sent");
          const out = await ctx.jobs.run({ kind: "study", event, options });
          if ("failed" in out) {
            const { failed } = out;
            if (failed.kind === "missing-benchmark") throw missingBenchmark(failed.benchmark, failed.venue, failed.chosen);
            throw apiErrorOf(failed, "invalid_study");
          }
          return out.json;
        },
      },
      request,
    );
  } catch (e) {
    if (e instanceof MissingBenchmarkError) throw missingBenchmark(e.benchmark, e.venue, e.chosen);
    if (e instanceof StudyInputError) throw new ApiError(400, "invalid_study", e.message, e.issues);
    throw e;
  }
}

/** Runs and saves the study of an uploaded event list (read and checked already); its id and JSON text, as createStudy's. */
export async function createListStudy(ctx: StudyContext, list: EventList, options: EventListOptions): Promise<{ id: number; json: Uint8Array<ArrayBuffer> }> {
  try {
    return await createEventListStudy(
      {
        store: ctx.store,
        dataDir: ctx.dataDir,
        serialiseImports: (run) => ctx.importLock.run(run),
        runStudy: async (events, panel, opts) => {
          const out = await ctx.jobs.run({ kind: "event-list", list: events, panel, options: opts });
          if ("failed" in out)
            throw apiErrorOf(out.failed.kind === "missing-benchmark" ? { ...out.failed, code: "missing-benchmark" } : out.failed, "invalid_study");
          return out.json;
        },
      },
      list,
      options,
    );
  } catch (e) {
    if (e instanceof StudyInputError) throw new ApiError(400, "invalid_study", e.message, e.issues);
    throw e;
  }
}

/** A saved study's answer as JSON in UTF-8, as it is stored (a StudyResponse); 404 when there is none. */
export async function loadStudyJson(store: Store, id: number): Promise<Uint8Array<ArrayBuffer>> {
  const json = await readStoredStudyJson(store, id);
  if (json === undefined) throw ApiError.notFound(`no study ${id}`);
  return json;
}

/** A saved study as POST /api/studies answered it; 404 when there is none. */
export async function loadStudy(store: Store, id: number): Promise<StudyResponse> {
  const saved = await readStoredStudy(store, id, { spec: storedStudySpecSchema, result: storedStudyPayloadSchema });
  if (saved === undefined || saved.result === null) throw ApiError.notFound(`no study ${id}`);
  return { id: saved.id, createdAt: saved.created, ...saved.result };
}

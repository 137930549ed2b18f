/**
 * The server's CPU-bound work as jobs with plain-data inputs and outputs, so that they can run on a
 * worker thread (the server's pool, src/server/jobPool.ts) or, for a store held in memory, inline: extracting an event from an
 * article, running a study of an event document into the payload the API answers with, and ranking
 * the knowledge base's entities for a security search.
 *
 * Errors a user can act on come back as data (`{ failed }`), since an error's class does not cross
 * a thread: the face answers them by their code.
 */
import { AftershockError, type ErrorCode } from "../shared/errors.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { extractEvent } from "../news/extractEvent.js";
import type { EventDocument } from "../news/eventDocument.js";
import type { InputFormat } from "../news/inputFormat.js";
import { StudyInputError, type StudyIssue } from "../study/studyInputError.js";
import { MissingBenchmarkError, studyPrepared, type PreparedPrices, type StudyEventOptions } from "./articleStudy.js";
import { SecurityRanking } from "./securityRanking.js";
import { openSharedDirectory, type SharedDirectory } from "./securitiesDirectory.js";
import { studyJsonText } from "./storedStudy.js";
import { eventListStudyJson, type EventList, type EventListOptions } from "./eventListStudy.js";
import type { Series } from "../series.js";

interface ExtractJob {
  readonly kind: "extract";
  readonly text: string;
  /** The store's securities directory, linked over under the knowledge base (see directorySharing). */
  readonly directory: SharedDirectory | null;
  readonly published?: string | undefined;
  readonly format?: InputFormat | undefined;
}

/** A study over prices the thread holding the store prepared (see preparePrices): the job reads no store. */
interface StudyJob {
  readonly kind: "study";
  readonly event: EventDocument;
  readonly options: StudyEventOptions & { readonly prices: PreparedPrices };
}

/** An uploaded event list's study, read and checked by the caller, over the prices it read from the store. */
interface EventListJob {
  readonly kind: "event-list";
  readonly list: EventList;
  readonly panel: ReadonlyMap<string, Series>;
  readonly options: EventListOptions;
}

interface SearchJob {
  readonly kind: "search";
  readonly query: string;
  readonly limit: number;
}

export type Job = ExtractJob | StudyJob | EventListJob | SearchJob;

/**
 * An error a user can act on, as data (its class does not cross a thread): its code, and for a refusal
 * of the job's input whether it was the article (`input`) or the study (`study`: options, event) with
 * the fields at fault; or a venue whose benchmark has no prices in the store.
 */
interface JobFailure {
  readonly failed:
    | { readonly kind: "input" | "study"; readonly code: ErrorCode; readonly message: string; readonly issues?: readonly StudyIssue[] }
    | { readonly kind: "missing-benchmark"; readonly message: string; readonly benchmark: string; readonly venue: string; readonly chosen: boolean };
}

export type JobOutput<J extends Job> =
  | (J extends ExtractJob
      ? { /** The event document (or a feed's results, EventDocument | FeedResult[]) as UTF-8 JSON. */ readonly json: Uint8Array<ArrayBuffer> }
      : J extends StudyJob | EventListJob
        ? { /** The study's JSON (studyJsonText, eventListStudyJson) in UTF-8. */ readonly json: Uint8Array<ArrayBuffer> }
        : { readonly ids: readonly string[] })
  | JobFailure;

/** What a job needs besides its input, the same for every job of a thread: the knowledge base, the search ranking. */
export interface JobContext {
  readonly knowledge: KnowledgeBase;
  readonly ranking: () => SecurityRanking;
}

/** Runs one job; expected refusals come back as {@link JobFailure}, anything else is thrown. */
export async function runJob<J extends Job>(job: J, ctx: JobContext): Promise<JobOutput<J>> {
  try {
    if (job.kind === "extract") {
      const event = extractEvent(job.text, {
        knowledge: ctx.knowledge,
        directory: openSharedDirectory(job.directory),
        ...(job.published === undefined ? {} : { published: job.published }),
        ...(job.format === undefined ? {} : { format: job.format }),
      });
      // Written here, on the thread that extracted it: an event of a thousand companies is megabytes of JSON.
      return { json: new TextEncoder().encode(JSON.stringify(event)) } as JobOutput<J>;
    }
    if (job.kind === "search") return { ids: ctx.ranking().rank(job.query, job.limit) } as unknown as JobOutput<J>;
    // Bytes, written on the thread that ran the study: the request thread saves and sends them without decoding them.
    if (job.kind === "event-list") return { json: new TextEncoder().encode(eventListStudyJson(job.list, job.panel, job.options)) } as JobOutput<J>;
    return { json: new TextEncoder().encode(studyJsonText(studyPrepared(job.event, job.options.prices, job.options))) } as JobOutput<J>;
  } catch (e) {
    if (e instanceof MissingBenchmarkError)
      return { failed: { kind: "missing-benchmark", message: e.message, benchmark: e.benchmark, venue: e.venue, chosen: e.chosen } };
    if (e instanceof StudyInputError) return { failed: { kind: "study", code: e.code, message: e.message, issues: e.issues } };
    if (e instanceof AftershockError) return { failed: { kind: job.kind === "extract" ? "input" : "study", code: e.code, message: e.message } };
    // Anything else is a fault of the program: thrown, logged with its stack, answered 500.
    throw e;
  }
}

/** Runs jobs on the calling thread (a server started with no worker threads). */
export function inlineJobs(knowledge: KnowledgeBase): { run<J extends Job>(job: J): Promise<JobOutput<J>>; readonly full: boolean; close(): Promise<void> } {
  let ranking: SecurityRanking | undefined;
  return {
    full: false,
    run: (job) => runJob(job, { knowledge, ranking: () => (ranking ??= new SecurityRanking(knowledge.entities)) }),
    close: () => Promise.resolve(),
  };
}

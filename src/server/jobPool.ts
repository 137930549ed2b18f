/**
 * Runs the server's jobs (jobs.ts) on a pool of worker threads, so that a long extraction or study
 * never holds up the thread answering requests (`/api/health` stays fast under any load).
 *
 * Piscina is the pool: it keeps the threads warm between jobs, terminates a thread whose job is
 * aborted (the time limit) and starts another, and gives each thread a heap limit (V8 stops a job
 * past it instead of the whole server). Written by hand on node:worker_threads these are the parts
 * most easily got wrong, and piscina is kept by Node.js core contributors. The bound on waiting jobs
 * is counted here.
 *
 * Past its limits a job is answered, never left waiting: a full queue is 503 with Retry-After, a job
 * over its time or memory limit 422 naming the setting.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { limitVariable, type Limits } from "../limits.js";
import { ApiError } from "./errors.js";
import type { Job, JobOutput } from "../pipeline/jobs.js";
import type { WorkerSetup } from "./jobWorker.js";
import { stallMark } from "./stallTrace.js";

/** Runs jobs: on worker threads ({@link JobPool}), or inline. */
export interface JobRunner {
  run<J extends Job>(job: J): Promise<JobOutput<J>>;
  /** True when a job now would be refused: a request can be answered 503 before any work. */
  readonly full: boolean;
  close(): Promise<void>;
}

/** The 503 answer to a job when the queue is full. */
export function serverBusy(limits: Limits): ApiError {
  return new ApiError(
    503,
    "busy",
    `the server is busy (${limits.queuedJobs} jobs waiting, ${limitVariable("queuedJobs")}): try again in ${RETRY_AFTER_SECONDS} s`,
    undefined,
    {
      "Retry-After": String(RETRY_AFTER_SECONDS),
    },
  );
}

export interface JobPoolOptions {
  readonly knowledge: KnowledgeBase;
  readonly limits: Limits;
  /** Worker threads (default: one fewer than the cores, at least one: the request thread keeps a core). */
  readonly threads?: number | undefined;
}

/** Seconds a client is asked to wait before trying again when the queue is full. */
const RETRY_AFTER_SECONDS = 2;

/** The default number of worker threads on this machine. */
function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class JobPool implements JobRunner {
  private readonly pool: Piscina<Job, JobOutput<Job>>;
  private readonly threads: number;
  /** Jobs running or waiting. Counted here: piscina keeps a job that carries an abort signal out of its bounded queue. */
  private inFlight = 0;

  constructor(private readonly options: JobPoolOptions) {
    const fromSource = import.meta.url.endsWith(".ts");
    const worker = new URL(fromSource ? "./jobWorker.ts" : "./jobWorker.js", import.meta.url).href;
    const setup: WorkerSetup & { entry: string } = { knowledge: { entities: options.knowledge.entities }, entry: worker };
    const threads = options.threads ?? defaultThreads();
    this.threads = threads;
    this.pool = new Piscina({
      filename: fromSource ? new URL("./jobWorkerSource.mjs", import.meta.url).href : worker,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: options.limits.jobMemoryMb },
    });
    this.pool.on("workerCreate", () => stallMark("pool: worker thread started"));
    this.pool.on("workerDestroy", () => stallMark("pool: worker thread ended"));
  }

  get full(): boolean {
    return this.inFlight >= this.threads + this.options.limits.queuedJobs;
  }

  /** Jobs waiting for a thread. */
  get queued(): number {
    return Math.max(0, this.inFlight - this.threads);
  }

  async run<J extends Job>(job: J): Promise<JobOutput<J>> {
    const { limits } = this.options;
    if (this.full) throw serverBusy(limits);
    this.inFlight++;
    try {
      const out = (await this.pool.run(job, { signal: AbortSignal.timeout(limits.jobMilliseconds) })) as JobOutput<J>;
      stallMark(`pool: ${job.kind} job returned`);
      return out;
    } catch (e) {
      stallMark(`pool: ${job.kind} job failed`);
      throw refusal(e, job, limits);
    } finally {
      this.inFlight--;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** The answer to a job the pool would not finish, or the error itself when it is unexpected. */
function refusal(e: unknown, job: Job, limits: Limits): unknown {
  const message = e instanceof Error ? e.message : String(e);
  const what = job.kind === "extract" ? "the extraction" : "the study";
  if (e instanceof Error && (e.name === "AbortError" || /aborted/i.test(message))) {
    return new ApiError(
      422,
      "job_time_limit",
      `${what} took longer than ${limits.jobMilliseconds / 1000} s and was stopped (${limitVariable("jobMilliseconds")})`,
    );
  }
  if (/memory limit|out of memory/i.test(message)) {
    return new ApiError(422, "job_memory_limit", `${what} needed more than ${limits.jobMemoryMb} MB and was stopped (${limitVariable("jobMemoryMb")})`);
  }
  return e;
}

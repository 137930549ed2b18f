/**
 * The entry of a server worker thread (piscina loads it): each job runs here, off the thread that
 * answers requests. The knowledge base comes once per thread in the pool's workerData; the store is
 * the server's own file, opened on first use (DuckDB shares one database between the threads of a
 * process, so the worker reads what the server imported).
 */
import { workerData } from "piscina";
import { openStore, type Store } from "../pipeline/environment.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { runJob, type Job, type JobOutput } from "../pipeline/jobs.js";
import { SecurityRanking } from "../pipeline/securityRanking.js";

/** What every worker of the pool is given. */
export interface WorkerSetup {
  readonly knowledge: KnowledgeBase;
  readonly storePath: string;
}

const setup = workerData as WorkerSetup;
let store: Promise<Store> | undefined;
let ranking: SecurityRanking | undefined;

export default function work(job: Job): Promise<JobOutput<Job>> {
  return runJob(job, {
    knowledge: setup.knowledge,
    store: () => (store ??= openStore(setup.storePath)),
    ranking: () => (ranking ??= new SecurityRanking(setup.knowledge.entities)),
  });
}

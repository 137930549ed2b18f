/**
 * The entry of a server worker thread (piscina loads it): each job runs here, off the thread that
 * answers requests. The knowledge base comes once per thread in the pool's workerData; the store is
 * never opened here (a second opening of its file in one process would not see later imports): each job
 * brings what it reads from it, the prices of a study or the securities directory of an extraction.
 * The thread runs at a lower priority than the request thread (threadPriority.ts).
 */
import { workerData } from "piscina";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { runJob, type Job, type JobOutput } from "../pipeline/jobs.js";
import { SecurityRanking } from "../pipeline/securityRanking.js";
import { lowerThreadPriority } from "./threadPriority.js";

/** What every worker of the pool is given. */
export interface WorkerSetup {
  readonly knowledge: KnowledgeBase;
}

const setup = workerData as WorkerSetup;
lowerThreadPriority();
let ranking: SecurityRanking | undefined;

export default function work(job: Job): Promise<JobOutput<Job>> {
  return runJob(job, {
    knowledge: setup.knowledge,
    ranking: () => (ranking ??= new SecurityRanking(setup.knowledge.entities)),
  });
}

/**
 * The entry of a server worker thread (piscina loads it): each job runs here, off the thread that
 * answers requests. The knowledge base comes once per thread in the pool's workerData; the store is
 * never opened here (a second opening of its file in one process would not see later imports): each job
 * brings what it reads from it, the prices of a study or the securities directory of an extraction.
 * The thread runs at a lower priority than the request thread (threadPriority.ts).
 */
import { move, transferableSymbol, valueSymbol, workerData } from "piscina";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { runJob, type Job } from "../pipeline/jobs.js";
import { SecurityRanking } from "../pipeline/securityRanking.js";
import { lowerThreadPriority } from "./threadPriority.js";

/** What every worker of the pool is given. */
export interface WorkerSetup {
  readonly knowledge: KnowledgeBase;
}

const setup = workerData as WorkerSetup;
lowerThreadPriority();
let ranking: SecurityRanking | undefined;

export default async function work(job: Job): Promise<unknown> {
  const out = await runJob(job, {
    knowledge: setup.knowledge,
    ranking: () => (ranking ??= new SecurityRanking(setup.knowledge.entities)),
  });
  return "json" in out ? handedOver(out) : out;
}

/**
 * An answer whose JSON bytes are moved to the request thread rather than copied (an extraction's can be
 * megabytes): this thread no longer holds them, and the request thread does not copy them on arrival.
 */
function handedOver(out: { readonly json: Uint8Array<ArrayBuffer> }): unknown {
  const { json } = out;
  // A view into a larger buffer (a pooled Buffer) would move all of it: such an answer is copied.
  if (json.byteOffset !== 0 || json.byteLength !== json.buffer.byteLength) return out;
  return move({ [transferableSymbol]: json.buffer, [valueSymbol]: out });
}

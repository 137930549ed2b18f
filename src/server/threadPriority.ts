/**
 * The job threads give way to the thread answering requests: on a machine with as many busy threads
 * as cores, the kernel otherwise shares the cores evenly among them, and a request (a health check)
 * waits for a core while a study runs. On Linux the priority (nice value) of one thread can be set by
 * its thread id; elsewhere the threads keep the process's priority.
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** How much lower a job thread runs than the request thread: nice +10 gets about a tenth of the CPU time when both want it. */
export const JOB_THREAD_NICENESS = 10;

/** The calling thread's id to the kernel (Linux: /proc/thread-self is /proc/<pid>/task/<tid>); undefined elsewhere. */
export function kernelThreadId(): number | undefined {
  try {
    const tid = /\/task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"))?.[1];
    return tid === undefined ? undefined : Number(tid);
  } catch {
    return undefined;
  }
}

/** Lowers the calling thread's priority by `by` (nice, at most 19); false where a thread's priority cannot be set alone. */
export function lowerThreadPriority(by = JOB_THREAD_NICENESS): boolean {
  const tid = kernelThreadId();
  if (tid === undefined) return false;
  try {
    setPriority(tid, Math.min(19, getPriority(tid) + by));
    return true;
  } catch {
    return false;
  }
}

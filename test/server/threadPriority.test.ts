import { readFileSync, readdirSync } from "node:fs";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { JobPool } from "../../src/server/jobPool.js";
import { JOB_THREAD_NICENESS, kernelThreadId } from "../../src/server/threadPriority.js";
import { testKnowledge } from "./helpers.js";

/** Each thread of this process with its nice value (Linux /proc; the field after the command name's closing parenthesis, 17th). */
function threadNiceness(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === "linux")("the job threads' priority", () => {
  it("is below the request thread's, which keeps its own", async () => {
    const own = getPriority(kernelThreadId()!);
    const before = new Set(threadNiceness().keys());
    const pool = new JobPool({ knowledge: testKnowledge(), limits: DEFAULT_LIMITS, threads: 1 });
    try {
      expect(await pool.run({ kind: "search", query: "tencent", limit: 3 })).toHaveProperty("ids");
      const lowered = [...threadNiceness()].filter(([tid, nice]) => !before.has(tid) && nice === Math.min(19, own + JOB_THREAD_NICENESS));
      expect(lowered.length).toBeGreaterThanOrEqual(1);
      expect(getPriority(kernelThreadId()!)).toBe(own);
    } finally {
      await pool.close();
    }
  });
});

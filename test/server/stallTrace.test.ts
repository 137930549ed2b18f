import { afterEach, describe, expect, it } from "vitest";
import { STALL_TRACE_VARIABLE, stallMark, startStallTrace, stopStallTrace, type Stall } from "../../src/server/stallTrace.js";

afterEach(() => {
  stopStallTrace();
});

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("the stall trace", () => {
  it("is off unless the environment asks for it", () => {
    const before = process.env[STALL_TRACE_VARIABLE];
    try {
      Reflect.deleteProperty(process.env, STALL_TRACE_VARIABLE);
      expect(startStallTrace()).toBe(false);
      expect(stopStallTrace()).toBeUndefined();
      process.env[STALL_TRACE_VARIABLE] = "1";
      expect(startStallTrace({ write: () => undefined })).toBe(true);
      expect(stopStallTrace()?.stalls).toBe(0);
    } finally {
      if (before === undefined) Reflect.deleteProperty(process.env, STALL_TRACE_VARIABLE);
      else process.env[STALL_TRACE_VARIABLE] = before;
    }
  });

  it("writes a block of the event loop with the steps that ran in it, and a summary at the end", async () => {
    const lines: string[] = [];
    expect(startStallTrace({ force: true, thresholdMs: 50, write: (l) => lines.push(l) })).toBe(true);
    await new Promise((done) => setTimeout(done, 30));
    stallMark("a long step begins");
    busy(250);
    stallMark("the long step ended");
    await new Promise((done) => setTimeout(done, 60));
    const stalls = lines.filter((l) => l.startsWith("stall ")).map((l) => JSON.parse(l.slice("stall ".length)) as Stall);
    const block = stalls.find((s) => s.marks.some(([, what]) => what === "a long step begins"));
    expect(block, lines.join("\n")).toBeDefined();
    expect(block!.ms).toBeGreaterThanOrEqual(250);
    expect(block!.marks.map(([, what]) => what)).toEqual(["a long step begins", "the long step ended"]);
    const summary = stopStallTrace();
    expect(summary?.stalls).toBeGreaterThanOrEqual(1);
    expect(summary?.delay.max).toBeGreaterThanOrEqual(200);
    expect(lines.at(-1)).toMatch(/^stall-summary \{/);
  });
});

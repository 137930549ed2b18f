import { describe, expect, it } from "vitest";
import type { Clock } from "./clock.js";
import { RateLimiter } from "./rateLimiter.js";

/** A clock that stands still unless moved, recording the waits asked for. */
function manualClock(): Clock & { t: number; slept: number[] } {
  const c = {
    t: 0,
    slept: [] as number[],
    now: () => c.t,
    sleep: (ms: number) => {
      c.slept.push(ms);
      return Promise.resolve();
    },
  };
  return c;
}

describe("RateLimiter", () => {
  it("queues callers that ask at once into slots minIntervalMs apart", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter(1000, clock);
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(clock.slept).toEqual([1000, 2000]);
  });

  it("does not wait when the interval has already passed", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter(1000, clock);
    await limiter.acquire();
    clock.t = 400;
    await limiter.acquire();
    clock.t = 5000;
    await limiter.acquire();
    expect(clock.slept).toEqual([600]);
  });

  it("never waits with a zero interval, and refuses a negative one", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter(0, clock);
    await Promise.all([limiter.acquire(), limiter.acquire()]);
    expect(clock.slept).toEqual([]);
    expect(() => new RateLimiter(-1, clock)).toThrow(RangeError);
  });

  it("rejects when the signal is already aborted", async () => {
    const limiter = new RateLimiter(1000, manualClock());
    await expect(limiter.acquire(AbortSignal.abort(new Error("stop")))).rejects.toThrow("stop");
  });
});

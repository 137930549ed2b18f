import { describe, expect, it } from "vitest";
import { systemClock } from "./clock.js";

describe("systemClock", () => {
  it("reads the wall clock and sleeps for real", async () => {
    const start = systemClock.now();
    expect(Math.abs(start - Date.now())).toBeLessThan(50);
    await systemClock.sleep(15);
    expect(systemClock.now() - start).toBeGreaterThanOrEqual(14);
  });

  it("stops sleeping when the signal aborts", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: "AbortError" });
  });
});

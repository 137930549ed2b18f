/**
 * Spacing of one provider's requests: at least `minIntervalMs` between the starts of two requests,
 * however many callers ask at once. Each caller reserves the next free slot when it asks (a queue
 * in arrival order, kept as the time of the next free slot), then waits for it.
 */
import type { Clock } from "./clock.js";

export class RateLimiter {
  private nextSlot = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly minIntervalMs: number,
    private readonly clock: Clock,
  ) {
    if (!(minIntervalMs >= 0)) throw new RangeError(`minIntervalMs must be >= 0, got ${minIntervalMs}`);
  }

  /** Resolves when the caller may send its request; rejects when `signal` aborts while waiting. */
  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = this.clock.now();
    const at = Math.max(now, this.nextSlot);
    this.nextSlot = at + this.minIntervalMs;
    if (at > now) await this.clock.sleep(at - now, signal);
  }
}

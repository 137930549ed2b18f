import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryableStatus, parseRetryAfter } from "./retryPolicy.js";

describe("retry policy", () => {
  it("retries 429 and 5xx only", () => {
    expect([200, 301, 400, 401, 403, 404, 429, 500, 502, 503, 504, 599].filter(isRetryableStatus)).toEqual([429, 500, 502, 503, 504, 599]);
  });

  it("doubles the backoff from the base, up to the cap", () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 500, 5000))).toEqual([500, 1000, 2000, 4000, 5000]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2024-05-13T08:00:00Z");
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Mon, 13 May 2024 08:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Mon, 13 May 2024 07:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

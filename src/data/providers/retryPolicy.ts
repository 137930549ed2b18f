/**
 * When to try a request again and how long to wait first: 429 (Too Many Requests) and 5xx answers
 * and transient network failures are retried with exponential backoff (`base * 2^(n-1)` before the
 * n-th retry, capped), unless the server says how long to wait in `Retry-After` (RFC 9110 §10.2.3:
 * delay-seconds or an HTTP-date), which then wins.
 */

/** 429 and the 5xx statuses: the server may answer later. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Wait before retry number `retry` (1 for the first retry): `baseMs * 2^(retry-1)`, at most `maxMs`. */
export function backoffDelay(retry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** (retry - 1));
}

/**
 * Milliseconds to wait according to a `Retry-After` header value read at `nowMs`, or undefined when
 * the header is absent or unreadable. A date in the past means no wait.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP-dates start with the day's name ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone would take "-5" for a year.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

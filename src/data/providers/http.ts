/**
 * GET with the manners a free data source expects: one provider's requests spaced by a
 * {@link RateLimiter}, each attempt bounded by `AbortSignal.timeout`, and 429/5xx answers and
 * transient network failures retried with exponential backoff, honouring `Retry-After`
 * (see retryPolicy.ts). Failures end as a {@link ProviderUnreachableError} (nothing answered) or a
 * {@link ProviderHttpError} (the retryable status persisted); other statuses are returned to the
 * caller, whose body may explain them (Yahoo's `chart.error`).
 *
 * A DNS "no such host" (ENOTFOUND) is not retried: it is what being offline looks like, and the
 * message telling the user to import a file should come at once.
 */
import { systemClock } from "./clock.js";
import type { Clock } from "./clock.js";
import { ProviderHttpError, ProviderUnreachableError } from "./errors.js";
import type { FetchLike } from "./provider.js";
import { RateLimiter } from "./rateLimiter.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter } from "./retryPolicy.js";

export interface HttpOptions {
  /** The `fetch` to use; default `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** Attempts in all, the first included; default 4. */
  readonly maxAttempts?: number;
  /** Backoff before the first retry, doubled for each further one; default 500 ms. */
  readonly baseDelayMs?: number;
  /** Cap on a backoff wait and the longest `Retry-After` honoured (a longer one fails at once); default 30 s. */
  readonly maxDelayMs?: number;
  /** Time limit of each attempt, body included; default 15 s. */
  readonly timeoutMs?: number;
  /** Least time between the starts of two requests to this provider; each provider has its default. */
  readonly minIntervalMs?: number;
  /** Clock for the rate limiter and the waits; default the system clock. */
  readonly clock?: Clock;
  /** The User-Agent sent; some sources ask callers to name themselves with a contact (the SEC). */
  readonly userAgent?: string;
}

/** A final answer: any status but 429/5xx, with its body as text. */
export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

/** A final answer whose body is a file (a spreadsheet), as bytes. */
export interface HttpBytesResponse {
  readonly status: number;
  readonly body: Uint8Array;
}

/** Sent with every request: Yahoo answers 429 to clients that do not look like a browser. */
const USER_AGENT = "Mozilla/5.0 (compatible; aftershock/0.1)";

type Attempt<B> =
  | { readonly kind: "response"; readonly status: number; readonly body: B; readonly retryAfter: string | null }
  | { readonly kind: "failure"; readonly reason: string; readonly retryable: boolean; readonly cause: unknown };

/** One provider's HTTP access; the rate limit is per instance. */
export class HttpClient {
  private readonly fetch: FetchLike;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly userAgent: string;

  constructor(
    private readonly provider: string,
    defaultMinIntervalMs: number,
    options: HttpOptions = {},
  ) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.maxAttempts = options.maxAttempts ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.clock = options.clock ?? systemClock;
    this.limiter = new RateLimiter(options.minIntervalMs ?? defaultMinIntervalMs, this.clock);
    this.userAgent = options.userAgent ?? USER_AGENT;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
      throw new RangeError(`maxAttempts must be a whole number >= 1, got ${this.maxAttempts}`);
    }
  }

  /** GET `url` and read the body as text. Rejects with `signal`'s reason when it aborts. */
  getText(url: string, signal?: AbortSignal): Promise<HttpResponse> {
    return this.get(url, (r) => r.text(), (b) => b, signal);
  }

  /** GET `url` and read the body as bytes (a spreadsheet, an archive). */
  getBytes(url: string, signal?: AbortSignal): Promise<HttpBytesResponse> {
    return this.get(url, async (r) => new Uint8Array(await r.arrayBuffer()), (b) => new TextDecoder().decode(b.subarray(0, 200)), signal);
  }

  private async get<B>(url: string, read: (r: Response) => Promise<B>, asText: (body: B) => string, signal: AbortSignal | undefined): Promise<{ status: number; body: B }> {
    const { host, pathname } = new URL(url);
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(signal);
      const a = await this.attempt(url, read, signal);
      const last = attempt >= this.maxAttempts;
      if (a.kind === "failure") {
        if (!a.retryable || last) throw new ProviderUnreachableError(this.provider, host, a.reason, { cause: a.cause });
        await this.clock.sleep(backoffDelay(attempt, this.baseDelayMs, this.maxDelayMs), signal);
        continue;
      }
      if (!isRetryableStatus(a.status)) return { status: a.status, body: a.body };
      // The query is left out of messages: it may hold an API key.
      const where = host + pathname;
      const asked = parseRetryAfter(a.retryAfter, this.clock.now());
      if (last) {
        const advice = a.status === 429 ? " (rate limited: try again later)" : "";
        throw new ProviderHttpError(this.provider, where, a.status, `gave up after ${attempt} attempts${advice}${bodyExcerpt(asText(a.body))}`);
      }
      if (asked !== undefined && asked > this.maxDelayMs) {
        throw new ProviderHttpError(
          this.provider,
          where,
          a.status,
          `asks to retry after ${seconds(asked)}, longer than the ${seconds(this.maxDelayMs)} allowed (maxDelayMs)`,
        );
      }
      await this.clock.sleep(asked ?? backoffDelay(attempt, this.baseDelayMs, this.maxDelayMs), signal);
    }
  }

  private async attempt<B>(url: string, read: (r: Response) => Promise<B>, signal: AbortSignal | undefined): Promise<Attempt<B>> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const both = signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
    try {
      const response = await this.fetch(url, { headers: { "user-agent": this.userAgent }, signal: both });
      const body = await read(response);
      return { kind: "response", status: response.status, body, retryAfter: response.headers.get("retry-after") };
    } catch (error) {
      signal?.throwIfAborted();
      if (timeout.aborted) return { kind: "failure", reason: `no answer within ${seconds(this.timeoutMs)}`, retryable: true, cause: error };
      // fetch rejects with a TypeError ("fetch failed") for every network failure; the cause says which.
      if (error instanceof TypeError) return networkFailure(error);
      throw error;
    }
  }
}

/** The reason of a failed fetch, from its cause (`getaddrinfo ENOTFOUND host`, `connect ECONNREFUSED ...`). */
function networkFailure(error: TypeError): Attempt<never> {
  const cause: unknown = error.cause;
  const reason = cause instanceof Error && cause.message !== "" ? cause.message : error.message;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
  return { kind: "failure", reason, retryable: code !== "ENOTFOUND", cause: error };
}

/** `250 ms`, `1.5 s`. */
function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** `; body: "..."`, the start of a non-empty body on one line, for error messages. */
export function bodyExcerpt(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text === "") return "";
  return `; body: ${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}...` : text)}`;
}

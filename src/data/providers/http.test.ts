import { describe, expect, it } from "vitest";
import { ProviderHttpError, ProviderUnreachableError } from "./errors.js";
import { HttpClient } from "./http.js";
import type { FetchLike } from "./provider.js";
import { dnsFailure, fakeClock, fakeFetch } from "./fixtures/fakes.js";

const URL_ = "https://example.test/data?s=x&apikey=secret";

function client(fetch: FetchLike, options: { maxAttempts?: number; minIntervalMs?: number; timeoutMs?: number } = {}) {
  const clock = fakeClock(1_000_000);
  return { clock, http: new HttpClient("test", 0, { fetch, clock, baseDelayMs: 100, maxDelayMs: 10_000, ...options }) };
}

function reset(): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
}

describe("HttpClient.getText", () => {
  it("returns status and body, sending a browser-like user agent", async () => {
    const seen: RequestInit[] = [];
    const fetch: FetchLike = (_url, init) => {
      seen.push(init);
      return Promise.resolve(new Response("hello", { status: 200 }));
    };
    const { http } = client(fetch);
    await expect(http.getText(URL_)).resolves.toEqual({ status: 200, body: "hello" });
    expect(new Headers(seen[0]!.headers).get("user-agent")).toMatch(/^Mozilla\/5\.0/);
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it("returns other error statuses to the caller, unretried", async () => {
    const f = fakeFetch({ status: 404, body: "not found" });
    const { http } = client(f.fetch);
    await expect(http.getText(URL_)).resolves.toEqual({ status: 404, body: "not found" });
    expect(f.urls).toHaveLength(1);
  });

  it("retries 5xx with exponential backoff", async () => {
    const f = fakeFetch({ status: 503, body: "" }, { status: 502, body: "" }, { status: 500, body: "" }, { body: "ok" });
    const { http, clock } = client(f.fetch);
    await expect(http.getText(URL_)).resolves.toEqual({ status: 200, body: "ok" });
    expect(f.urls).toHaveLength(4);
    expect(clock.slept).toEqual([100, 200, 400]);
  });

  it("caps the backoff at maxDelayMs", async () => {
    const f = fakeFetch({ status: 503, body: "" }, { status: 503, body: "" }, { body: "ok" });
    const clock = fakeClock();
    const http = new HttpClient("test", 0, { fetch: f.fetch, clock, baseDelayMs: 800, maxDelayMs: 1000 });
    await http.getText(URL_);
    expect(clock.slept).toEqual([800, 1000]);
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    const f = fakeFetch({ status: 429, body: "", headers: { "retry-after": "7" } }, { body: "ok" });
    const { http, clock } = client(f.fetch);
    await http.getText(URL_);
    expect(clock.slept).toEqual([7000]);

    const at = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    const g = fakeFetch({ status: 503, body: "", headers: { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" } }, { body: "ok" });
    const dated = fakeClock(at - 3000);
    await new HttpClient("test", 0, { fetch: g.fetch, clock: dated }).getText(URL_);
    expect(dated.slept).toEqual([3000]);
  });

  it("fails at once when Retry-After asks for longer than maxDelayMs", async () => {
    const f = fakeFetch({ status: 429, body: "", headers: { "retry-after": "3600" } }, { body: "ok" });
    const { http } = client(f.fetch);
    const error = await http.getText(URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect((error as ProviderHttpError).status).toBe(429);
    expect((error as Error).message).toBe("test: HTTP 429 from example.test/data: asks to retry after 3600 s, longer than the 10 s allowed (maxDelayMs)");
    expect(f.urls).toHaveLength(1);
  });

  it("gives up after maxAttempts with the status and the start of the body, never the query", async () => {
    const f = fakeFetch({ status: 429, body: "Too Many Requests\n" });
    const { http } = client(f.fetch, { maxAttempts: 3 });
    await expect(http.getText(URL_)).rejects.toThrow(
      new ProviderHttpError("test", "example.test/data", 429, 'gave up after 3 attempts (rate limited: try again later); body: "Too Many Requests"'),
    );
    expect(f.urls).toHaveLength(3);
  });

  it("retries transient network failures, then reports the host unreachable", async () => {
    const ok = fakeFetch(reset(), { body: "ok" });
    const a = client(ok.fetch);
    await expect(a.http.getText(URL_)).resolves.toEqual({ status: 200, body: "ok" });
    expect(a.clock.slept).toEqual([100]);

    const down = fakeFetch(reset());
    const b = client(down.fetch, { maxAttempts: 2 });
    const error = await b.http.getText(URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnreachableError);
    expect((error as Error).message).toBe("cannot reach example.test (read ECONNRESET); import a file instead: aftershock import FILE");
    expect(down.urls).toHaveLength(2);
  });

  it("does not retry a DNS failure (offline): the clear message comes at once", async () => {
    const f = fakeFetch(dnsFailure("query1.finance.yahoo.com"));
    const { http, clock } = client(f.fetch);
    const error = await http.getText("https://query1.finance.yahoo.com/v8/finance/chart/BIDU").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnreachableError);
    expect(error).toMatchObject({ provider: "test", host: "query1.finance.yahoo.com", reason: "getaddrinfo ENOTFOUND query1.finance.yahoo.com" });
    expect((error as Error).message).toBe(
      "cannot reach query1.finance.yahoo.com (getaddrinfo ENOTFOUND query1.finance.yahoo.com); import a file instead: aftershock import FILE",
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(f.urls).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  it("times an attempt out through its AbortSignal", async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason as Error)));
    const { http } = client(hang, { maxAttempts: 2, timeoutMs: 20 });
    await expect(http.getText(URL_)).rejects.toThrow("cannot reach example.test (no answer within 20 ms); import a file instead: aftershock import FILE");
  });

  it("lets the caller's abort through as it is, without retrying", async () => {
    const controller = new AbortController();
    let calls = 0;
    const fetch: FetchLike = (_url, init) => {
      calls++;
      controller.abort(new Error("user cancelled"));
      return Promise.reject(init.signal?.reason as Error);
    };
    const { http } = client(fetch);
    await expect(http.getText(URL_, controller.signal)).rejects.toThrow("user cancelled");
    expect(calls).toBe(1);
    await expect(http.getText(URL_, controller.signal)).rejects.toThrow("user cancelled");
    expect(calls).toBe(1);
  });

  it("rethrows what is not a network failure", async () => {
    const f = fakeFetch(new RangeError("a bug"));
    await expect(client(f.fetch).http.getText(URL_)).rejects.toThrow(RangeError);
  });

  it("spaces requests, retries included, by the rate limit", async () => {
    const f = fakeFetch({ status: 503, body: "" }, { body: "a" }, { body: "b" });
    const { http, clock } = client(f.fetch, { minIntervalMs: 1000 });
    await http.getText(URL_);
    await http.getText(URL_);
    // The 100 ms backoff is shorter than the interval: the limiter waits the remaining 900 ms.
    expect(clock.slept).toEqual([100, 900, 1000]);
  });

  it("refuses a maxAttempts below 1", () => {
    expect(() => new HttpClient("test", 0, { maxAttempts: 0 })).toThrow(RangeError);
  });
});

describe("HttpClient.getBytes", () => {
  it("returns a binary body unchanged, with the caller's user agent, and retries like getText", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);
    const seen: RequestInit[] = [];
    let calls = 0;
    const fetch: FetchLike = (_url, init) => {
      seen.push(init);
      return Promise.resolve(calls++ === 0 ? new Response("", { status: 503 }) : new Response(bytes, { status: 200 }));
    };
    const clock = fakeClock(1_000_000);
    const http = new HttpClient("test", 0, { fetch, clock, baseDelayMs: 100, userAgent: "Research Desk desk@example.com" });
    const r = await http.getBytes(URL_);
    expect(r.status).toBe(200);
    expect([...r.body]).toEqual([...bytes]);
    expect(clock.slept).toEqual([100]);
    expect(new Headers(seen[1]!.headers).get("user-agent")).toBe("Research Desk desk@example.com");
  });
});

import { describe, expect, it } from "vitest";
import { ProviderDataError, ProviderError, ProviderHttpError, ProviderUnreachableError, UnsupportedSymbolError } from "./errors.js";

describe("provider errors", () => {
  it("say what failed and what to do", () => {
    const offline = new ProviderUnreachableError("yahoo-chart", "query1.finance.yahoo.com", "getaddrinfo ENOTFOUND query1.finance.yahoo.com");
    expect(offline.message).toBe(
      "cannot reach query1.finance.yahoo.com (getaddrinfo ENOTFOUND query1.finance.yahoo.com); import a file instead: aftershock import FILE",
    );
    expect(offline).toMatchObject({ name: "ProviderUnreachableError", provider: "yahoo-chart", host: "query1.finance.yahoo.com" });
    const http = new ProviderHttpError("stooq-daily", "stooq.com/q/d/l/", 503, "gave up after 4 attempts");
    expect(http.message).toBe("stooq-daily: HTTP 503 from stooq.com/q/d/l/: gave up after 4 attempts");
    expect(http.status).toBe(503);
  });

  it("share a base class and keep their names", () => {
    const all = [
      new ProviderUnreachableError("p", "h", "r"),
      new ProviderHttpError("p", "w", 500, "d"),
      new ProviderDataError("p", "m"),
      new UnsupportedSymbolError("p", "m"),
    ];
    expect(all.every((e) => e instanceof ProviderError && e instanceof Error)).toBe(true);
    expect(all.map((e) => e.name)).toEqual(["ProviderUnreachableError", "ProviderHttpError", "ProviderDataError", "UnsupportedSymbolError"]);
  });
});

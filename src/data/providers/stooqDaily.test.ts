import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS } from "../priceBatch.js";
import { ProviderDataError, ProviderHttpError, ProviderUnreachableError, UnsupportedSymbolError } from "./errors.js";
import type { BarRequest } from "./provider.js";
import { STOOQ_DAILY, readStooqCsv, stooqDaily, stooqDailyUrl } from "./stooqDaily.js";
import { dnsFailure, fakeClock, fakeFetch, fixture } from "./fixtures/fakes.js";

const d = dayNumber;

function request(symbol: string, stooq: string, from: string, to: string): BarRequest {
  return { symbol, from: d(from), to: d(to), source: stooqDailyUrl(stooq, d(from), d(to)) };
}

function read(body: string, status = 200) {
  return readStooqCsv({ status, body }, request("BIDU", "bidu.us", "2024-03-07", "2024-03-12"), "bidu.us");
}

describe("stooqDailyUrl", () => {
  it("asks for daily bars between two compact dates", () => {
    expect(stooqDailyUrl("bidu.us", d("2024-03-07"), d("2024-03-12"))).toBe("https://stooq.com/q/d/l/?s=bidu.us&i=d&d1=20240307&d2=20240312");
    expect(stooqDailyUrl("^spx", d("2024-03-07"), d("2024-03-07"))).toBe("https://stooq.com/q/d/l/?s=%5Espx&i=d&d1=20240307&d2=20240307");
  });
});

describe("readStooqCsv", () => {
  it("reads Date,Open,High,Low,Close,Volume with CRLF line ends, keeping the range", () => {
    const b = read(fixture("stooq-bidu.us.csv"));
    expect(b).toMatchObject({ format: STOOQ_DAILY, rowsRead: 4, skipped: [], factors: [] });
    const s = b.prices[0]!;
    expect(s.symbol).toBe("BIDU");
    expect([...s.dates]).toEqual(["2024-03-07", "2024-03-08", "2024-03-11", "2024-03-12"].map(d));
    expect([...s.close]).toEqual([104.95, 103, 102.13, 101.62]);
    expect([...s.open!]).toEqual([104.11, 105, 102.86, 101.99]);
    expect([...s.volume!]).toEqual([2_953_419, 3_480_211, 2_611_870, 2_330_765]);
  });

  it("classifies zero-volume flat bars: a moved close is a half-day, an unchanged one a suspension", () => {
    const r = request("0700.HK", "700.hk", "2024-05-13", "2024-05-22");
    const s = readStooqCsv({ status: 200, body: fixture("stooq-700.hk.csv") }, r, "700.hk").prices[0]!;
    expect(s.symbol).toBe("0700.HK");
    expect([...s.flags]).toEqual([0, 0, 0, 0, DAY_FLAGS.rangeMissing, DAY_FLAGS.noTrade, 0]);
    expect([...s.close]).toEqual([383.6, 380.2, 390, 384.8, 389, NaN, 378.4]);
  });

  it("reads a series without a Volume column", () => {
    const r = request("^HSI", "^hsi", "2024-05-13", "2024-05-16");
    const s = readStooqCsv({ status: 200, body: fixture("stooq-hsi-no-volume.csv") }, r, "^hsi").prices[0]!;
    expect(s.volume).toBeUndefined();
    expect([...s.close]).toEqual([19115.06, 19073.71, 19376.53]);
  });

  it("turns empty cells into NaN", () => {
    const s = read("Date,Open,High,Low,Close,Volume\n2024-03-07,,105.49,103.05,104.95,\n").prices[0]!;
    expect(s.open![0]).toBeNaN();
    expect(s.volume![0]).toBeNaN();
    expect(s.flags[0]).toBe(DAY_FLAGS.rangeMissing);
  });

  it("says clearly when Stooq has no data, or no quota left", () => {
    expect(() => read(fixture("stooq-no-data.txt"))).toThrow(ProviderDataError);
    expect(() => read(fixture("stooq-no-data.txt"))).toThrow(
      "Stooq has no data for bidu.us (BIDU) from 2024-03-07 to 2024-03-12: an unknown symbol, or no trading in that range",
    );
    expect(() => read("Exceeded the daily hits limit")).toThrow(/daily download limit is used up/);
  });

  it("refuses another status, a body that is not the CSV, and bad rows", () => {
    expect(() => read("Not Found", 404)).toThrow(ProviderHttpError);
    expect(() => read("<html><body>captcha</body></html>")).toThrow(/not Stooq's Date,Open,High,Low,Close,Volume CSV; body: "<html>/);
    const head = "Date,Open,High,Low,Close,Volume\n";
    const source = request("BIDU", "bidu.us", "2024-03-07", "2024-03-12").source;
    const notANumber = new InputError({ file: source, line: 2, field: "Close" }, '"n/a" is not a number');
    expect(() => read(`${head}2024-03-07,104.11,105.49,103.05,n/a,100\n`)).toThrow(notANumber);
    expect(() => read(`${head}07/03/2024,1,1,1,1,1\n`)).toThrow(/:2: field "Date": "07\/03\/2024" is not a date/);
    expect(() => read(`${head}2024-03-07,1,1,1\n`)).toThrow(/:2: 4 fields where the header has 6/);
    expect(() => read(`${head}2024-03-07,1,1,1,0,1\n`)).toThrow(/field "Close": 0 is not a valid price/);
  });
});

describe("stooqDaily provider", () => {
  it("maps the symbol, sends the API key but keeps it out of the batch", async () => {
    const f = fakeFetch({ body: fixture("stooq-700.hk.csv") });
    const provider = stooqDaily({ fetch: f.fetch, clock: fakeClock(), apiKey: "k3y" });
    const batch = await provider.fetchDaily("0700.HK", d("2024-05-13"), d("2024-05-17"));
    expect(provider.name).toBe(STOOQ_DAILY);
    expect(f.urls).toEqual(["https://stooq.com/q/d/l/?s=700.hk&i=d&d1=20240513&d2=20240517&apikey=k3y"]);
    expect(batch.file).toBe("https://stooq.com/q/d/l/?s=700.hk&i=d&d1=20240513&d2=20240517");
    expect(batch.prices[0]!.symbol).toBe("0700.HK");
    expect(batch.prices[0]!.dates).toHaveLength(4);
  });

  it("spaces its requests a second apart by default", async () => {
    const f = fakeFetch({ body: fixture("stooq-bidu.us.csv") });
    const clock = fakeClock();
    const provider = stooqDaily({ fetch: f.fetch, clock });
    await Promise.all([provider.fetchDaily("BIDU", d("2024-03-07"), d("2024-03-12")), provider.fetchDaily("BIDU", d("2024-03-07"), d("2024-03-08"))]);
    expect(clock.slept).toEqual([1000]);
  });

  it("refuses an unmapped symbol without fetching", async () => {
    const f = fakeFetch({ body: "" });
    await expect(stooqDaily({ fetch: f.fetch }).fetchDaily("600519.SS", 0, 1)).rejects.toThrow(UnsupportedSymbolError);
    expect(f.urls).toEqual([]);
  });

  it("says the host cannot be reached when offline", async () => {
    const f = fakeFetch(dnsFailure("stooq.com"));
    await expect(stooqDaily({ fetch: f.fetch, clock: fakeClock() }).fetchDaily("BIDU", 0, 1)).rejects.toThrow(
      new ProviderUnreachableError(STOOQ_DAILY, "stooq.com", "getaddrinfo ENOTFOUND stooq.com"),
    );
  });
});

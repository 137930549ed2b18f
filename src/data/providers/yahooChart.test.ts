import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { SKIP_REASONS } from "../importers/series.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS } from "../priceBatch.js";
import { ProviderDataError, ProviderHttpError, ProviderUnreachableError } from "./errors.js";
import type { BarRequest } from "./provider.js";
import { dnsFailure, fakeClock, fakeFetch, fixture } from "./fixtures/fakes.js";
import { SUPERSEDED_BAR, YAHOO_CHART, readYahooChart, yahooChart, yahooChartUrl, yahooSymbol } from "./yahooChart.js";

const d = dayNumber;
const HK = fixture("yahoo-chart-0700.HK.json");
const US = fixture("yahoo-chart-BIDU.json");

function request(symbol: string, from: string, to: string): BarRequest {
  return { symbol, from: d(from), to: d(to), source: yahooChartUrl(symbol, d(from), d(to)) };
}

/** A chart answer with the given timestamps and closes (open/high/low/volume alongside). */
function chart(timestamp: number[], close: (number | null)[]): string {
  const meta = { gmtoffset: 28_800, exchangeTimezoneName: "Asia/Hong_Kong" };
  const quote = { open: close, high: close, low: close, close, volume: close.map(() => 100) };
  return JSON.stringify({ chart: { result: [{ meta, timestamp, indicators: { quote: [quote], adjclose: [{ adjclose: close }] } }], error: null } });
}

describe("yahooChartUrl", () => {
  it("asks for a window a day wider on each side, daily bars with dividends and splits", () => {
    expect(yahooChartUrl("0700.HK", d("2024-05-13"), d("2024-05-21"))).toBe(
      `https://query1.finance.yahoo.com/v8/finance/chart/0700.HK?period1=${(d("2024-05-13") - 1) * 86_400}` +
        `&period2=${(d("2024-05-21") + 2) * 86_400}&interval=1d&events=div%2Csplits`,
    );
    expect(yahooChartUrl("^HSI", 0, 0)).toMatch(/\/chart\/%5EHSI\?period1=-86400&period2=172800&/);
    expect(yahooChartUrl("BRK.B", 0, 0)).toContain("/chart/BRK-B?");
  });

  it("spells US share classes with a dash and leaves the rest alone", () => {
    expect(["BRK.B", "BIDU", "0700.HK", "600519.SS", "^GSPC", "CNY=X"].map(yahooSymbol)).toEqual(["BRK-B", "BIDU", "0700.HK", "600519.SS", "^GSPC", "CNY=X"]);
  });
});

describe("readYahooChart", () => {
  const hk = readYahooChart({ status: 200, body: HK }, request("0700.HK", "2024-05-13", "2024-05-21"));
  const s = hk.prices[0]!;

  it("dates Hong Kong bars stamped at local midnight (16:00 UTC the day before) on the Hong Kong date", () => {
    const first = (JSON.parse(HK) as { chart: { result: [{ timestamp: number[] }] } }).chart.result[0].timestamp[0]!;
    expect(new Date(first * 1000).toISOString()).toBe("2024-05-12T16:00:00.000Z");
    expect([...s.dates]).toEqual(["2024-05-13", "2024-05-14", "2024-05-16", "2024-05-17", "2024-05-20", "2024-05-21"].map(d));
  });

  it("uses the adjusted close as the close and keeps raw open/high/low and volume", () => {
    // 3.40 HKD dividend, ex-date 2024-05-17: closes before it scaled by 1 - 3.4 / 390.0.
    expect(s.close[0]).toBeCloseTo(383.6 * (1 - 3.4 / 390), 4);
    expect(s.close[2]).toBeCloseTo(386.6, 4);
    expect([...s.close.slice(3)]).toEqual([384.8, 389.0, 382.0]);
    expect([...s.open!]).toEqual([385.0, 383.0, 384.0, 386.8, NaN, 388.0]);
    expect([...s.high!]).toEqual([389.8, 386.0, 392.0, 389.0, 391.4, 389.6]);
    expect([...s.low!]).toEqual([380.6, 378.2, 383.2, 381.0, 383.0, 380.4]);
    expect([...s.volume!]).toEqual([15_201_344, 13_456_120, 20_113_000, 18_772_300, 14_220_000, 16_005_000]);
  });

  it("turns nulls into NaN: a bar without open is flagged, a bar of nulls is left out as a holiday", () => {
    expect([...s.flags]).toEqual([0, 0, 0, 0, DAY_FLAGS.rangeMissing, 0]);
    expect(hk.skipped).toEqual([{ line: 3, reason: SKIP_REASONS.holiday }]);
    expect(hk).toMatchObject({ file: request("0700.HK", "2024-05-13", "2024-05-21").source, format: YAHOO_CHART, rowsRead: 7, factors: [] });
    expect(s.symbol).toBe("0700.HK");
  });

  it("drops the bars the wider window brought in", () => {
    const oneDay = readYahooChart({ status: 200, body: HK }, request("0700.HK", "2024-05-22", "2024-05-22"));
    expect([...oneDay.prices[0]!.dates]).toEqual([d("2024-05-22")]);
    expect(oneDay.rowsRead).toBe(1);
  });

  it("dates New York bars on either side of the switch to daylight saving time", () => {
    const us = readYahooChart({ status: 200, body: US }, request("BIDU", "2024-03-07", "2024-03-12")).prices[0]!;
    expect([...us.dates]).toEqual(["2024-03-07", "2024-03-08", "2024-03-11", "2024-03-12"].map(d));
    expect(us.close[3]).toBeCloseTo(101.62, 5);
  });

  it("keeps the later of two bars of one date (Yahoo's live bar)", () => {
    const body = chart([1715529600, 1715616000, 1715670000], [383.6, 380.2, 381.0]);
    const b = readYahooChart({ status: 200, body }, request("0700.HK", "2024-05-13", "2024-05-14"));
    expect([...b.prices[0]!.close]).toEqual([383.6, 381.0]);
    expect(b.skipped).toEqual([{ line: 2, reason: SUPERSEDED_BAR }]);
  });

  it("returns no series when there are no bars in the range", () => {
    const body = JSON.stringify({ chart: { result: [{ meta: { gmtoffset: 28_800 }, indicators: { quote: [{}] } }], error: null } });
    expect(readYahooChart({ status: 200, body }, request("0700.HK", "2024-05-13", "2024-05-14"))).toMatchObject({ prices: [], rowsRead: 0 });
  });

  it("reports chart.error clearly", () => {
    const read = () => readYahooChart({ status: 404, body: fixture("yahoo-chart-not-found.json") }, request("NOPE", "2024-05-13", "2024-05-14"));
    expect(read).toThrow(ProviderDataError);
    expect(read).toThrow("Yahoo Finance has no chart for NOPE: Not Found: No data found, symbol may be delisted");
  });

  it("reports another status, and an answer of another shape", () => {
    const r = request("BIDU", "2024-03-07", "2024-03-12");
    const unauthorized = '{"finance":{"result":null,"error":{"code":"Unauthorized","description":"Invalid Crumb"}}}';
    expect(() => readYahooChart({ status: 401, body: unauthorized }, r)).toThrow(ProviderHttpError);
    expect(() => readYahooChart({ status: 401, body: unauthorized }, r)).toThrow(/HTTP 401 .*Invalid Crumb/);
    expect(() => readYahooChart({ status: 200, body: "<html>" }, r)).toThrow(/not a Yahoo chart answer/);
    expect(() => readYahooChart({ status: 200, body: '{"chart":{"result":null,"error":null}}' }, r)).toThrow(ProviderDataError);
    const short = JSON.stringify({ chart: { result: [{ meta: { gmtoffset: 0 }, timestamp: [1, 2], indicators: { quote: [{ close: [1] }] } }], error: null } });
    expect(() => readYahooChart({ status: 200, body: short }, r)).toThrow("2 timestamps but 1 values of close");
  });

  it("refuses a price that is not positive, with the bar's index", () => {
    const body = chart([1715529600, 1715616000], [383.6, -1]);
    expect(() => readYahooChart({ status: 200, body }, request("0700.HK", "2024-05-13", "2024-05-14"))).toThrow(InputError);
    expect(() => readYahooChart({ status: 200, body }, request("0700.HK", "2024-05-13", "2024-05-14"))).toThrow(/:2: field "adjclose"/);
  });
});

describe("yahooChart provider", () => {
  it("fetches the chart URL and returns the batch", async () => {
    const f = fakeFetch({ body: HK });
    const provider = yahooChart({ fetch: f.fetch, clock: fakeClock() });
    const batch = await provider.fetchDaily("0700.HK", d("2024-05-13"), d("2024-05-21"));
    expect(provider.name).toBe(YAHOO_CHART);
    expect(f.urls).toEqual([yahooChartUrl("0700.HK", d("2024-05-13"), d("2024-05-21"))]);
    expect(batch.prices[0]!.dates).toHaveLength(6);
  });

  it("retries a 503 and waits between requests", async () => {
    const f = fakeFetch({ status: 503, body: "" }, { body: US }, { body: US });
    const clock = fakeClock();
    const provider = yahooChart({ fetch: f.fetch, clock });
    await provider.fetchDaily("BIDU", d("2024-03-07"), d("2024-03-12"));
    await provider.fetchDaily("BIDU", d("2024-03-07"), d("2024-03-12"));
    expect(f.urls).toHaveLength(3);
    expect(clock.slept).toEqual([500, 500]);
  });

  it("says the host cannot be reached when offline", async () => {
    const f = fakeFetch(dnsFailure("query1.finance.yahoo.com"));
    const fetching = yahooChart({ fetch: f.fetch, clock: fakeClock() }).fetchDaily("BIDU", d("2024-03-07"), d("2024-03-12"));
    await expect(fetching).rejects.toThrow(
      new ProviderUnreachableError(YAHOO_CHART, "query1.finance.yahoo.com", "getaddrinfo ENOTFOUND query1.finance.yahoo.com"),
    );
    await expect(fetching).rejects.toThrow(
      "cannot reach query1.finance.yahoo.com (getaddrinfo ENOTFOUND query1.finance.yahoo.com); import a file instead: aftershock import FILE",
    );
  });

  it("refuses a reversed range before fetching", async () => {
    const f = fakeFetch({ body: US });
    await expect(yahooChart({ fetch: f.fetch }).fetchDaily("BIDU", 2, 1)).rejects.toThrow(RangeError);
    expect(f.urls).toEqual([]);
  });

  // The one request to the real host. Offline (as here, where only the npm registry is reachable) it
  // must fail at once with the offline message; where Yahoo answers, it must return BIDU's bars.
  it("gets real bars from Yahoo, or says at once that the host cannot be reached", async () => {
    const outcome = await yahooChart({ maxAttempts: 1, timeoutMs: 2500 })
      .fetchDaily("BIDU", d("2024-03-07"), d("2024-03-12"))
      .then((batch) => ({ batch }), (error: unknown) => ({ error }));
    if ("batch" in outcome) {
      expect(outcome.batch.prices[0]?.symbol).toBe("BIDU");
      expect(outcome.batch.prices[0]?.dates.length).toBeGreaterThan(0);
    } else {
      expect(outcome.error).toBeInstanceOf(ProviderUnreachableError);
      expect((outcome.error as Error).message).toMatch(/^cannot reach query1\.finance\.yahoo\.com \(.+\); import a file instead: aftershock import FILE$/);
    }
  }, 5000);
});

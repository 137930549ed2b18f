import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import {
  CSI_300,
  EXCHANGES,
  benchmarkFor,
  defaultSecuritiesMaster,
  exchange,
  listingDate,
  parseSecuritiesSeed,
  parseSymbol,
} from "./index.js";

describe("parseSymbol", () => {
  it("reads the exchange from the suffix", () => {
    expect(parseSymbol("0700.HK")).toEqual({ symbol: "0700.HK", code: "0700", kind: "equity", mic: "XHKG", country: "HK", currency: "HKD" });
    expect(parseSymbol("600519.SS")).toMatchObject({ code: "600519", mic: "XSHG", country: "CN", currency: "CNY" });
    expect(parseSymbol("300750.SZ")).toMatchObject({ mic: "XSHE", kind: "equity" });
  });

  it("leaves a bare US ticker's venue open", () => {
    expect(parseSymbol("AAPL")).toEqual({ symbol: "AAPL", code: "AAPL", kind: "equity", mic: null, country: "US", currency: "USD" });
    expect(parseSymbol("BRK.B")).toMatchObject({ kind: "equity", country: "US" });
  });

  it("recognises indexes, including the CSI 300", () => {
    expect(parseSymbol("^HSI")).toMatchObject({ kind: "index", mic: "XHKG", code: "HSI" });
    expect(parseSymbol("^GSPC")).toMatchObject({ kind: "index", country: "US" });
    expect(parseSymbol(CSI_300)).toMatchObject({ kind: "index", mic: "XSHG", code: "CSI300" });
    expect(parseSymbol("^FOO")).toMatchObject({ kind: "index", mic: null, country: null });
  });

  it("recognises exchange rates", () => {
    expect(parseSymbol("CNY=X")).toMatchObject({ kind: "fx", currency: "CNY", mic: null });
    expect(parseSymbol("USDCNY=X")).toMatchObject({ kind: "fx", currency: "CNY" });
  });

  it("refuses what follows no convention", () => {
    for (const s of ["", "700.HK", "0700.hk", "60051.SS", "aapl", "TOOLONG", "0700.XX", "A B"]) {
      expect(parseSymbol(s), s).toBeUndefined();
    }
  });
});

describe("benchmarkFor", () => {
  it("is the home market's index", () => {
    expect(benchmarkFor("9888.HK")).toBe("^HSI");
    expect(benchmarkFor("3750.HK")).toBe("^HSI");
    expect(benchmarkFor("300750.SZ")).toBe("^CSI300");
    expect(benchmarkFor("600519.SS")).toBe("^CSI300");
    expect(benchmarkFor("BIDU")).toBe("^GSPC");
    expect(benchmarkFor("AAPL")).toBe("^GSPC");
  });

  it("is undefined for indexes, exchange rates and unknown spellings", () => {
    expect(benchmarkFor("^HSI")).toBeUndefined();
    expect(benchmarkFor(CSI_300)).toBeUndefined();
    expect(benchmarkFor("CNY=X")).toBeUndefined();
    expect(benchmarkFor("??")).toBeUndefined();
  });

  it("agrees with the exchange table", () => {
    expect(exchange("XHKG")).toMatchObject({ currency: "HKD", timeZone: "Asia/Hong_Kong", benchmark: "^HSI" });
    expect(exchange("XNYS")?.benchmark).toBe("^GSPC");
    expect(exchange("XNAS")?.timeZone).toBe("America/New_York");
    expect(exchange("XSHE")?.benchmark).toBe(CSI_300);
    expect(EXCHANGES.map((e) => e.mic)).toEqual(expect.arrayContaining(["XHKG", "XNYS", "XNAS", "XSHG", "XSHE"]));
  });
});

describe("securities master (data/securities.json)", () => {
  const master = defaultSecuritiesMaster();

  it("pairs every cross-listing of the sample", () => {
    const pairs: [string, string, string][] = [
      ["baidu", "9888.HK", "BIDU"],
      ["alibaba", "9988.HK", "BABA"],
      ["jd", "9618.HK", "JD"],
      ["netease", "9999.HK", "NTES"],
      ["bilibili", "9626.HK", "BILI"],
      ["li-auto", "2015.HK", "LI"],
      ["nio", "9866.HK", "NIO"],
      ["xpeng", "9868.HK", "XPEV"],
      ["tencent-music", "1698.HK", "TME"],
      ["catl", "300750.SZ", "3750.HK"],
    ];
    for (const [issuer, a, b] of pairs) {
      expect(master.crossListings(a), a).toEqual([b]);
      expect(master.crossListings(b), b).toEqual([a]);
      expect(master.issuerOf(a)?.id).toBe(issuer);
      expect(master.listingsOf(issuer)).toEqual([a, b]);
    }
    expect(master.crossListings("0700.HK")).toEqual([]);
    expect(master.crossListings("AAPL")).toEqual([]);
  });

  it("places US names on their venue and knows listing dates", () => {
    expect(master.describe("BIDU")).toMatchObject({ kind: "adr", mic: "XNAS", currency: "USD", issuerId: "baidu" });
    expect(master.describe("BABA")).toMatchObject({ kind: "adr", mic: "XNYS" });
    expect(master.describe("SPY")).toMatchObject({ kind: "etf", mic: "ARCX", issuerId: null });
    const catlHk = master.describe("3750.HK")!;
    expect(catlHk.listingDay).toBe(dayNumber("2025-05-20"));
    expect(listingDate(catlHk)).toBe("2025-05-20");
    expect(master.describe(CSI_300)).toMatchObject({ kind: "index", mic: "XSHG", currency: "CNY" });
    expect(master.describe("CNY=X")).toMatchObject({ kind: "fx", currency: "CNY", mic: null });
  });

  it("falls back on the spelling for names it does not list", () => {
    expect(master.describe("AAPL")).toEqual({
      symbol: "AAPL",
      kind: "equity",
      mic: null,
      country: "US",
      currency: "USD",
      issuerId: null,
      name: null,
      listingDay: null,
    });
    expect(master.describe("0005.HK")).toMatchObject({ mic: "XHKG", issuerId: null });
    expect(master.describe("not a symbol")).toBeUndefined();
  });

  it("rejects an inconsistent seed, naming the problems", () => {
    const bad = {
      issuers: [{ id: "x", name: "X" }],
      listings: [
        { symbol: "9888.HK", kind: "equity", exchange: "XNAS", issuer: "nobody" },
        { symbol: "BIDU", kind: "adr", exchange: "XXXX", listed: "2005-02-30" },
        { symbol: "BIDU", kind: "index", exchange: "XNAS" },
      ],
    };
    let message = "";
    try {
      parseSecuritiesSeed(bad, "bad.json");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("bad.json");
    expect(message).toContain("9888.HK is on XHKG, not XNAS");
    expect(message).toContain('unknown issuer "nobody"');
    expect(message).toContain('unknown exchange "XXXX"');
    expect(message).toContain("not a calendar date");
    expect(message).toContain('duplicate listing "BIDU"');
    expect(message).toContain("spelled as equity, not index");
    expect(() => parseSecuritiesSeed({ issuers: [], listings: [{ symbol: "BIDU", kind: "stock", exchange: null }] })).toThrow(/kind/);
  });
});

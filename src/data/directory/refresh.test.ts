import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SecuritiesDirectory, listingStatus, nameKey, readDirectoryFolder } from "./index.js";
import type { ListedSecurity, SecTicker } from "./listedSecurity.js";
import { mergeSnapshot, type MarketList } from "./refresh.js";

const rows = readDirectoryFolder(fileURLToPath(new URL("./fixtures/directory/", import.meta.url)));
const TODAY = "2026-12-07";
const US = ["XNAS", "XNYS", "XASE", "ARCX", "BATS", "IEXG"];

const listed = (symbol: string, name: string, exchange = "XNYS", securityType = "common"): ListedSecurity => ({ symbol, exchange, name, localCode: symbol, securityType });
const us = (...securities: ListedSecurity[]): MarketList => ({ market: "US", exchanges: US, securities, source: "NASDAQTRADER", asOf: "", skipped: [] });
const sec = (entries: Record<string, string>): Map<string, SecTicker> => new Map(Object.entries(entries).map(([t, cik]) => [t, { cik, name: "" }]));

describe("merging today's lists into the directory", () => {
  it("a symbol seen again: last_seen today, in the latest snapshot, its name row extended, the source added", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("TRU", "TransUnion"))], sec: sec({ TRU: "1552033" }) });
    const tru = after.securities.find((s) => s.symbol === "TRU")!;
    expect([tru.firstSeen, tru.lastSeen, tru.inLatestSnapshot, tru.source, tru.cik]).toEqual(["2021-01-30", TODAY, true, "US_SCREENER;NASDAQTRADER;SEC_CTE", "1552033"]);
    expect(after.names.filter((n) => n.symbol === "TRU")).toEqual([{ symbol: "TRU", name: "TransUnion", from: "2021-01-30", to: TODAY, lang: "en" }]);
    expect(changes[0]!.added).toEqual([]);
    expect(changes[0]!.renamed).toEqual([]);
  });

  it("a new symbol: a row and a name first seen today, with its CIK; the index links its name from today", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("CRWV", "CoreWeave, Inc.", "XNAS"))], sec: sec({ CRWV: "1769628" }) });
    const crwv = after.securities.find((s) => s.symbol === "CRWV")!;
    expect([crwv.exchange, crwv.firstSeen, crwv.lastSeen, crwv.inLatestSnapshot, crwv.cik, crwv.source]).toEqual(["XNAS", TODAY, TODAY, true, "1769628", "NASDAQTRADER;SEC_CTE"]);
    expect(after.names.filter((n) => n.symbol === "CRWV")).toEqual([{ symbol: "CRWV", name: "CoreWeave, Inc.", from: TODAY, to: TODAY, lang: "en" }]);
    expect(changes[0]!.added.map((a) => a.symbol)).toEqual(["CRWV"]);
    const directory = SecuritiesDirectory.fromRows(after);
    const use = directory.named(nameKey("CoreWeave"), TODAY);
    expect(use.map((u) => u.listing.symbol)).toEqual(["CRWV"]);
    // Listed after the folder's last US list (2026-08-21): not trading before it.
    expect(listingStatus(directory.listing("CRWV")!, "2026-08-21")).toBe("not yet listed");
    expect(listingStatus(directory.listing("CRWV")!, "2026-08-22")).toBe("trading");
  });

  it("a changed name: a names row from today, the old one kept with its dates", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("GOTU", "Gaotu Learning Inc.", "XNYS", "adr"))], sec: sec({}) });
    expect(changes[0]!.renamed).toEqual([{ symbol: "GOTU", from: "Gaotu Techedu Inc.", to: "Gaotu Learning Inc." }]);
    expect(after.names.filter((n) => n.symbol === "GOTU").map((n) => [n.name, n.from, n.to])).toEqual([
      ["Gaotu Techedu Inc.", "2021-06-07", "2026-08-21"],
      ["GSX Techedu Inc.", "2021-05-06", "2021-06-04"],
      ["Gaotu Learning Inc.", TODAY, TODAY],
    ]);
    expect(after.securities.find((s) => s.symbol === "GOTU")!.name).toBe("Gaotu Learning Inc.");
  });

  it("a spelling of the same name is no rename: the name row is extended and spelled as now", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("META", "Meta Platforms, Inc.", "XNAS"))], sec: sec({ META: "1326801" }) });
    expect(changes[0]!.renamed).toEqual([]);
    expect(after.names.filter((n) => n.symbol === "META").map((n) => [n.name, n.from, n.to])).toEqual([["Meta Platforms, Inc.", "2022-06-09", TODAY]]);
  });

  it("symbols of a refreshed market missing from its list leave the latest snapshot; other markets are untouched", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("META", "Meta Platforms Inc.", "XNAS"))], sec: sec({}) });
    expect(changes[0]!.gone.map((g) => g.symbol).sort()).toEqual(["GOTU", "TRU", "TRU-PA"]);
    const tru = after.securities.find((s) => s.symbol === "TRU")!;
    expect([tru.inLatestSnapshot, tru.lastSeen]).toEqual([false, "2026-08-21"]);
    // Hong Kong was not refreshed: its rows stay in the latest snapshot.
    expect(after.securities.find((s) => s.symbol === "0813.HK")!.inLatestSnapshot).toBe(true);
    // Gone after its last sighting: the index ends its period before the refresh.
    expect(listingStatus(SecuritiesDirectory.fromRows(after).listing("TRU")!, TODAY)).toBe("delisted");
  });

  it("a reused ticker (another CIK) is recorded, not merged silently: a corporate event and a new name row", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("TRU", "True Robotics Corp.", "XNAS"))], sec: sec({ TRU: "2099999" }) });
    expect(changes[0]!.reused).toEqual([{ symbol: "TRU", before: "TransUnion", beforeCik: "1552033", now: "True Robotics Corp.", cik: "2099999" }]);
    expect(changes[0]!.renamed).toEqual([]);
    expect(after.events.at(-1)).toEqual({ date: TODAY, symbols: "TRU", event: "ticker reused: TRU was TransUnion (CIK 1552033), now True Robotics Corp. (CIK 2099999)" });
    expect(after.names.filter((n) => n.symbol === "TRU").map((n) => [n.name, n.from, n.to])).toEqual([
      ["TransUnion", "2021-01-30", "2026-08-21"],
      ["True Robotics Corp.", TODAY, TODAY],
    ]);
    const directory = SecuritiesDirectory.fromRows(after);
    expect(directory.named(nameKey("TransUnion"), "2025-01-02").map((u) => u.listing.symbol)).toContain("TRU");
    // The old name holds up to the snapshot that no longer shows it (names.csv dates are sightings).
    expect(directory.named(nameKey("TransUnion"), "2026-12-08").map((u) => u.listing.symbol)).not.toContain("TRU");
    expect(directory.listing("TRU")!.cik).toBe("2099999");
  });

  it("the same ticker with the same CIK and a new name is a rename, not a reuse", () => {
    const { changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("TRU", "TransUnion Holdings Worldwide"))], sec: sec({ TRU: "1552033" }) });
    expect(changes[0]!.reused).toEqual([]);
    expect(changes[0]!.renamed.map((r) => r.symbol)).toEqual(["TRU"]);
  });

  it("a CIK that lost one symbol and gained one is a ticker change, stored as the README's ticker_changes rows", () => {
    const { rows: after, changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("TU", "TransUnion"), listed("TRU-PA", "TransUnion", "XNYS", "preferred"), listed("META", "Meta Platforms Inc.", "XNAS"), listed("GOTU", "Gaotu Techedu Inc."))], sec: sec({ TU: "1552033" }) });
    expect(changes[0]!.tickerChanges).toEqual([{ from: "TRU", to: "TU", cik: "1552033" }]);
    expect(after.tickerChanges.at(-1)).toEqual({ date: TODAY, oldSymbol: "TRU", newSymbol: "TU" });
    // The old ticker ends the day before the change: of the listings named "TransUnion", TU trades on the day.
    const directory = SecuritiesDirectory.fromRows(after);
    expect(listingStatus(directory.listing("TRU")!, TODAY)).toBe("delisted");
    const trading = directory.named(nameKey("TransUnion"), TODAY).filter((u) => listingStatus(u.listing, TODAY) === "trading");
    expect(trading.map((u) => u.listing.symbol)).toEqual(["TU"]);
  });

  it("two new symbols of one CIK are no ticker change (one of them may be a new class)", () => {
    const { changes } = mergeSnapshot(rows, { today: TODAY, lists: [us(listed("TU", "TransUnion"), listed("TUB", "TransUnion"), listed("META", "Meta Platforms Inc.", "XNAS"))], sec: sec({ TU: "1552033", TUB: "1552033" }) });
    expect(changes[0]!.tickerChanges).toEqual([]);
  });

  it("a second refresh of the same day with the same lists changes nothing", () => {
    const input = { today: TODAY, lists: [us(listed("CRWV", "CoreWeave, Inc.", "XNAS"), listed("TRU", "True Robotics Corp.", "XNAS"))], sec: sec({ CRWV: "1769628", TRU: "2099999" }) };
    const once = mergeSnapshot(rows, input);
    const twice = mergeSnapshot(once.rows, input);
    expect(twice.rows).toEqual(once.rows);
    expect(twice.changes[0]!).toMatchObject({ added: [], renamed: [], gone: [], reused: [] });
  });

  it("leaves the stored rows as they were (a refresh builds a new directory)", () => {
    const before = JSON.stringify(rows);
    mergeSnapshot(rows, { today: TODAY, lists: [us(listed("CRWV", "CoreWeave, Inc.", "XNAS"))], sec: sec({}) });
    expect(JSON.stringify(rows)).toBe(before);
  });
});

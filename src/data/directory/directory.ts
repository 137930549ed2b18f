/**
 * The securities directory, indexed for linking names to listings: by symbol, by local code, by the
 * comparison key of every English name a symbol carried (with the period it carried it), and by its
 * Chinese names. Each listing knows when it traded, as far as the snapshots tell (listingPeriod.ts).
 *
 * `indexDirectory` does the work once (at import); its result is plain data, stored as one JSON
 * document, from which `SecuritiesDirectory` only builds its maps: opening the index is fast.
 */
import { chineseKey, nameKey } from "./names.js";
import { SnapshotCalendar, listingPeriod, refreshDates } from "./listingPeriod.js";
import type { DirectoryRows, DirectorySecurity } from "./rows.js";

/** Security types that stand for a company's equity (not preferreds, warrants, units, rights, debt, funds). */
const EQUITY_TYPES: ReadonlySet<string> = new Set(["common", "adr", "Equity Securities (Main Board)", "Equity Securities (GEM)", "REIT", "A-share", "Equity", ""]);

/** HKEX RMB-counter codes (8xxxx): a second counter of a listing, never the name's main listing. */
const RMB_COUNTER = /^8\d{4}\.HK$/;

/** A listing of the directory: what linking needs of its row, and the period it traded. */
export interface DirectoryListing {
  readonly symbol: string;
  readonly exchange: string;
  /** Latest English name (HKEX short name for Hong Kong). */
  readonly name: string;
  readonly cik: string;
  readonly marketCapUsd: number | undefined;
  /** First and last day it traded, where known (undefined: open). */
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** A name a listing carried, and the period it carried it (undefined ends are open). */
export interface DirectoryNameUse {
  readonly listing: DirectoryListing;
  readonly name: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** A listing as stored: [symbol, exchange, name, cik, market cap (0: unknown), from, to] ("" for an open end). */
type ListingRow = readonly [string, string, string, string, number, string, string];

/** The shape of the index data; a stored index of another version is not read (the directory is imported again). */
export const INDEX_VERSION = 2;

/** The index as plain data (tuples, so that the stored document is small): listings, and name uses pointing at them by position. */
export interface DirectoryIndexData {
  readonly version: typeof INDEX_VERSION;
  readonly listings: readonly ListingRow[];
  /** [key, listing index, name as written, from, to] ("" for an open end). */
  readonly names: readonly (readonly [string, number, string, string, string])[];
  readonly chinese: readonly (readonly [string, number, string, string, string])[];
}

/** Builds the index data from the directory's rows. */
export function indexDirectory(rows: DirectoryRows): DirectoryIndexData {
  const calendar = new SnapshotCalendar(refreshDates(rows.securities));
  const ends = endsFromEvents(rows);
  const listings: ListingRow[] = [];
  const position = new Map<string, number>();
  const bySymbol = new Map<string, DirectorySecurity>();
  for (const s of rows.securities) {
    if (!EQUITY_TYPES.has(s.securityType)) continue;
    const period = listingPeriod(s, calendar, ends.get(s.symbol));
    position.set(s.symbol, listings.length);
    bySymbol.set(s.symbol, s);
    listings.push([s.symbol, s.exchange, s.name || s.nameZh, s.cik, s.marketCapUsd ?? 0, period.from ?? "", period.to ?? ""]);
  }
  // Per symbol and language, the span each key was seen; the first key is open before, the last after.
  interface Span { name: string; from: string; to: string }
  const spans = new Map<string, Map<string, Span>[]>();
  for (const n of rows.names) {
    const at = position.get(n.symbol);
    if (at === undefined || RMB_COUNTER.test(n.symbol)) continue;
    const english = n.lang === "en";
    const key = english ? nameKey(n.name) : chineseKey(n.name);
    if (key === "") continue;
    let pair = spans.get(n.symbol);
    if (pair === undefined) spans.set(n.symbol, (pair = [new Map(), new Map()]));
    const m = pair[english ? 0 : 1]!;
    const s = m.get(key);
    if (s === undefined) m.set(key, { name: n.name, from: n.from, to: n.to });
    else {
      if (n.to > s.to) {
        s.name = n.name;
        s.to = n.to;
      }
      if (n.from < s.from) s.from = n.from;
    }
  }
  const names: [string, number, string, string, string][] = [];
  const chinese: [string, number, string, string, string][] = [];
  for (const [symbol, pair] of spans) {
    const at = position.get(symbol)!;
    const market = calendar.marketOf(bySymbol.get(symbol)!);
    pair.forEach((m, lang) => {
      let first = "9999", last = "";
      for (const s of m.values()) {
        if (s.from < first) first = s.from;
        if (s.to > last) last = s.to;
      }
      for (const [key, s] of m) {
        const from = s.from === first ? "" : (calendar.previous(market, s.from) ?? s.from);
        const to = s.to === last ? "" : (calendar.next(market, s.to) ?? s.to);
        (lang === 0 ? names : chinese).push([key, at, s.name, from, to]);
      }
    });
  }
  // Chinese names of securities.csv that names.csv lacks (full registered names).
  const seen = new Set(chinese.map(([key, at]) => `${at} ${key}`));
  for (const s of bySymbol.values()) {
    if (RMB_COUNTER.test(s.symbol)) continue;
    const at = position.get(s.symbol)!;
    for (const zh of [s.nameZh, s.nameZhFull]) {
      const key = chineseKey(zh);
      if (key === "" || seen.has(`${at} ${key}`)) continue;
      seen.add(`${at} ${key}`);
      chinese.push([key, at, zh, "", ""]);
    }
  }
  return { version: INDEX_VERSION, listings, names, chinese };
}

export class SecuritiesDirectory {
  private readonly bySymbol = new Map<string, DirectoryListing>();
  private readonly listings: readonly DirectoryListing[];
  private readonly byKey = new Map<string, DirectoryNameUse[]>();
  /** Built on first use: most articles need neither local codes, issuers' other listings nor Chinese names. */
  private codes: Map<string, DirectoryListing[]> | undefined;
  private ciks: Map<string, DirectoryListing[]> | undefined;
  private chineseNames: Map<string, DirectoryNameUse[]> | undefined;
  /** Most words in a name key, and the lengths of the Chinese names: what a text scan has to try. */
  readonly maxKeyWords: number;
  readonly chineseLengths: readonly number[];
  readonly size: number;

  constructor(private readonly data: DirectoryIndexData) {
    this.listings = data.listings.map(([symbol, exchange, name, cik, cap, from, to]) => ({ symbol, exchange, name, cik, marketCapUsd: cap || undefined, from: from || undefined, to: to || undefined }));
    for (const l of this.listings) this.bySymbol.set(l.symbol, l);
    let maxWords = 1;
    for (const [key, at, name, from, to] of data.names) {
      push(this.byKey, key, { listing: this.listings[at]!, name, from: from || undefined, to: to || undefined });
      let words = 1;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
      if (words > maxWords) maxWords = words;
    }
    this.maxKeyWords = maxWords;
    this.chineseLengths = [...new Set(data.chinese.map(([key]) => key.length))].sort((a, b) => b - a);
    this.size = data.listings.length;
  }

  private get byCode(): Map<string, DirectoryListing[]> {
    if (this.codes === undefined) {
      this.codes = new Map();
      for (const l of this.listings) for (const code of localCodes(l.symbol)) push(this.codes, code, l);
    }
    return this.codes;
  }

  private get byCik(): Map<string, DirectoryListing[]> {
    if (this.ciks === undefined) {
      this.ciks = new Map();
      for (const l of this.listings) if (l.cik !== "") push(this.ciks, l.cik, l);
    }
    return this.ciks;
  }

  private get byChinese(): Map<string, DirectoryNameUse[]> {
    if (this.chineseNames === undefined) {
      this.chineseNames = new Map();
      for (const [key, at, name, from, to] of this.data.chinese) push(this.chineseNames, key, { listing: this.listings[at]!, name, from: from || undefined, to: to || undefined });
    }
    return this.chineseNames;
  }

  /** The directory of a folder's rows, indexed now. */
  static fromRows(rows: DirectoryRows): SecuritiesDirectory {
    return new SecuritiesDirectory(indexDirectory(rows));
  }

  /** The listing with this Yahoo-style symbol ("EFX", "0700.HK", "600519.SS"). */
  listing(symbol: string): DirectoryListing | undefined {
    return this.bySymbol.get(symbol);
  }

  /** Listings with this local code ("00700", "700", "600519", "BRK/B"). */
  byLocalCode(code: string): readonly DirectoryListing[] {
    return this.byCode.get(code) ?? [];
  }

  /** Uses of a name key (see names.ts) on a date: only names the listing carried then. */
  named(key: string, date: string): readonly DirectoryNameUse[] {
    return (this.byKey.get(key) ?? []).filter((u) => within(u, date));
  }

  /** How the names with this key were written (HKEX short names in capitals, US names as the screener spells them). */
  spellings(key: string): readonly string[] | undefined {
    return this.byKey.get(key)?.map((u) => u.name);
  }

  /** Whether any listing ever carried this name key (to tell "not then" from "never"). */
  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Uses of a Chinese name on a date. */
  namedInChinese(name: string, date: string): readonly DirectoryNameUse[] {
    return (this.byChinese.get(chineseKey(name)) ?? []).filter((u) => within(u, date));
  }

  /** Whether a Chinese name (already a key) is in the index at all. */
  hasChinese(key: string): boolean {
    return this.byChinese.has(key);
  }

  /** The listings of the same US issuer (same SEC CIK): GOOG beside GOOGL. */
  siblings(listing: DirectoryListing): readonly DirectoryListing[] {
    return listing.cik === "" ? [listing] : (this.byCik.get(listing.cik) ?? [listing]);
  }
}

/** Whether a listing traded on a date: "trading", or why not. */
export function listingStatus(l: DirectoryListing, date: string): "trading" | "not yet listed" | "delisted" {
  if (l.from !== undefined && date < l.from) return "not yet listed";
  if (l.to !== undefined && date > l.to) return "delisted";
  return "trading";
}

function within(u: DirectoryNameUse, date: string): boolean {
  return (u.from === undefined || u.from <= date) && (u.to === undefined || date <= u.to);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The codes a listing is written with locally: "00700", "0700" and "700" for 0700.HK; "600519". */
function localCodes(symbol: string): string[] {
  const hk = /^(\d+)\.HK$/.exec(symbol);
  if (hk) {
    const n = String(Number(hk[1]));
    return [...new Set([symbol, n, n.padStart(4, "0"), n.padStart(5, "0")])];
  }
  const cn = /^(\d{6})\.(SS|SZ)$/.exec(symbol);
  return cn ? [symbol, cn[1]!] : [symbol, symbol.replace("-", "/"), symbol.replace("-", ".")];
}

/**
 * First days no longer traded, from hand-checked events (a delisting on its date, an old ticker on
 * the day of its change) and from the ticker changes.
 */
function endsFromEvents(rows: DirectoryRows): Map<string, string> {
  const ends = new Map<string, string>();
  const set = (symbol: string, date: string): void => {
    const known = ends.get(symbol);
    if (known === undefined || date < known) ends.set(symbol, date);
  };
  for (const e of rows.events) {
    if (e.date === "") continue;
    if (/^delisted/.test(e.event)) for (const s of e.symbols.split(";")) set(s.trim(), e.date);
    const change = /^([A-Z0-9.-]+)->([A-Z0-9.-]+)$/.exec(e.symbols.trim());
    if (change && /ticker change/.test(e.event)) set(change[1]!, e.date);
  }
  for (const c of rows.tickerChanges) set(c.oldSymbol, c.date);
  return ends;
}

/**
 * Merging today's exchange lists into the directory as a new snapshot, by the meanings of its
 * columns (the directory's README): a symbol seen again gets `last_seen` today and
 * `in_latest_snapshot` Y; a new symbol a row first seen today; a changed name (by its comparison key,
 * names.ts) a `names` row from today; a symbol of a refreshed market missing from its list
 * `in_latest_snapshot` N. A US ticker whose SEC CIK differs from the stored one is a reused ticker:
 * it keeps its row (the README: a row is a ticker), gets the new name from today, and a
 * corporate-events row says which company had it before. A CIK that lost exactly one symbol and
 * gained exactly one is a ticker change (ticker_changes.csv, as its SEC_CTE rows).
 */
import type { ListedSecurity, SecTicker } from "./listedSecurity.js";
import { nameKey } from "./names.js";
import type { DirectoryEvent, DirectoryName, DirectoryRows, DirectorySecurity, DirectoryTickerChange } from "./rows.js";

/** A market's list of today: which stored rows it covers (by exchange), its rows, and the source tag. */
export interface MarketList {
  /** "US", "XHKG". */
  readonly market: string;
  /** The stored rows of these exchanges are the market's: missing from the list, they are gone. */
  readonly exchanges: readonly string[];
  readonly securities: readonly ListedSecurity[];
  readonly source: string;
  /** When the source says it made the list ("" when it does not say). */
  readonly asOf: string;
  /** Codes of rows left out (symbols with no Yahoo-style spelling), reported with the changes. */
  readonly skipped: readonly string[];
}

export interface RefreshInput {
  readonly today: string;
  readonly lists: readonly MarketList[];
  /** SEC CIKs by ticker, for US rows (source tag SEC_CTE). */
  readonly sec: ReadonlyMap<string, SecTicker>;
}

interface Renamed {
  readonly symbol: string;
  readonly from: string;
  readonly to: string;
}

/** A symbol change: the CIK that filed under `from` in the last list files under `to` now (the README's SEC_CTE rule). */
interface TickerChange {
  readonly from: string;
  readonly to: string;
  readonly cik: string;
}

interface ReusedTicker {
  readonly symbol: string;
  readonly before: string;
  readonly beforeCik: string;
  readonly now: string;
  readonly cik: string;
}

/** What a refresh changed in one market. */
export interface MarketChanges {
  readonly market: string;
  readonly asOf: string;
  readonly skipped: readonly string[];
  readonly listed: number;
  readonly added: readonly ListedSecurity[];
  readonly renamed: readonly Renamed[];
  readonly gone: readonly { readonly symbol: string; readonly name: string }[];
  readonly reused: readonly ReusedTicker[];
  readonly tickerChanges: readonly TickerChange[];
}

/** The directory with today's snapshot merged in, and what changed per market. */
export function mergeSnapshot(rows: DirectoryRows, input: RefreshInput): { rows: DirectoryRows; changes: MarketChanges[] } {
  const { today, sec } = input;
  const securities = rows.securities.map((s) => ({ ...s }));
  const bySymbol = new Map(securities.map((s, i) => [s.symbol, i]));
  const names: DirectoryName[] = rows.names.map((n) => ({ ...n }));
  // The latest English names row of each symbol, where a sighting extends `to`.
  const latestName = new Map<string, number>();
  names.forEach((n, i) => {
    if (n.lang !== "en") return;
    const at = latestName.get(n.symbol);
    if (at === undefined || n.to >= names[at]!.to) latestName.set(n.symbol, i);
  });
  const events: DirectoryEvent[] = [...rows.events];
  const newChanges: DirectoryTickerChange[] = [];
  const changes: MarketChanges[] = [];
  for (const list of input.lists) {
    const added: ListedSecurity[] = [];
    const renamed: Renamed[] = [];
    const reused: ReusedTicker[] = [];
    const listed = new Set<string>();
    for (const l of list.securities) {
      if (listed.has(l.symbol)) continue;
      listed.add(l.symbol);
      const filer = list.market === "US" ? sec.get(l.symbol) : undefined;
      const source = filer === undefined ? list.source : `${list.source};SEC_CTE`;
      const at = bySymbol.get(l.symbol);
      if (at === undefined) {
        added.push(l);
        bySymbol.set(l.symbol, securities.length);
        securities.push(newRow(l, today, source, filer?.cik ?? ""));
        latestName.set(l.symbol, names.length);
        names.push({ symbol: l.symbol, name: l.name, from: today, to: today, lang: "en" });
        continue;
      }
      const s = securities[at]!;
      const oldName = s.name;
      const reuse = filer !== undefined && s.cik !== "" && s.cik !== filer.cik;
      if (reuse) {
        reused.push({ symbol: l.symbol, before: oldName, beforeCik: s.cik, now: l.name, cik: filer.cik });
        events.push({ date: today, symbols: l.symbol, event: `ticker reused: ${l.symbol} was ${oldName} (CIK ${s.cik}), now ${l.name} (CIK ${filer.cik})` });
      }
      const n = latestName.get(l.symbol);
      if (!reuse && n !== undefined && nameKey(names[n]!.name) === nameKey(l.name)) {
        names[n] = { ...names[n]!, name: l.name, to: today };
      } else {
        if (!reuse && nameKey(oldName) !== nameKey(l.name)) renamed.push({ symbol: l.symbol, from: oldName, to: l.name });
        latestName.set(l.symbol, names.length);
        names.push({ symbol: l.symbol, name: l.name, from: today, to: today, lang: "en" });
      }
      securities[at] = {
        ...s,
        exchange: l.exchange,
        name: l.name,
        lastSeen: today,
        firstSeen: s.firstSeen === "" ? today : s.firstSeen,
        inLatestSnapshot: true,
        source: joinSources(s.source, source),
        securityType: s.securityType === "" ? l.securityType : s.securityType,
        cik: filer?.cik ?? s.cik,
      };
    }
    const exchanges = new Set(list.exchanges);
    const gone: { symbol: string; name: string }[] = [];
    securities.forEach((s, i) => {
      if (!exchanges.has(s.exchange) || listed.has(s.symbol) || !s.inLatestSnapshot) return;
      gone.push({ symbol: s.symbol, name: s.name });
      securities[i] = { ...s, inLatestSnapshot: false };
    });
    const changed = tickerChanges(gone, added, securities, bySymbol);
    for (const c of changed) newChanges.push({ date: today, oldSymbol: c.from, newSymbol: c.to });
    changes.push({ market: list.market, asOf: list.asOf, skipped: list.skipped, listed: listed.size, added, renamed, gone, reused, tickerChanges: changed });
  }
  return { rows: { securities, names, tickerChanges: [...rows.tickerChanges, ...newChanges], events }, changes };
}

/** Ticker changes among today's gone and new symbols: a CIK that lost exactly one symbol and gained exactly one. */
function tickerChanges(gone: readonly { symbol: string }[], added: readonly ListedSecurity[], securities: readonly DirectorySecurity[], bySymbol: ReadonlyMap<string, number>): TickerChange[] {
  const byCik = new Map<string, { lost: string[]; gained: string[] }>();
  const entry = (cik: string): { lost: string[]; gained: string[] } => {
    let e = byCik.get(cik);
    if (e === undefined) byCik.set(cik, (e = { lost: [], gained: [] }));
    return e;
  };
  for (const g of gone) {
    const cik = securities[bySymbol.get(g.symbol)!]!.cik;
    if (cik !== "") entry(cik).lost.push(g.symbol);
  }
  for (const a of added) {
    const cik = securities[bySymbol.get(a.symbol)!]!.cik;
    if (cik !== "") entry(cik).gained.push(a.symbol);
  }
  const out: TickerChange[] = [];
  for (const [cik, { lost, gained }] of byCik) if (lost.length === 1 && gained.length === 1) out.push({ from: lost[0]!, to: gained[0]!, cik });
  return out;
}

function newRow(l: ListedSecurity, today: string, source: string, cik: string): DirectorySecurity {
  return {
    symbol: l.symbol, exchange: l.exchange, name: l.name, nameZh: "", country: "", sector: "", marketCapUsd: undefined,
    firstSeen: today, lastSeen: today, source, localCode: l.localCode, securityType: l.securityType, industry: "",
    cik, listDate: "", delistDate: "", inLatestSnapshot: true, nameZhFull: "", ipoYear: undefined,
  };
}

/** Source tags joined with ";", each once, in the order first seen. */
function joinSources(a: string, b: string): string {
  return [...new Set([...a.split(";"), ...b.split(";")].filter((t) => t !== ""))].join(";");
}

/**
 * When a directory listing traded, as far as the snapshots tell. A symbol first seen in a snapshot
 * was listed after the previous complete list of its exchange; one that vanished was delisted (or
 * renamed) before the next. Hand-checked events and known listing/delisting dates come first.
 */
import { addDays } from "../../calendar/days.js";
import type { DirectorySecurity } from "./rows.js";

/**
 * Dates of the complete lists of each exchange (the directory's README, "Sources"): Nasdaq Trader's
 * directory of 2015-01-10 (all US venues) and 2018-08-22 (Nasdaq only), the Nasdaq screener daily
 * from 2021-01-30 to 2026-08-21, HKEX's list of securities at eight dates, the mainland vendor lists
 * at seven. S&P 500 copies and SEC files are not complete lists and do not count.
 */
const COMPLETE_LISTS: Readonly<Record<"XNAS" | "US" | "XHKG" | "CN", { readonly dates: readonly string[]; readonly daily?: readonly [string, string] }>> = {
  XNAS: { dates: ["2015-01-10", "2018-08-22"], daily: ["2021-01-30", "2026-08-21"] },
  US: { dates: ["2015-01-10"], daily: ["2021-01-30", "2026-08-21"] },
  XHKG: { dates: ["2019-12-06", "2021-10-11", "2021-12-03", "2022-07-20", "2023-03-01", "2025-07-11", "2025-12-31", "2026-03-23"] },
  CN: { dates: ["2019-05-05", "2019-11-12", "2020-06-24", "2020-09-24", "2023-11-29", "2025-04-10", "2026-02-27"] },
};

/** Days allowed between two daily screener snapshots (weekends, holidays and missed nights). */
const DAILY_GAP = 7;

export type Market = keyof typeof COMPLETE_LISTS;

/** First and last day a listing traded; an undefined end is open (not known to bound it). */
export interface ListingPeriod {
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** The tags of the lists `aftershock directory refresh` reads: each refresh is a complete list of its market. */
const REFRESH_SOURCES: Readonly<Record<Market, string>> = { XNAS: "NASDAQTRADER", US: "NASDAQTRADER", XHKG: "HKEX_LIST", CN: "" };

/** The last complete list of the folder's sources for a market. */
function lastListed(market: Market): string {
  const m = COMPLETE_LISTS[market];
  return m.daily ? m.daily[1] : m.dates[m.dates.length - 1]!;
}

/** The complete-list dates around a date, by market: the folder's lists and the refreshes since. */
export class SnapshotCalendar {
  private readonly lists: Map<Market, readonly string[]>;

  /** `refreshes`: the dates of later complete lists, by market (see {@link refreshDates}). */
  constructor(refreshes: ReadonlyMap<Market, ReadonlySet<string>> = new Map()) {
    this.lists = new Map(
      (Object.keys(COMPLETE_LISTS) as Market[]).map((m) => {
        const daily = COMPLETE_LISTS[m].daily;
        return [m, [...new Set([...COMPLETE_LISTS[m].dates, ...(daily ? daily : []), ...(refreshes.get(m) ?? [])])].sort()];
      }),
    );
  }

  marketOf(s: DirectorySecurity): Market {
    if (s.exchange === "XNAS") return "XNAS";
    if (s.exchange === "XHKG") return "XHKG";
    if (s.exchange === "XSHG" || s.exchange === "XSHE") return "CN";
    return "US";
  }

  /** The last complete list strictly before `date`. */
  previous(market: Market, date: string): string | undefined {
    const m = COMPLETE_LISTS[market];
    if (m.daily && date > m.daily[0] && date <= m.daily[1]) return addDays(date, -1);
    let found: string | undefined;
    for (const d of this.lists.get(market)!) if (d < date) found = d;
    return found;
  }

  /** The first complete list strictly after `date`. */
  next(market: Market, date: string): string | undefined {
    const m = COMPLETE_LISTS[market];
    if (m.daily && date >= m.daily[0] && date < m.daily[1]) return addDays(date, DAILY_GAP);
    return this.lists.get(market)!.find((d) => d > date);
  }
}

/**
 * A listing's period: known listing and delisting dates first (mainland lists; `end`, the first day
 * it no longer traded, from hand-checked events and ticker changes); else the snapshots around its
 * first and last sighting; the screener's IPO year bounds the start of a US listing.
 */
export function listingPeriod(s: DirectorySecurity, calendar: SnapshotCalendar, end?: string): ListingPeriod {
  const market = calendar.marketOf(s);
  let from: string | undefined = s.listDate || undefined;
  if (from === undefined && s.firstSeen !== "") {
    const before = calendar.previous(market, s.firstSeen);
    if (before !== undefined) from = addDays(before, 1);
    if (s.ipoYear !== undefined) {
      const ipo = `${s.ipoYear}-01-01`;
      if (ipo <= s.firstSeen && (from === undefined || ipo > from)) from = ipo;
    }
  }
  let to: string | undefined = s.delistDate || (end === undefined ? undefined : addDays(end, -1));
  if (to === undefined && !s.inLatestSnapshot && s.lastSeen !== "") {
    const after = calendar.next(market, s.lastSeen);
    to = after === undefined ? undefined : addDays(after, -1);
  }
  return { from, to };
}

/**
 * The dates of the refreshes a directory went through: a refreshed source's `first_seen` and
 * `last_seen` after the folder's last list of the market (a date with no symbol starting or ending
 * there leaves no trace, and the periods around it are a little wider).
 */
export function refreshDates(securities: readonly DirectorySecurity[], calendar = new SnapshotCalendar()): Map<Market, Set<string>> {
  const out = new Map<Market, Set<string>>();
  for (const s of securities) {
    const market = calendar.marketOf(s);
    const tag = REFRESH_SOURCES[market];
    if (tag === "" || !s.source.split(";").includes(tag)) continue;
    for (const d of [s.firstSeen, s.lastSeen]) {
      if (d <= lastListed(market)) continue;
      // One refresh reads every US exchange: its date is a complete list of Nasdaq and of the rest.
      for (const m of market === "XNAS" || market === "US" ? (["XNAS", "US"] as const) : [market]) {
        let set = out.get(m);
        if (set === undefined) out.set(m, (set = new Set()));
        set.add(d);
      }
    }
  }
  return out;
}

/**
 * The benchmark protocol of ../shared/reference/performance.md, shared by the engine run and the plain
 * loop: the 505-stock S&P 500 panel and the S&P 500 as simple returns, and N events drawn at random
 * (seed 42), or the events of a CSV file (`security,date`, dates as YYYY-MM-DD).
 */
import { readFileSync } from "node:fs";
import { dayNumber } from "../src/calendar/days.js";
import { importFile } from "../src/data/importers/index.js";
import type { Series } from "../src/series.js";
import { Xoshiro128StarStar } from "../src/study/compare/xoshiro128.js";
import { returnsFromPrices } from "../src/study/returns.js";
import { shared } from "../test/support/paths.js";

export const PANEL_FILE = shared("data/sp500-2013-2018/all_stocks_5yr.csv");
export const INDEX_FILE = shared("data/indices/GSPC.csv");

export interface ProtocolData {
  readonly securities: Map<string, Series>;
  readonly market: Series;
}

export async function loadProtocolData(): Promise<ProtocolData> {
  const panel = await importFile(PANEL_FILE);
  const index = (await importFile(INDEX_FILE)).prices[0]!;
  const securities = new Map<string, Series>();
  for (const s of panel.prices) securities.set(s.symbol, returnsFromPrices({ dates: s.dates, values: s.close }, "simple"));
  return { securities, market: returnsFromPrices({ dates: index.dates, values: index.close }, "simple") };
}

/** Events as columns: security names and dates (days since 1970-01-01). */
export interface ProtocolEvents {
  readonly security: string[];
  readonly date: Int32Array;
}

/** N random events: a security with more than 600 dates, then one of its dates with room for the windows (seeded). */
export function drawEvents(securities: ReadonlyMap<string, Series>, n: number): ProtocolEvents {
  const rng = Xoshiro128StarStar.fromSeed(42);
  const names = [...securities.keys()].filter((name) => securities.get(name)!.dates.length > 600);
  const security: string[] = new Array<string>(n);
  const date = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const name = names[rng.nextBelow(names.length)]!;
    const dates = securities.get(name)!.dates;
    security[i] = name;
    date[i] = dates[260 + rng.nextBelow(dates.length - 270)]!;
  }
  return { security, date };
}

/** Events from a `security,date` CSV (a header line first). */
export function readEvents(path: string): ProtocolEvents {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const header = lines[0]!.split(",").map((h) => h.trim().toLowerCase());
  const s = header.indexOf("security");
  const d = header.indexOf("date");
  if (s < 0 || d < 0) throw new Error(`${path}: the header needs security and date columns`);
  const security: string[] = [];
  const date = new Int32Array(lines.length - 1);
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(",");
    security.push(cells[s]!.trim());
    const day = dayNumber(cells[d]!.trim());
    if (Number.isNaN(day)) throw new Error(`${path}:${i + 1}: date "${cells[d]}" is not YYYY-MM-DD`);
    date[i - 1] = day;
  }
  return { security, date };
}

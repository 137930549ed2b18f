import type { Series } from "../series.js";

/** Factor returns (fractions) on their own dates; `rf` is the risk-free rate of each day. */
export interface FactorSeries {
  readonly dates: Int32Array;
  readonly rf: Float64Array;
  /** Named factor columns: "Mkt-RF", "SMB", "HML", "MOM", "RMW", "CMA". */
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/**
 * One security's returns on its own trading days (the dates where it has a return), with the market
 * and factor returns of the same dates beside them. `marketRow[i]` is the index of that date in the
 * market's own series (-1 when the market has no return that day): two consecutive security rows
 * whose market rows differ by more than one mean the security skipped days the market traded.
 */
export interface SecurityPanel {
  readonly dates: Int32Array;
  readonly r: Float64Array;
  readonly rm: Float64Array;
  readonly marketRow: Int32Array;
  /** 1 where the return spans market days the security did not trade (a gap it bridges). */
  readonly bridged: Uint8Array;
  readonly rf?: Float64Array;
  readonly factors?: Readonly<Record<string, Float64Array>>;
  /** The exchange's sessions, when its calendar is known: event time can then run past the data. */
  readonly sessions?: Int32Array;
  /** Rows whose security or market return is a suspected data error (see suspectReturns), with the reason. */
  readonly suspect?: ReadonlyMap<number, string>;
}

/**
 * Aligns a security's returns with a market's and optionally factors' on the security's trading days.
 * A return is marked bridged when it spans sessions of its exchange (given its calendar), or else days
 * the market index traded, on which the security had no price. Where the calendar is known, market days
 * that were no sessions of the exchange are its holidays: the market's return is then compounded over
 * the security's span.
 */
export function buildPanel(
  security: Series,
  market?: Series,
  factors?: FactorSeries,
  sessions?: Int32Array,
  returnType: "simple" | "log" = "simple",
): SecurityPanel {
  let n = 0;
  for (const v of security.values) if (Number.isFinite(v)) n++;
  const dates = new Int32Array(n);
  const r = new Float64Array(n);
  for (let i = 0, j = 0; i < security.values.length; i++) {
    const v = security.values[i]!;
    if (!Number.isFinite(v)) continue;
    dates[j] = security.dates[i]!;
    r[j++] = v;
  }
  const marketRow = market ? matchDates(dates, market.dates) : new Int32Array(n).fill(-1);
  const rm = new Float64Array(n).fill(Number.NaN);
  const bridged = new Uint8Array(n);
  const known = (day: number): boolean => sessions !== undefined && sessions.length > 0 && day >= sessions[0]! && day <= sessions[sessions.length - 1]!;
  if (market) {
    for (let i = 0; i < n; i++) {
      const row = marketRow[i]!;
      if (row >= 0) rm[i] = market.values[row]!;
      if (i > 0 && row >= 0 && marketRow[i - 1]! >= 0 && row - marketRow[i - 1]! > 1) {
        // Market days between two sessions of the security's own exchange are that exchange's holidays
        // (a benchmark from another exchange): the market's return over the same span, not a gap.
        if (known(dates[i - 1]!) && known(dates[i]!)) rm[i] = compound(market.values, marketRow[i - 1]! + 1, row + 1, returnType);
        else bridged[i] = 1;
      }
    }
  }
  if (sessions) {
    for (let i = 1; i < n; i++) if (lowerBound(sessions, dates[i]!) - lowerBound(sessions, dates[i - 1]! + 1) > 0) bridged[i] = 1;
  }
  const calendar = sessions ? { sessions } : {};
  if (!factors) return { dates, r, rm, marketRow, bridged, ...calendar };
  const rows = matchDates(dates, factors.dates);
  const pick = (col: Float64Array): Float64Array => {
    const out = new Float64Array(n).fill(Number.NaN);
    for (let i = 0; i < n; i++) if (rows[i]! >= 0) out[i] = col[rows[i]!]!;
    return out;
  };
  const cols: Record<string, Float64Array> = {};
  for (const [name, col] of Object.entries(factors.columns)) cols[name] = pick(col);
  return { dates, r, rm, marketRow, bridged, rf: pick(factors.rf), factors: cols, ...calendar };
}

/** The return over rows [from, to) of a return series: compounded (simple) or summed (log). */
function compound(values: Float64Array, from: number, to: number, returnType: "simple" | "log"): number {
  let total = returnType === "log" ? 0 : 1;
  for (let j = from; j < to; j++) {
    if (returnType === "log") total += values[j]!;
    else total *= 1 + values[j]!;
  }
  return returnType === "log" ? total : total - 1;
}

/** For each date of `want`, its index in `have` (both ascending), or -1. One merge pass. */
function matchDates(want: Int32Array, have: Int32Array): Int32Array {
  const out = new Int32Array(want.length).fill(-1);
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < have.length && have[j]! < want[i]!) j++;
    if (j < have.length && have[j] === want[i]) out[i] = j;
  }
  return out;
}

/** Index of the first element >= day in an ascending array (its length when none). */
export function lowerBound(dates: Int32Array, day: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import { isoDate } from "../calendar/days.js";

/**
 * Returns that are most likely data errors rather than market moves, as rules with their thresholds.
 * A close that jumps by a simple ratio is an unadjusted split or reverse split (the adjusted series a
 * study should use divides every earlier close by the ratio); a close far off both neighbours that
 * comes back the next session is a bad print. Screens of this shape are standard before return data
 * is used: Ince & Porter (2006, J. Financial Research 29, 463-479) set to missing a large return that
 * is reversed at once. A real crash can also reverse at once (UBER -24 % then +32 % on 18-19 March
 * 2020), but then the days around it move a lot too: a bad close must also stand far outside its
 * neighbourhood, by the Hampel identifier (|x - median| > t · 1.4826 · MAD over a moving window;
 * Pearson 2002, IEEE Trans. Control Systems Technology 10, 55-63). The thresholds are this project's,
 * stated with every result.
 */
export const SUSPECT_RETURN_RULES = {
  /** Price ratios P_t / P_(t-1) of a split or reverse split not adjusted for: 1:2, 2:1, 1:3, 3:1, 1:10, 10:1. */
  splitRatios: [
    { ratio: 1 / 2, label: "1:2" },
    { ratio: 2, label: "2:1" },
    { ratio: 1 / 3, label: "1:3" },
    { ratio: 3, label: "3:1" },
    { ratio: 1 / 10, label: "1:10" },
    { ratio: 10, label: "10:1" },
  ],
  /**
   * Relative distance of the day's price ratio from a split ratio within which it is split-like:
   * 5 % leaves room for the day's own move (DISCA's 1:2 on 2014-08-07 is 0.4936, 1.3 % off).
   */
  splitTolerance: 0.05,
  /** A bad close: both its jump away and its jump back exceed this in log terms (0.2 ≈ +22 % / -18 %). */
  badCloseMinLogMove: 0.2,
  /** ...and the two days together undo at least 75 % of the smaller jump (net log move ≤ 25 % of it)... */
  badCloseMaxNetShare: 0.25,
  /**
   * ...and the smaller jump is at least this many robust standard deviations (1.4826 · MAD) of the log
   * returns of the rows around it (the S&P 500 panel's bad closes of 2017-09-14 stand 21-39 away;
   * UBER's real reversal of March 2020 stands 3.8 away).
   */
  badCloseMinRobustZ: 8,
  /** Rows on each side of the two jumps that give the neighbourhood (fewer than 5 found: no neighbourhood test). */
  neighbourhood: 10,
} as const;

export type SuspectRules = typeof SUSPECT_RETURN_RULES;

/** Per return: none, the day of a split-like jump, the day a bad close was printed, the day after it. */
const SUSPECT_NONE = 0;
export const SUSPECT_SPLIT = 1;
export const SUSPECT_BAD_CLOSE = 2;
export const SUSPECT_AFTER_BAD_CLOSE = 3;

/**
 * Flags the suspect returns of one series (returns on consecutive rows, simple or log): a code per row
 * (see SUSPECT_*). A bad close flags both returns it touches; a split-like jump flags its own. Pure.
 */
export function flagSuspectReturns(r: Float64Array, returnType: "simple" | "log", rules: SuspectRules = SUSPECT_RETURN_RULES): Uint8Array {
  const n = r.length;
  const flags = new Uint8Array(n);
  const logMove = (i: number): number => (returnType === "log" ? r[i]! : Math.log1p(r[i]!));
  for (let i = 0; i < n; i++) {
    if (flags[i] !== SUSPECT_NONE) continue;
    const jump = logMove(i);
    if (!Number.isFinite(jump)) continue;
    if (i + 1 < n && isBadClose(jump, logMove(i + 1), rules) && standsOut(Math.min(Math.abs(jump), Math.abs(logMove(i + 1))), i, n, logMove, rules)) {
      flags[i] = SUSPECT_BAD_CLOSE;
      flags[i + 1] = SUSPECT_AFTER_BAD_CLOSE;
      continue;
    }
    if (splitRatioOf(Math.exp(jump), rules) !== undefined) flags[i] = SUSPECT_SPLIT;
  }
  return flags;
}

function isBadClose(away: number, back: number, rules: SuspectRules): boolean {
  if (!Number.isFinite(back) || Math.sign(away) === Math.sign(back)) return false;
  const smaller = Math.min(Math.abs(away), Math.abs(back));
  return smaller >= rules.badCloseMinLogMove && Math.abs(away + back) <= rules.badCloseMaxNetShare * smaller;
}

/** Whether a move of this size is far outside the robust spread of the log returns around rows i and i+1. */
function standsOut(size: number, i: number, n: number, logMove: (i: number) => number, rules: SuspectRules): boolean {
  const around: number[] = [];
  for (let j = Math.max(0, i - rules.neighbourhood); j < Math.min(n, i + 2 + rules.neighbourhood); j++) {
    if (j === i || j === i + 1) continue;
    const v = logMove(j);
    if (Number.isFinite(v)) around.push(v);
  }
  if (around.length < 5) return true;
  const median = medianOf(around);
  const sd = 1.4826 * medianOf(around.map((v) => Math.abs(v - median)));
  return size >= rules.badCloseMinRobustZ * sd;
}

function medianOf(values: number[]): number {
  const a = values.slice().sort((x, y) => x - y);
  const h = a.length >> 1;
  return a.length % 2 ? a[h]! : (a[h - 1]! + a[h]!) / 2;
}

/** The split ratio a price ratio is within tolerance of, if any. */
export function splitRatioOf(priceRatio: number, rules: SuspectRules = SUSPECT_RETURN_RULES): string | undefined {
  for (const { ratio, label } of rules.splitRatios) {
    if (Math.abs(priceRatio / ratio - 1) <= rules.splitTolerance) return label;
  }
  return undefined;
}

/** Why a flagged return is not used, naming the date and the ratio of the closes. */
function suspectReason(flag: number, date: number, simpleReturn: number, rules: SuspectRules = SUSPECT_RETURN_RULES): string {
  const ratio = 1 + simpleReturn;
  const text = ratio.toPrecision(3);
  switch (flag) {
    case SUSPECT_SPLIT:
      return `the close on ${isoDate(date)} is ${text} times the previous close, a ${splitRatioOf(ratio, rules)} split-like jump (a split or reverse split not adjusted for?)`;
    case SUSPECT_BAD_CLOSE:
      return `the close on ${isoDate(date)} is ${text} times the previous close and returns the next session (a bad close)`;
    default:
      return `the return on ${isoDate(date)} starts from the bad close of the session before (${text} times it)`;
  }
}

/** One flagged return of a series. */
export interface SuspectDay {
  readonly date: number;
  readonly flag: number;
  readonly reason: string;
}

/** The flagged days of a series in date order, with their reasons. */
export function suspectDays(dates: Int32Array, r: Float64Array, flags: Uint8Array, returnType: "simple" | "log"): SuspectDay[] {
  const out: SuspectDay[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === SUSPECT_NONE) continue;
    const simple = returnType === "log" ? Math.expm1(r[i]!) : r[i]!;
    out.push({ date: dates[i]!, flag: flags[i]!, reason: suspectReason(flags[i]!, dates[i]!, simple) });
  }
  return out;
}

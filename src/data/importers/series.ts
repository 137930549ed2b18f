/**
 * Collecting daily bars into {@link PriceSeries}: per-symbol builders that sort, refuse duplicate
 * dates, and classify zero-volume flat bars (half-day vs. suspension) into {@link DAY_FLAGS}.
 */
import { isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS } from "../priceBatch.js";
import type { PriceSeries, SkippedRow } from "../priceBatch.js";

/** Reasons given for rows left out (constant texts, so a summary can group them). */
export const SKIP_REASONS = {
  holiday: "no values (holiday row)",
  noClose: "no close value (other fields present)",
  afterData: "text after the data block (footer or a further section), ignored",
  isolated: "isolated first row (more than 30 days before the next row)",
} as const;

/** A series' first row more than this many calendar days before its second is left out as stray. */
const ISOLATED_GAP_DAYS = 30;

/** Which of the optional columns a series carries. */
export interface BarColumnsPresent {
  readonly open: boolean;
  readonly high: boolean;
  readonly low: boolean;
  readonly volume: boolean;
}

/** Relative tolerance for "the close did not move" (adjusted closes are products of floats). */
const SAME_CLOSE = 1e-10;

/** Accumulates one symbol's rows in file order; {@link finish} makes the series. */
export class SeriesBuilder {
  private n = 0;
  private lines = new Int32Array(64);
  private dates = new Int32Array(64);
  /** Per row: open, high, low, close, volume. */
  private bars = new Float64Array(64 * 5);
  /** Per row: 1 for a zero-volume flat bar (see {@link isFlatZeroVolume}). */
  private flat = new Uint8Array(64);

  constructor(
    readonly symbol: string,
    private readonly present: BarColumnsPresent,
  ) {}

  get length(): number {
    return this.n;
  }

  /**
   * One row; absent values are NaN. `rawClose` is the unadjusted close when `close` is an adjusted
   * one: flatness of the bar is judged against it, since open/high/low are unadjusted.
   */
  add(line: number, day: number, open: number, high: number, low: number, close: number, volume: number, rawClose = close): void {
    const i = this.n;
    if (i === this.dates.length) {
      const lines = new Int32Array(i * 2);
      lines.set(this.lines);
      this.lines = lines;
      const dates = new Int32Array(i * 2);
      dates.set(this.dates);
      this.dates = dates;
      const bars = new Float64Array(i * 2 * 5);
      bars.set(this.bars);
      this.bars = bars;
      const flat = new Uint8Array(i * 2);
      flat.set(this.flat);
      this.flat = flat;
    }
    this.lines[i] = line;
    this.dates[i] = day;
    const b = this.bars;
    const at = i * 5;
    b[at] = open;
    b[at + 1] = high;
    b[at + 2] = low;
    b[at + 3] = close;
    b[at + 4] = volume;
    this.flat[i] = isFlatZeroVolume(open, high, low, Number.isNaN(rawClose) ? close : rawClose, volume) ? 1 : 0;
    this.n = i + 1;
  }

  /**
   * The series, dates ascending (rows may come in any order). Throws an {@link InputError} on a
   * duplicate date. A first row more than {@link ISOLATED_GAP_DAYS} days before the next is left
   * out and added to `skipped`. With `classify`, zero-volume bars are flagged (see {@link classifyBars}).
   */
  finish(source: string, dateField: string, classify: boolean, skipped: SkippedRow[]): PriceSeries {
    const order = Array.from({ length: this.n }, (_, i) => i);
    let sorted = true;
    for (let i = 1; i < order.length; i++) {
      if (this.dates[i]! <= this.dates[i - 1]!) {
        sorted = false;
        break;
      }
    }
    if (!sorted) {
      order.sort((a, b) => this.dates[a]! - this.dates[b]! || this.lines[a]! - this.lines[b]!);
      for (let i = 1; i < order.length; i++) {
        const [a, b] = [order[i - 1]!, order[i]!];
        if (this.dates[a] === this.dates[b]) {
          throw new InputError(
            { file: source, line: this.lines[b], field: dateField },
            `duplicate date ${isoDate(this.dates[b]!)} for ${this.symbol} (also on line ${this.lines[a]})`,
          );
        }
      }
    }
    // A first row far before the rest (us-ohlc/SPY.csv has one print on 2018-11-01, then rows from
    // 2020-07-27) would make a return over years look like a daily one: leave it out, reported.
    while (order.length >= 2 && this.dates[order[1]!]! - this.dates[order[0]!]! > ISOLATED_GAP_DAYS) {
      skipped.push({ line: this.lines[order[0]!]!, reason: SKIP_REASONS.isolated });
      order.shift();
    }
    const n = order.length;
    const pick = (field: number): Float64Array => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = this.bars[order[i]! * 5 + field]!;
      return out;
    };
    const dates = new Int32Array(n);
    for (let i = 0; i < n; i++) dates[i] = this.dates[order[i]!]!;
    const series: { -readonly [K in keyof PriceSeries]: PriceSeries[K] } = {
      symbol: this.symbol,
      dates,
      close: pick(3),
      flags: new Uint8Array(n),
    };
    if (this.present.open) series.open = pick(0);
    if (this.present.high) series.high = pick(1);
    if (this.present.low) series.low = pick(2);
    if (this.present.volume) series.volume = pick(4);
    if (classify) {
      const flat = new Uint8Array(n);
      for (let i = 0; i < n; i++) flat[i] = this.flat[order[i]!]!;
      classifyBars(series, flat);
    }
    return series;
  }
}

/**
 * Flag the days of an OHLCV series whose bar is not a normal trading day, in place:
 *
 * - Zero volume and a flat bar (open, high and low each equal to the close or missing): a feed's
 *   placeholder. If the close moved from the previous row's close, it is a real close whose range
 *   and volume are unknown (a Hong Kong half-day): {@link DAY_FLAGS.rangeMissing}, open/high/low
 *   and volume set to NaN. If the close did not move, or there is no previous row (a placeholder
 *   before the first trade), nothing traded (a suspension): {@link DAY_FLAGS.noTrade}, close and
 *   open/high/low set to NaN (the day is missing, not a zero return); volume stays 0.
 * - Otherwise a close with some of open/high/low missing: {@link DAY_FLAGS.rangeMissing}.
 *
 * "Previous close" is the close of the previous row as the file gave it (before this function set
 * any to NaN), so each day of a suspension compares with the frozen price before it. Flatness is
 * judged on the series' own values unless `flatBars` gives it per row (1 = zero-volume flat bar),
 * as the builder does when the close is adjusted but open/high/low are not.
 */
export function classifyBars(s: PriceSeries, flatBars?: Uint8Array): void {
  const { close, open, high, low, volume, flags } = s;
  let previous = Number.NaN;
  for (let i = 0; i < close.length; i++) {
    const c = close[i]!;
    if (Number.isNaN(c)) continue;
    const o = open?.[i] ?? Number.NaN;
    const h = high?.[i] ?? Number.NaN;
    const l = low?.[i] ?? Number.NaN;
    const flat = flatBars === undefined ? isFlatZeroVolume(o, h, l, c, volume?.[i] ?? Number.NaN) : flatBars[i] === 1;
    if (flat) {
      const moved = !Number.isNaN(previous) && Math.abs(c - previous) > SAME_CLOSE * Math.abs(previous);
      if (moved) {
        flags[i]! |= DAY_FLAGS.rangeMissing;
        if (volume) volume[i] = Number.NaN;
      } else {
        flags[i]! |= DAY_FLAGS.noTrade;
        close[i] = Number.NaN;
      }
      if (open) open[i] = Number.NaN;
      if (high) high[i] = Number.NaN;
      if (low) low[i] = Number.NaN;
    } else if ((open && Number.isNaN(o)) || (high && Number.isNaN(h)) || (low && Number.isNaN(l))) {
      flags[i]! |= DAY_FLAGS.rangeMissing;
    }
    previous = c;
  }
}

/**
 * Zero volume, and open, high and low each missing or equal to the (unadjusted) close. "Equal" allows
 * SAME_CLOSE relative difference: the feeds store single-precision values, so a flat bar can read
 * 60.109748840332024 against a close of 60.10974884033203.
 */
export function isFlatZeroVolume(open: number, high: number, low: number, close: number, volume: number): boolean {
  const same = (v: number): boolean => Number.isNaN(v) || Math.abs(v - close) <= SAME_CLOSE * Math.abs(close);
  return volume === 0 && !Number.isNaN(close) && same(open) && same(high) && same(low);
}

/**
 * Rows of one file for many symbols: drops rows without values (holidays) or without a close,
 * with reasons, and hands the rest to per-symbol builders (kept in order of first appearance).
 */
export class BarSink {
  readonly skipped: SkippedRow[] = [];
  rowsRead = 0;
  private readonly builders = new Map<string, SeriesBuilder>();
  private last: SeriesBuilder | undefined;

  constructor(
    private readonly source: string,
    private readonly present: BarColumnsPresent,
    private readonly dateField: string,
    private readonly classify: boolean,
  ) {}

  /** One row; absent columns are NaN. `rawClose`: the unadjusted close, when `close` is adjusted. */
  add(
    line: number,
    symbol: string,
    day: number,
    open: number,
    high: number,
    low: number,
    close: number,
    volume: number,
    rawClose = close,
  ): void {
    this.rowsRead++;
    if (Number.isNaN(close)) {
      const empty = Number.isNaN(open) && Number.isNaN(high) && Number.isNaN(low) && (Number.isNaN(volume) || volume === 0);
      this.skipped.push({ line, reason: empty ? SKIP_REASONS.holiday : SKIP_REASONS.noClose });
      return;
    }
    this.builder(symbol).add(line, day, open, high, low, close, volume, rawClose);
  }

  /** A close that may be missing, kept as a NaN day rather than skipped (wide files). */
  addKeepingMissing(line: number, symbol: string, day: number, close: number): void {
    this.builder(symbol).add(line, day, Number.NaN, Number.NaN, Number.NaN, close, Number.NaN);
  }

  private builder(symbol: string): SeriesBuilder {
    let b = this.last;
    if (b === undefined || b.symbol !== symbol) {
      b = this.builders.get(symbol);
      if (b === undefined) this.builders.set(symbol, (b = new SeriesBuilder(symbol, this.present)));
      this.last = b;
    }
    return b;
  }

  /** Every symbol's series (symbols whose rows were all skipped are left out). */
  series(): PriceSeries[] {
    const out: PriceSeries[] = [];
    for (const b of this.builders.values()) out.push(b.finish(this.source, this.dateField, this.classify, this.skipped));
    return out;
  }
}

/** Refuse a price that is zero or negative (a data error, or a file of returns read as prices). */
export function checkPrice(x: number, cell: string, source: string, line: number, field: string): void {
  if (x <= 0) {
    throw new InputError(
      { file: source, line, field },
      `${JSON.stringify(cell.trim())} is not a valid price: prices must be positive (a file of returns? this format holds prices)`,
    );
  }
}

/** Refuse a negative volume. */
export function checkVolume(x: number, cell: string, source: string, line: number, field: string): void {
  if (x < 0) throw new InputError({ file: source, line, field }, `${JSON.stringify(cell.trim())}: a volume cannot be negative`);
}

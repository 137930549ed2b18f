import { describe, expect, it } from "vitest";
import { DAY_FLAGS } from "../priceBatch.js";
import type { PriceSeries } from "../priceBatch.js";
import { BarSink, SeriesBuilder, classifyBars, isFlatZeroVolume } from "./series.js";

const all = { open: true, high: true, low: true, volume: true };

function series(rows: [number, number, number, number, number][]): PriceSeries {
  const b = new SeriesBuilder("X", all);
  rows.forEach(([o, h, l, c, v], i) => b.add(i + 2, 100 + i, o, h, l, c, v));
  return b.finish("mem", "date", false, []);
}

describe("classifyBars", () => {
  it("a flat zero-volume bar with no earlier close is no trade (a placeholder before the first trade)", () => {
    const s = series([
      [5, 5, 5, 5, 0],
      [5, 5, 5, 5, 0],
      [5, 6, 4, 5.5, 10],
    ]);
    classifyBars(s);
    expect([...s.flags]).toEqual([DAY_FLAGS.noTrade, DAY_FLAGS.noTrade, 0]);
    expect([...s.close]).toEqual([NaN, NaN, 5.5]);
  });

  it("compares with the previous row's raw close, through a suspension", () => {
    const s = series([
      [5, 6, 4, 5, 10],
      [5, 5, 5, 5, 0],
      [6, 6, 6, 6, 0],
      [6, 6, 6, 6, 0],
    ]);
    classifyBars(s);
    expect([...s.flags]).toEqual([0, DAY_FLAGS.noTrade, DAY_FLAGS.rangeMissing, DAY_FLAGS.noTrade]);
    expect([...s.close]).toEqual([5, NaN, 6, NaN]);
  });

  it("missing open/high/low with a close is range missing; missing cells count as flat", () => {
    const s = series([
      [5, 6, 4, 5, 10],
      [NaN, 6, 5, 5.5, 10],
      [NaN, NaN, NaN, 5.5, 0],
    ]);
    classifyBars(s);
    expect([...s.flags]).toEqual([0, DAY_FLAGS.rangeMissing, DAY_FLAGS.noTrade]);
    expect(s.high![1]).toBe(6);
  });
});

describe("SeriesBuilder", () => {
  it("sorts rows into date order and reports duplicates by line", () => {
    const b = new SeriesBuilder("X", { open: false, high: false, low: false, volume: false });
    b.add(2, 12, NaN, NaN, NaN, 3, NaN);
    b.add(3, 10, NaN, NaN, NaN, 1, NaN);
    b.add(4, 11, NaN, NaN, NaN, 2, NaN);
    const s = b.finish("mem", "date", false, []);
    expect([...s.dates]).toEqual([10, 11, 12]);
    expect([...s.close]).toEqual([1, 2, 3]);
    expect(s.open).toBeUndefined();
    b.add(5, 11, NaN, NaN, NaN, 2, NaN);
    expect(() => b.finish("mem", "date", false, [])).toThrow('mem:5: field "date": duplicate date 1970-01-12 for X (also on line 4)');
  });

  it("leaves out a stray first row far before the rest", () => {
    const b = new SeriesBuilder("X", { open: false, high: false, low: false, volume: false });
    for (const [line, day] of [[2, 0], [3, 100], [4, 101]] as const) b.add(line, day, NaN, NaN, NaN, 1, NaN);
    const skipped: { line: number; reason: string }[] = [];
    expect([...b.finish("mem", "date", false, skipped).dates]).toEqual([100, 101]);
    expect(skipped).toEqual([{ line: 2, reason: "isolated first row (more than 30 days before the next row)" }]);
  });
});

describe("BarSink", () => {
  it("skips holiday rows and rows without a close, with reasons; keeps symbols in order of appearance", () => {
    const sink = new BarSink("mem", all, "date", true);
    sink.add(2, "B", 1, 1, 1, 1, 1, 5);
    sink.add(3, "A", 1, NaN, NaN, NaN, NaN, 0);
    sink.add(4, "A", 2, 1, 1, 1, NaN, 5);
    sink.add(5, "A", 3, 1, 2, 1, 1.5, 5);
    expect(sink.rowsRead).toBe(4);
    expect(sink.skipped).toEqual([
      { line: 3, reason: "no values (holiday row)" },
      { line: 4, reason: "no close value (other fields present)" },
    ]);
    expect(sink.series().map((s) => [s.symbol, s.dates.length])).toEqual([
      ["B", 1],
      ["A", 1],
    ]);
  });
});

describe("isFlatZeroVolume with single-precision noise", () => {
  it("takes a bar whose open differs from the close in the 16th digit as flat", () => {
    expect(isFlatZeroVolume(60.109748840332024, 60.10974884033203, 60.10974884033203, 60.10974884033203, 0)).toBe(true);
    expect(isFlatZeroVolume(60.2, 60.10974884033203, 60.10974884033203, 60.10974884033203, 0)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { SKIP_REASONS } from "../importers/series.js";
import { InputError } from "../inputError.js";
import { DAY_FLAGS } from "../priceBatch.js";
import { BatchBuilder } from "./batchBuilder.js";

const ALL = { open: true, high: true, low: true, volume: true };
const d = dayNumber;

describe("BatchBuilder", () => {
  it("makes a one-series batch, sorted, with the rows read and left out", () => {
    const b = new BatchBuilder("src", "fmt", "BIDU", ALL, "Date");
    b.add(3, d("2024-03-08"), 105, 105.8, 102.5, 103, 3_480_211);
    b.add(2, d("2024-03-07"), 104.11, 105.49, 103.05, 104.95, 2_953_419);
    b.add(4, d("2024-03-09"), NaN, NaN, NaN, NaN, NaN);
    b.add(5, d("2024-03-10"), 1, NaN, NaN, NaN, NaN);
    b.skip(6, "because");
    const batch = b.finish();
    expect(batch).toMatchObject({ file: "src", format: "fmt", factors: [], rowsRead: 5 });
    expect(batch.skipped).toEqual([
      { line: 4, reason: SKIP_REASONS.holiday },
      { line: 5, reason: SKIP_REASONS.noClose },
      { line: 6, reason: "because" },
    ]);
    expect(batch.prices).toHaveLength(1);
    expect([...batch.prices[0]!.dates]).toEqual([d("2024-03-07"), d("2024-03-08")]);
    expect([...batch.prices[0]!.close]).toEqual([104.95, 103]);
  });

  it("classifies zero-volume flat bars against the raw close", () => {
    const b = new BatchBuilder("src", "fmt", "0700.HK", ALL, "Date");
    b.add(1, d("2024-05-17"), 386.8, 389, 381, 384.8, 18_772_300);
    b.add(2, d("2024-05-20"), 389, 389, 389, 385.6, 0, 389); // adjusted close, flat raw bar, moved: half-day
    const s = b.finish().prices[0]!;
    expect([...s.flags]).toEqual([0, DAY_FLAGS.rangeMissing]);
    expect(s.open![1]).toBeNaN();
    expect(s.close[1]).toBe(385.6);
  });

  it("has no series when no row had a close, and refuses a duplicate date", () => {
    const empty = new BatchBuilder("src", "fmt", "X", ALL, "Date");
    expect(empty.finish()).toMatchObject({ prices: [], rowsRead: 0, skipped: [] });
    const dup = new BatchBuilder("src", "fmt", "X", ALL, "Date");
    dup.add(2, d("2024-03-07"), 1, 1, 1, 1, 1);
    dup.add(3, d("2024-03-07"), 1, 1, 1, 1, 1);
    expect(() => dup.finish()).toThrow(InputError);
  });
});

import { describe, expect, it } from "vitest";
import { flagSuspectReturns, SUSPECT_AFTER_BAD_CLOSE, SUSPECT_BAD_CLOSE, SUSPECT_SPLIT, splitRatioOf } from "./suspectReturns.js";

const returnsOf = (closes: number[]): Float64Array => Float64Array.from(closes.slice(1), (p, i) => p / closes[i]! - 1);

describe("flagSuspectReturns", () => {
  it("flags a close at 1:2, 2:1, 1:3, 3:1, 1:10 and 10:1 of the previous one, within 5 %", () => {
    for (const ratio of [0.5, 2, 1 / 3, 3, 0.1, 10, 0.5 * 1.049, 0.5 * 0.951]) {
      const flags = flagSuspectReturns(returnsOf([100, 101, 101 * ratio, 101 * ratio * 1.01]), "simple");
      expect(Array.from(flags), `ratio ${ratio}`).toEqual([0, SUSPECT_SPLIT, 0]);
    }
  });

  it("leaves large moves that are no simple ratio: -30 %, -44 %, +60 % (a spin-off's 0.431 included)", () => {
    for (const ratio of [0.7, 0.56, 1.6, 0.431, 0.5 * 1.06]) {
      expect(Array.from(flagSuspectReturns(returnsOf([100, 100 * ratio, 100 * ratio]), "simple")), `ratio ${ratio}`).toEqual([0, 0]);
    }
  });

  it("flags a close far off both neighbours that comes back the next session, and both returns it touches", () => {
    // The S&P 500 panel's MRO on 2017-09-14: +34.5 %, then -25.1 % the next day.
    const flags = flagSuspectReturns(returnsOf([30, 30.2, 30.2 * 1.3451, 30.2 * 1.3451 * 0.7491, 30.5]), "simple");
    expect(Array.from(flags)).toEqual([0, SUSPECT_BAD_CLOSE, SUSPECT_AFTER_BAD_CLOSE, 0]);
  });

  it("reads a bad close of half the price (an unadjusted split reversed the next day) as a bad close, not a split", () => {
    // LNT in the S&P 500 panel: 0.5055 on 2016-05-19, 2.0095 on 2016-05-20.
    expect(Array.from(flagSuspectReturns(returnsOf([70, 70 * 0.5055, 70 * 0.5055 * 2.0095]), "simple"))).toEqual([SUSPECT_BAD_CLOSE, SUSPECT_AFTER_BAD_CLOSE]);
  });

  it("does not flag a large reversal among days that move a lot too (UBER, 18-19 March 2020: -24.4 %, +32.4 %)", () => {
    const wild = [0.08, -0.12, 0.1, -0.09, 0.15, -0.07, 0.11, -0.13, 0.06, -0.1];
    const r = Float64Array.of(...wild, Math.expm1(-0.2793), Math.expm1(0.2806), ...wild);
    expect(Array.from(flagSuspectReturns(r, "simple")).every((f) => f === 0)).toBe(true);
    const calm = wild.map((v) => v / 10);
    const flags = flagSuspectReturns(Float64Array.of(...calm, Math.expm1(-0.2793), Math.expm1(0.2806), ...calm), "simple");
    expect(flags[10]).toBe(SUSPECT_BAD_CLOSE);
  });

  it("does not flag a large move that only partly reverses (+34 %, then -12 %) or continues", () => {
    expect(Array.from(flagSuspectReturns(returnsOf([10, 13.44, 13.44 * 0.88]), "simple"))).toEqual([0, 0]);
    expect(Array.from(flagSuspectReturns(returnsOf([10, 12.56, 12.56 * 1.19]), "simple"))).toEqual([0, 0]);
  });

  it("reads log returns as log returns", () => {
    expect(Array.from(flagSuspectReturns(Float64Array.of(0.001, Math.log(0.5), 0.002), "log"))).toEqual([0, SUSPECT_SPLIT, 0]);
    expect(Array.from(flagSuspectReturns(Float64Array.of(0.001, -0.5, 0.002), "log"))).toEqual([0, 0, 0]);
  });

  it("names the ratio a price ratio is close to", () => {
    expect(splitRatioOf(0.4936)).toBe("1:2");
    expect(splitRatioOf(10.3)).toBe("10:1");
    expect(splitRatioOf(0.8)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { adjustedPValues, percent, pValue, stars, stat, testNote } from "./format.js";

describe("the formats every face shares", () => {
  it("writes returns, statistics and p-values, and '–' for what is not a number", () => {
    expect(percent(0.0694)).toBe("+6.94%");
    expect(percent(-0.0674, 3)).toBe("\u22126.740%"); // a true minus sign, U+2212
    expect(percent(0.12345, 1)).toBe("+12.3%");
    expect([percent(-0.00001), percent(0), percent(-0)]).toEqual(["0.00%", "0.00%", "0.00%"]);
    expect(stat(-4.1284)).toBe("-4.128");
    expect(pValue(0.00004)).toBe("<0.0001");
    expect(pValue(0.05144)).toBe("0.0514");
    // NaN arrives in the page through JSON as null.
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) {
      expect([percent(x), stat(x), pValue(x), stars(x)]).toEqual(["–", "–", "–", ""]);
    }
  });

  it("gives significance stars at 10, 5 and 1 %", () => {
    expect([0.2, 0.1, 0.09, 0.049, 0.009].map((p) => stars(p))).toEqual(["", "", "*", "**", "***"]);
  });

  it("writes adjusted p-values after their method's short name, and what a statistic is read against", () => {
    expect(adjustedPValues({ holm: 0.024, "benjamini-hochberg": 0.00001 })).toBe("Holm 0.0240 · BH <0.0001");
    expect(adjustedPValues({ holm: null })).toBe("Holm –");
    expect(testNote({ distribution: "bootstrap", draws: 999, seed: 42 })).toBe("999 bootstrap resamples, seed 42");
    expect(testNote({ distribution: "t", df: 119 })).toBe("df 119.000");
    expect(testNote({ distribution: "signed-rank", df: 12 })).toBe("12 non-zero differences");
    expect(testNote({ distribution: "normal" })).toBe("");
  });
});

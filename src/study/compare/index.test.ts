import { describe, expect, it } from "vitest";
import * as compare from "./index.js";

describe("src/study/compare public API", () => {
  it("exports the four tests and runs them end to end on one pair of groups", () => {
    const a = new Float64Array([0.012, 0.031, -0.004, 0.022, 0.015]);
    const b = new Float64Array([-0.01, 0.002, 0.006, -0.015, 0.001, -0.003]);
    expect(compare.welchT(a, b).pValue).toBeGreaterThan(0);
    expect(compare.wilcoxonRankSum(a, b).method).toBe("exact");
    expect(compare.permutationTest(a, b).method).toBe("exact");
    const dummy = Float64Array.from({ length: 11 }, (_, i) => (i < 5 ? 1 : 0));
    const fit = compare.olsHC3(Float64Array.from([...a, ...b]), [dummy], ["groupA"]);
    expect(fit.terms.map((t) => t.name)).toEqual([compare.INTERCEPT, "groupA"]);
    // Same difference of means from the regression as from Welch (absolute 1e-15).
    expect(fit.terms[1]!.estimate).toBeCloseTo(compare.welchT(a, b).difference, 15);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleMoments } from "./moments.js";

describe("sampleMoments", () => {
  it("matches hand-computed values (tolerance 1e-15 absolute)", () => {
    const m = sampleMoments(new Float64Array([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(m.n).toBe(8);
    expect(m.mean, "mean of 2,4,4,4,5,5,7,9").toBeCloseTo(5, 15);
    expect(m.variance, "variance of 2,4,4,4,5,5,7,9 is 32/7").toBeCloseTo(32 / 7, 14);
  });

  it("keeps precision for small deviations around a large level (relative 1e-9)", () => {
    // Naive Σx² − n·x̄² loses every digit here; the two-pass form does not.
    const base = 1e9;
    const m = sampleMoments(new Float64Array([base + 4, base + 7, base + 13, base + 16]));
    expect(Math.abs(m.variance - 30) / 30, `variance ${m.variance} vs 30`).toBeLessThan(1e-9);
  });

  it("returns NaN for unusable input instead of throwing", () => {
    expect(sampleMoments(new Float64Array([])).mean).toBeNaN();
    const one = sampleMoments(new Float64Array([3]));
    expect(one.mean).toBe(3);
    expect(one.variance).toBeNaN();
    expect(sampleMoments(new Float64Array([1, Number.NaN, 3])).variance).toBeNaN();
  });

  it("is shift invariant in the variance (property, relative 1e-9)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 50 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (xs, shift) => {
          const v0 = sampleMoments(Float64Array.from(xs)).variance;
          const v1 = sampleMoments(Float64Array.from(xs, (x) => x + shift)).variance;
          // Adding `shift` rounds each value at ulp(1000) ≈ 1e-13, so compare on that scale.
          expect(Math.abs(v1 - v0), `xs=${JSON.stringify(xs)} shift=${shift}`).toBeLessThan(1e-9 * (1 + v0));
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageRanks } from "./ranks.js";

describe("averageRanks", () => {
  it("matches R's rank() on a textbook vector with ties (exact)", () => {
    // R: rank(c(10, 20, 10, 40, 20, 20, 5)) = 2.5 5.0 2.5 7.0 5.0 5.0 1.0
    const r = averageRanks(new Float64Array([10, 20, 10, 40, 20, 20, 5]));
    expect(Array.from(r.ranks)).toEqual([2.5, 5, 2.5, 7, 5, 5, 1]);
    expect(r.tieSizes).toEqual([2, 3]);
  });

  it("handles empty and untied input", () => {
    expect(averageRanks(new Float64Array([])).ranks.length).toBe(0);
    const r = averageRanks(new Float64Array([0.3, -1, 2]));
    expect(Array.from(r.ranks)).toEqual([2, 1, 3]);
    expect(r.tieSizes).toEqual([]);
  });

  it("always sums to n(n+1)/2 and keeps the order of the values (property, exact)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), (xs) => {
        const { ranks } = averageRanks(Float64Array.from(xs));
        const n = xs.length;
        const ctx = `xs=${JSON.stringify(xs)} ranks=${JSON.stringify(Array.from(ranks))}`;
        expect(
          ranks.reduce((s, r) => s + r, 0),
          ctx,
        ).toBe((n * (n + 1)) / 2);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            expect(Math.sign(ranks[i]! - ranks[j]!), ctx).toBe(Math.sign(xs[i]! - xs[j]!));
          }
        }
      }),
    );
  });
});

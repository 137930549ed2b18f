import { describe, expect, it } from "vitest";
import { exactRankSumTails } from "./rankSumDistribution.js";

/** Brute force: enumerate every placement of m a's among m + n positions and count U. */
function bruteForceCounts(m: number, n: number): number[] {
  const counts = new Array<number>(m * n + 1).fill(0);
  for (let mask = 0; mask < 1 << (m + n); mask++) {
    let bits = 0;
    for (let p = 0; p < m + n; p++) if (mask & (1 << p)) bits++;
    if (bits !== m) continue;
    let u = 0;
    let bsBelow = 0;
    for (let p = 0; p < m + n; p++) {
      if (mask & (1 << p)) u += bsBelow;
      else bsBelow++;
    }
    counts[u]!++;
  }
  return counts;
}

describe("exactRankSumTails", () => {
  it("matches brute-force enumeration for every m, n ≤ 7 and every u (relative 1e-14)", () => {
    for (let m = 1; m <= 7; m++) {
      for (let n = 1; n <= 7; n++) {
        const counts = bruteForceCounts(m, n);
        const total = counts.reduce((s, c) => s + c, 0);
        let below = 0;
        for (let u = 0; u <= m * n; u++) {
          below += counts[u]!;
          const lower = below / total;
          const upper = (total - below + counts[u]!) / total;
          const got = exactRankSumTails(u, m, n);
          const ctx = `m=${m} n=${n} u=${u} got=${JSON.stringify(got)} want lower=${lower} upper=${upper}`;
          expect(Math.abs(got.lower - lower) / lower, ctx).toBeLessThan(1e-14);
          expect(Math.abs(got.upper - upper) / upper, ctx).toBeLessThan(1e-14);
        }
      }
    }
  });

  it("reproduces the tabled distribution for m = n = 3 (exact rationals, absolute 1e-15)", () => {
    // Counts c(u; 3, 3), u = 0…9, are the coefficients of the Gaussian binomial [6 choose 3]_q.
    const counts = [1, 1, 2, 3, 3, 3, 3, 2, 1, 1];
    let below = 0;
    for (let u = 0; u <= 9; u++) {
      below += counts[u]!;
      expect(exactRankSumTails(u, 3, 3).lower, `u=${u}`).toBeCloseTo(below / 20, 15);
    }
  });

  it("keeps far tails accurate at the largest exact size, 49 × 49 (relative 1e-12)", () => {
    // P(U = 0) = 1 / C(98, 49); P(U ≤ 1) = 2 / C(98, 49). C(98, 49) = 25477612258980856902730428600.
    const c = Number(25477612258980856902730428600n);
    const t0 = exactRankSumTails(0, 49, 49);
    const t1 = exactRankSumTails(1, 49, 49);
    expect(Math.abs(t0.lower * c - 1), `P(U=0)·C = ${t0.lower * c}`).toBeLessThan(1e-12);
    expect(Math.abs(t1.lower * c - 2), `P(U≤1)·C = ${t1.lower * c}`).toBeLessThan(1e-12);
    expect(Math.abs(exactRankSumTails(49 * 49, 49, 49).upper * c - 1)).toBeLessThan(1e-12);
    expect(t0.upper).toBe(1);
  });

  it("is symmetric in the sample sizes and returns NaN for unusable input", () => {
    expect(exactRankSumTails(5, 3, 6)).toEqual(exactRankSumTails(5, 6, 3));
    expect(exactRankSumTails(0, 0, 4).lower).toBeNaN();
    expect(exactRankSumTails(Number.NaN, 3, 4).upper).toBeNaN();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sidedPValue } from "../alternative.js";
import { CONVENTIONS } from "../conventions.js";
import { expectClose, expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { signedRankCdf, wilcoxon, wilcoxonSignedRankStatistic } from "./wilcoxonSignedRank.js";

/** P(W⁺ ≤ w) by enumerating all 2ⁿ sign patterns of the ranks 1..n. */
function bruteForceCdf(w: number, n: number): number {
  let below = 0;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let s = 0;
    for (let k = 0; k < n; k++) if (mask & (1 << k)) s += k + 1;
    if (s <= w) below++;
  }
  return below / 2 ** n;
}

describe("signedRankCdf", () => {
  it("equals brute-force enumeration for n = 1..14 and every w from -1 to n(n+1)/2 + 1 (relative 1e-14)", () => {
    for (let n = 1; n <= 14; n++) {
      const max = (n * (n + 1)) / 2;
      for (let w = -1; w <= max + 1; w++) expectClose(signedRankCdf(w, n), bruteForceCdf(w, n), 1e-14, `n=${n} w=${w}`, 1e-300);
    }
  });

  it("floors a fractional w: P(W⁺ ≤ 7.5) = P(W⁺ ≤ 7)", () => {
    expect(signedRankCdf(7.5, 6)).toBe(bruteForceCdf(7, 6));
  });
});

describe("wilcoxonSignedRankStatistic against scipy.stats.wilcoxon", () => {
  for (const f of fixtures.wilcoxon) {
    it(`${f.method}, n = ${f.x.length}: W⁺, P(W⁺ ≤ w), P(W⁺ ≥ w) and the two-sided p (relative 1e-10)`, () => {
      const s = wilcoxonSignedRankStatistic(Float64Array.from(f.x));
      const ctx = `x=${JSON.stringify(f.x)}`;
      expect(s.statistic, ctx).toBe(f.statistic);
      expect(s.distribution, ctx).toBe(f.method === "exact" ? "signed-rank" : "normal");
      expectClose(s.lower, f.lower, 1e-10, `${ctx} lower`, 1e-300);
      expectClose(s.upper, f.upper, 1e-10, `${ctx} upper`, 1e-300);
      expectClose(sidedPValue(s.lower, s.upper, "two-sided"), f.twoSided, 1e-10, `${ctx} two-sided`, 1e-300);
    });
  }

  it("drops zeros and NaN before ranking; all-zero input has W⁺ = 0 and p = 1", () => {
    const s = wilcoxonSignedRankStatistic(new Float64Array([0, -1, Number.NaN, 2, 3]));
    expect(s.statistic).toBe(5);
    expect(s.df).toBe(3);
    const none = wilcoxonSignedRankStatistic(new Float64Array([0, 0]));
    expect([none.statistic, none.lower, none.upper]).toEqual([0, 1, 1]);
  });

  it("W⁺ + W⁻ = n(n+1)/2 and lower(x) = upper(-x) for untied data (property, 1e-15)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.integer({ min: -1000, max: 1000 }).filter((v) => v !== 0),
          { minLength: 1, maxLength: 25, selector: Math.abs },
        ),
        (xs) => {
          const x = Float64Array.from(xs);
          const a = wilcoxonSignedRankStatistic(x);
          const b = wilcoxonSignedRankStatistic(x.map((v) => -v));
          expect(a.statistic + b.statistic).toBe((xs.length * (xs.length + 1)) / 2);
          expect(Math.abs(a.lower - b.upper)).toBeLessThanOrEqual(1e-15);
        },
      ),
    );
  });
});

describe("wilcoxon on the synthetic cross-section (a zero and a tie of |AR| on event days)", () => {
  const cs = significanceCrossSection();
  const want = fixtures.significance.expected.wilcoxon!;
  it("daily on AR_t and window on CAR_i vs scipy.stats.wilcoxon (relative 1e-10)", () => {
    // scipy's statistic has no degrees of freedom: the expected values are compared without one.
    const withoutDf = <T extends { df?: number }>({ df: _df, ...rest }: T): Omit<T, "df"> => rest;
    wilcoxon.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, withoutDf(want.daily![d]!), 0, `day ${d}`, 1e-10));
    wilcoxon.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, withoutDf(want.window![w]!), 0, `window ${w}`, 1e-10));
    expect(
      want.daily!.some((s) => s.method === "asymptotic"),
      "the tie of |AR| sends one day to the normal approximation",
    ).toBe(true);
  });
});

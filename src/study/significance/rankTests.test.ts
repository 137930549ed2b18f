import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVENTIONS, type ConventionName } from "../conventions.js";
import { crossSection } from "../fixtures/measureOne.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection, significanceGrid, significanceMeasurements } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { corradoRank, corradoSign, cowanRank, modifiedRank } from "./rankTests.js";
import type { SignificanceTest } from "./statistic.js";

const expected = fixtures.significance.expected;
const sig = fixtures.significance;

const DAILY: [string, SignificanceTest][] = [
  ["corrado-rank", corradoRank],
  ["modified-rank", modifiedRank],
  ["corrado-sign", corradoSign],
];

describe("rank and Corrado sign tests against numpy (NaNs on estimation days, a tie, an exact zero)", () => {
  const cs = significanceCrossSection();
  for (const conv of ["textbook", "estudy2"] as const satisfies readonly ConventionName[]) {
    for (const [name, test] of DAILY) {
      it(`${name}, ${conv} convention (${conv === "textbook" ? "true sum over events present" : "rowMeans × N"}): daily Z (relative 1e-12)`, () => {
        const want = expected[`${name}/${conv}`]!.daily!;
        const got = test.daily!(cs, CONVENTIONS[conv]);
        expect(got.length).toBe(want.length);
        got.forEach((s, d) => expectStatistic(s, want[d]!, 1e-12, `${name}/${conv} day ${d}`));
      });
    }
    it(`cowan-rank, ${conv} convention (${conv === "textbook" ? "per-event centre" : "pooled centre"}): window Z (relative 1e-12)`, () => {
      const want = expected[`cowan-rank/${conv}`]!.window!;
      cowanRank.window!(cs, CONVENTIONS[conv]).forEach((s, w) => expectStatistic(s, want[w]!, 1e-12, `cowan/${conv} window ${w}`));
    });
  }

  it("the two conventions give different values on this data (the NaN rows matter)", () => {
    for (const name of ["corrado-rank", "modified-rank", "corrado-sign"]) {
      const a = expected[`${name}/textbook`]!.daily![0]!.statistic;
      const b = expected[`${name}/estudy2`]!.daily![0]!.statistic;
      expect(Math.abs(a - b), name).toBeGreaterThan(1e-4);
    }
    expect(Math.abs(expected["cowan-rank/textbook"]!.window![2]!.statistic - expected["cowan-rank/estudy2"]!.window![2]!.statistic)).toBeGreaterThan(1e-6);
  });

  it("T̄ of the fixture is the mean count of ARs per event", () => {
    expect(sig.tBar).toBeCloseTo(sig.ar.map((r) => r.filter((v) => v !== null).length).reduce((a, b) => a + b) / sig.n, 12);
  });
});

describe("rank tests are invariant to a strictly increasing transform of each event's ARs (property, exact up to 1e-12)", () => {
  // Per event: v ↦ a·v + b·v³ + c with a, b > 0 (strictly increasing), different for each event.
  const coefs = fc.array(
    fc.tuple(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
    {
      minLength: sig.n,
      maxLength: sig.n,
    },
  );
  const base = significanceCrossSection();
  for (const conv of ["textbook", "estudy2"] as const) {
    it(`corrado-rank, modified-rank, corrado-sign (daily) and cowan-rank (window), ${conv}`, () => {
      fc.assert(
        fc.property(coefs, (cf) => {
          const moved = crossSection(
            significanceMeasurements((ar, i) => ar.map((v) => cf[i]![0] * v + cf[i]![1] * v ** 3 + cf[i]![2])),
            significanceGrid,
            sig.windows,
          );
          for (const [name, test] of DAILY) {
            const a = test.daily!(base, CONVENTIONS[conv]);
            const b = test.daily!(moved, CONVENTIONS[conv]);
            a.forEach((s, d) => expect(Math.abs(b[d]!.statistic - s.statistic), `${name} day ${d} coefs ${JSON.stringify(cf)}`).toBeLessThan(1e-12));
          }
          const a = cowanRank.window!(base, CONVENTIONS[conv]);
          const b = cowanRank.window!(moved, CONVENTIONS[conv]);
          a.forEach((s, w) => expect(Math.abs(b[w]!.statistic - s.statistic), `cowan window ${w}`).toBeLessThan(1e-12));
        }),
        { numRuns: 50 },
      );
    });
  }
});

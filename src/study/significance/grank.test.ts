import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { battery } from "./fixtures/battery.js";
import { generalizedScores, grankTTest, grankZ, grankZTest } from "./grank.js";
import { standardizedDay } from "./standardized.js";

const textbook = CONVENTIONS.textbook;

describe("GRANK against numpy (make_battery.py; NaNs on estimation days, a tie, an exact zero)", () => {
  const cs = significanceCrossSection();
  for (const [name, test] of [
    ["grank-t", grankTTest],
    ["grank-z", grankZTest],
  ] as const) {
    it(`${name}: every span day and every window (statistic relative 1e-10, tails relative 1e-9)`, () => {
      const want = battery.grank[name];
      const daily = test.daily!(cs, textbook);
      const window = test.window!(cs, textbook);
      expect(daily.length).toBe(want.daily.length);
      expect(window.length).toBe(want.window.length);
      daily.forEach((s, d) => expectStatistic(s, want.daily[d]!, 1e-10, `${name} day ${d}`));
      window.forEach((s, w) => expectStatistic(s, want.window[w]!, 1e-10, `${name} window ${w}`));
    });
  }

  it("T counts the estimation days with an AR plus the event observation (t has T - 2 df)", () => {
    const t = grankTTest.daily!(cs, textbook);
    t.forEach((s, d) => expect(s.df).toBe(battery.grank.timePoints[d]! - 2));
    expect(battery.grank.timePoints[0]).toBe(cs.grid.estimationLength + 1);
  });
});

describe("GRANK reads its scores only through each event's ranks (property)", () => {
  const cs = significanceCrossSection();
  const width = cs.grid.estimationLength + 1;
  // Per event: v ↦ a·v + b·v³ + c with a > 0, b ≥ 0, strictly increasing and different for each event.
  const coefs = fc.array(
    fc.tuple(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
    {
      minLength: cs.n,
      maxLength: cs.n,
    },
  );
  it("a strictly increasing transform of each event's generalized scores leaves Z unchanged (absolute 1e-12)", () => {
    for (let d = 0; d < cs.grid.spanLength; d++) {
      const scores = generalizedScores(cs, standardizedDay(cs, d));
      const base = grankZ(scores, cs.n, width);
      fc.assert(
        fc.property(coefs, (cf) => {
          const moved = scores.map((v, k) => {
            const [a, b, c] = cf[Math.floor(k / width)]!;
            return a * v + b * v ** 3 + c;
          });
          const got = grankZ(moved, cs.n, width);
          expect(got.timePoints).toBe(base.timePoints);
          expect(Math.abs(got.z - base.z), `day ${d} coefs ${JSON.stringify(cf)}`).toBeLessThan(1e-12);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("scaling every return by c > 0 leaves GRANK-T unchanged on days and windows (absolute 1e-12)", () => {
    const base = [...grankTTest.daily!(cs, textbook), ...grankTTest.window!(cs, textbook)];
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (c) => {
        const scaled = {
          ...cs,
          ar: cs.ar.map((v) => c * v),
          s2: cs.s2.map((v) => c * c * v),
          car: cs.car.map((v) => c * v),
          carVariance: cs.carVariance.map((v) => c * c * v),
        };
        const got = [...grankTTest.daily!(scaled, textbook), ...grankTTest.window!(scaled, textbook)];
        got.forEach((s, k) => expect(Math.abs(s.statistic - base[k]!.statistic), `c ${c} statistic ${k}`).toBeLessThan(1e-12));
      }),
      { numRuns: 30 },
    );
  });
});

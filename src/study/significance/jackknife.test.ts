import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { crossSection } from "../fixtures/measureOne.js";
import { significanceGrid, significanceMeasurements } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { crossSectionalTStatistic } from "./crossSectionalT.js";
import { battery } from "./fixtures/battery.js";
import { finiteSd } from "./sampleStatistics.js";
import { jackknife, jackknifeCaar } from "./jackknife.js";

const fx = battery.jackknife;
const windows = fixtures.significance.windows;
const textbook = CONVENTIONS.textbook;

function crossSectionWith(gaps: readonly [number, number][]) {
  const E = significanceGrid.estimationLength;
  const measurements = significanceMeasurements((ar, i) => {
    const out = ar.slice();
    for (const [event, day] of gaps) if (event === i) out[E + day] = Number.NaN;
    return out;
  });
  return crossSection(measurements, significanceGrid, windows);
}

describe("jackknife t against numpy (make_battery.py; statistic relative 1e-10, tails 1e-9)", () => {
  for (const [name, gaps, want] of [
    ["complete ARs", [], fx.complete],
    ["ARs missing on some event-window days", fx.gaps, fx.withGaps],
  ] as const) {
    it(`${name}: each span day and each window`, () => {
      const cs = crossSectionWith(gaps);
      jackknife.daily!(cs, textbook).forEach((s, d) => expectStatistic(s, want.daily[d]!, 1e-10, `day ${d}`, 1e-9));
      const got = jackknife.window!(cs, textbook);
      expect(got.length).toBe(want.window.length);
      got.forEach((s, w) => expectStatistic(s, want.window[w]!, 1e-10, `window ${w}`, 1e-9));
    });
  }

  it("names what it cannot measure: one event, a day with a single AR, no spread", () => {
    expect(jackknifeCaar(Float64Array.of(0.01, 0.02), 1, 2, 0, 0, 1).reason).toMatch(/fewer than two events/);
    expect(jackknifeCaar(Float64Array.of(0.01, 0.02, 0.03, Number.NaN), 2, 2, 0, 0, 1).reason).toMatch(/fewer than two events' ARs/);
    expect(jackknifeCaar(Float64Array.of(0.01, 0.01, 0.01), 3, 1, 0, 0, 0).reason).toMatch(/do not vary/);
  });
});

/**
 * n events × days ARs in [-0.2, 0.2] on a grid of 1e-6 (returns as data give them; doubles near 1e-160
 * would underflow when squared, which no return does), optionally with holes.
 */
const ar = fc.integer({ min: -200_000, max: 200_000 }).map((k) => k / 1e6);
const matrix = (holes: boolean) =>
  fc
    .integer({ min: 3, max: 12 })
    .chain((n) =>
      fc
        .integer({ min: 1, max: 6 })
        .chain((days) =>
          fc
            .array(holes ? fc.option(ar, { freq: 6, nil: Number.NaN }) : ar, { minLength: n * days, maxLength: n * days })
            .map((values) => ({ n, days, ar: Float64Array.from(values) })),
        ),
    );

/**
 * Rounding bound on t: the CAAR sums ARs that may nearly cancel, so its rounding error scales with
 * Σ|AR| / N, not with the CAAR; divided by the standard error (about the row sums' sd / √N) it bounds
 * the error of t. 1e-12 of that, plus 1e-10 relative.
 */
function tolerance(t: number, n: number, days: number, ar: Float64Array): number {
  let abs = 0;
  for (const v of ar) if (Number.isFinite(v)) abs += Math.abs(v);
  const rows = Float64Array.from({ length: n }, (_, i) => ar.subarray(i * days, (i + 1) * days).reduce((a, b) => (Number.isFinite(b) ? a + b : a), 0));
  return 1e-10 * Math.abs(t) + (1e-12 * abs) / n / (finiteSd(rows) / Math.sqrt(n));
}

describe("jackknife t (properties)", () => {
  it("with every AR present, it is the cross-sectional t of the CARs (Efron 1982, ch. 3)", () => {
    fc.assert(
      fc.property(matrix(false), ({ n, days, ar }) => {
        const car = Float64Array.from({ length: n }, (_, i) => ar.subarray(i * days, (i + 1) * days).reduce((a, b) => a + b, 0));
        const want = crossSectionalTStatistic(car);
        const got = jackknifeCaar(ar, n, days, 0, 0, days - 1);
        if (want.reason !== undefined || got.reason !== undefined) return;
        expect(Math.abs(got.statistic - want.statistic)).toBeLessThanOrEqual(tolerance(want.statistic, n, days, ar));
        expect(got.df).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the events", () => {
    fc.assert(
      fc.property(
        matrix(true).chain((m) => fc.shuffledSubarray([...Array(m.n).keys()], { minLength: m.n, maxLength: m.n }).map((order) => ({ ...m, order }))),
        ({ n, days, ar, order }) => {
          const shuffled = new Float64Array(ar.length);
          order.forEach((from, to) => shuffled.set(ar.subarray(from * days, (from + 1) * days), to * days));
          const a = jackknifeCaar(ar, n, days, 0, 0, days - 1);
          const b = jackknifeCaar(shuffled, n, days, 0, 0, days - 1);
          expect(b.reason).toBe(a.reason);
          if (a.reason !== undefined) return;
          expect(Math.abs(a.statistic - b.statistic)).toBeLessThanOrEqual(tolerance(a.statistic, n, days, ar));
          expect(b.df).toBe(a.df);
        },
      ),
      { numRuns: 300 },
    );
  });
});

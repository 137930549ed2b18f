import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import type { CrossSection } from "../crossSection.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { battery, type ResampledFixture } from "./fixtures/battery.js";
import {
  bootstrapSkewnessAdjusted,
  bootstrapSkewnessAdjustedBharTest,
  bootstrapSkewnessAdjustedTest,
  skewnessAdjustedBharTest,
  skewnessAdjustedStatistic,
  skewnessAdjustedT,
  skewnessAdjustedTTest,
} from "./skewnessAdjusted.js";
import type { SignificanceTest, Statistic, TestSettings } from "./statistic.js";
import { wildBootstrap, wildBootstrapMammen, wildBootstrapRademacher } from "./wildBootstrap.js";

const fx = battery.resampling;
const settings: TestSettings = { bootstrap: fx.settings };
const textbook = CONVENTIONS.textbook;
const bharRows = Float64Array.from(fx.bhar.flat());
const cs: CrossSection = { ...significanceCrossSection(), bhar: bharRows };

/** Statistic relative 1e-10; resampled tails are counts over B + 1, equal to 1e-12. */
function expectResampled(got: Statistic, want: ResampledFixture, context: string): void {
  expectStatistic(got, want, 1e-10, context, 1e-12);
  expect(got.distribution, context).toBe("bootstrap");
  expect([got.draws, got.seed], context).toEqual([want.draws, want.seed]);
}

const CASES: [string, SignificanceTest, boolean][] = [
  ["skewness-adjusted-t", skewnessAdjustedTTest, false],
  ["skewness-adjusted-t-bhar", skewnessAdjustedBharTest, false],
  ["bootstrap-skewness-adjusted-t", bootstrapSkewnessAdjustedTest, true],
  ["bootstrap-skewness-adjusted-t-bhar", bootstrapSkewnessAdjustedBharTest, true],
  ["wild-bootstrap-rademacher", wildBootstrapRademacher, true],
  ["wild-bootstrap-mammen", wildBootstrapMammen, true],
];

describe(`skewness-adjusted and bootstrap tests against numpy/scipy (make_battery.py; ${fx.settings.draws} draws, seed ${fx.settings.seed}, resample share ${fx.settings.resampleShare})`, () => {
  for (const [name, test, resampledTest] of CASES) {
    it(`${name}: days and windows`, () => {
      const want = fx[name as keyof typeof fx] as { daily?: ResampledFixture[]; window: ResampledFixture[] };
      const check = (got: Statistic, w: ResampledFixture, where: string) =>
        resampledTest ? expectResampled(got, w, `${name} ${where}`) : expectStatistic(got, w, 1e-10, `${name} ${where}`, 1e-9);
      if (want.daily) test.daily!(cs, textbook, settings).forEach((s, d) => check(s, want.daily![d]!, `day ${d}`));
      else expect(test.daily).toBeUndefined();
      const windows = test.window!(cs, textbook, settings);
      expect(windows.length).toBe(want.window.length);
      windows.forEach((s, w) => check(s, want.window[w]!, `window ${w}`));
    });
  }

  it("a right-skewed sample of 40 with 2000 draws, seed 11", () => {
    const x = Float64Array.from(fx.sample);
    const s: TestSettings = { bootstrap: { draws: 2000, seed: 11, resampleShare: 0.25 } };
    const want = fx.sampleResults;
    expectStatistic(skewnessAdjustedStatistic(x), want["skewness-adjusted-t"], 1e-10, "t_sa", 1e-9);
    expectResampled(bootstrapSkewnessAdjusted(x, s), want["bootstrap-skewness-adjusted-t"], "bootstrap t_sa");
    expectResampled(wildBootstrap(x, "rademacher", s), want["wild-bootstrap-rademacher"], "wild Rademacher");
    expectResampled(wildBootstrap(x, "mammen", s), want["wild-bootstrap-mammen"], "wild Mammen");
  });
});

/** Returns in basis points of ±50 %, at least two distinct values. */
const sample = fc
  .array(
    fc.integer({ min: -5000, max: 5000 }).map((v) => v / 1e4),
    { minLength: 3, maxLength: 40 },
  )
  .filter((x) => new Set(x).size > 1);

describe("laws of the skewness-adjusted t (property)", () => {
  it("a sample symmetric about its mean has γ̂ = 0, so t_sa is the plain t (relative 1e-10)", () => {
    fc.assert(
      fc.property(sample, fc.double({ min: -0.1, max: 0.1, noNaN: true }), (half, shift) => {
        const x = Float64Array.from([...half.map((v) => shift + v), ...half.map((v) => shift - v)]);
        const n = x.length;
        const mean = x.reduce((a, b) => a + b) / n;
        const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
        const t = mean / (sd / Math.sqrt(n));
        expect(Math.abs(skewnessAdjustedT(x) - t)).toBeLessThanOrEqual(1e-10 * Math.abs(t) + 1e-12);
      }),
    );
  });

  it("scaling the sample by c > 0 leaves t_sa unchanged (relative 1e-9)", () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x, c) => {
        const a = skewnessAdjustedT(Float64Array.from(x));
        const b = skewnessAdjustedT(Float64Array.from(x, (v) => c * v));
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(a) + 1e-12);
      }),
    );
  });
});

describe("bootstrap p-values under a fixed seed (property)", () => {
  const seeded = (seed: number, draws: number): TestSettings => ({ bootstrap: { draws, seed, resampleShare: 0.25 } });
  it("the same seed gives the same p-values, call after call, whatever ran before", () => {
    fc.assert(
      fc.property(sample, fc.integer(), (x, seed) => {
        const v = Float64Array.from(x);
        const s = seeded(seed, 200);
        const first = [bootstrapSkewnessAdjusted(v, s), wildBootstrap(v, "rademacher", s), wildBootstrap(v, "mammen", s)];
        bootstrapSkewnessAdjusted(v, seeded(seed + 1, 50));
        const again = [bootstrapSkewnessAdjusted(v, s), wildBootstrap(v, "rademacher", s), wildBootstrap(v, "mammen", s)];
        expect(again).toEqual(first);
        for (const r of first) {
          expect(r.lower).toBeGreaterThan(0);
          expect(r.upper).toBeLessThanOrEqual(1);
          expect(r.lower + r.upper).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("Rademacher weights are symmetric: negating every value negates t and swaps the two tails exactly", () => {
    fc.assert(
      fc.property(sample, fc.integer(), (x, seed) => {
        const s = seeded(seed, 200);
        const a = wildBootstrap(Float64Array.from(x), "rademacher", s);
        const b = wildBootstrap(
          Float64Array.from(x, (v) => -v),
          "rademacher",
          s,
        );
        expect(b.statistic).toBeCloseTo(-a.statistic, 12);
        expect([b.lower, b.upper]).toEqual([a.upper, a.lower]);
      }),
      { numRuns: 40 },
    );
  });

  it("different seeds agree within Monte Carlo error (4000 draws: |Δp| < 0.05 for the wild bootstrap)", () => {
    const x = Float64Array.from(fx.sample);
    for (const weights of ["rademacher", "mammen"] as const) {
      const a = wildBootstrap(x, weights, seeded(1, 4000));
      const b = wildBootstrap(x, weights, seeded(2, 4000));
      expect(a.lower).not.toBe(b.lower);
      expect(Math.abs(a.lower - b.lower), weights).toBeLessThan(0.05);
    }
  });
});

import { column, type CrossSection } from "../crossSection.js";
import { Xoshiro128StarStar } from "../compare/xoshiro128.js";
import { finiteValues, resampled } from "./resampling.js";
import { DEFAULT_TEST_SETTINGS, studentT, type SignificanceTest, type Statistic, type TestSettings } from "./statistic.js";

/**
 * The skewness-adjusted t of Hall (1992), Journal of the Royal Statistical Society B 54, 221-228 (removing skewness by transformation),
 * in the form of Lyon, Barber & Tsai (1999), Journal of Finance 54, 165-201, eq. (5), about a centre μ:
 *   t_sa = √n (S + γ̂ S² / 3 + γ̂ / (6n)),  S = (x̄ - μ) / σ,  γ̂ = Σ (x_i - x̄)³ / (n σ³),
 * σ the sample standard deviation (divisor n - 1). μ = 0 tests the mean abnormal return; the bootstrap
 * centres each resample on the sample mean instead. NaN for fewer than two values or no spread.
 */
export function skewnessAdjustedT(x: Float64Array, centre = 0): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (const v of x) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  const sd = Math.sqrt(m2 / (n - 1));
  if (!(n >= 2 && sd > 0)) return Number.NaN;
  const s = (mean - centre) / sd;
  const gamma = m3 / (n * sd ** 3);
  return Math.sqrt(n) * (s + (gamma * s * s) / 3 + gamma / (6 * n));
}

/** t_sa of the finite values against t(n - 1), the reference of the plain cross-sectional t. */
export function skewnessAdjustedStatistic(x: Float64Array): Statistic {
  const v = finiteValues(x);
  return studentT(skewnessAdjustedT(v), v.length - 1);
}

/**
 * The bootstrapped skewness-adjusted t of Lyon, Barber & Tsai (1999), p. 174: B resamples of size
 * n_b = max(2, ⌊share · n⌋) drawn with replacement (xoshiro128** from the seed, indices uniform without
 * modulo bias), each giving t*_b = t_sa of the resample about the full sample's mean (the null imposed
 * on the resampled population); t_sa is judged against those B values (tails as in `resampled`). A
 * resample with no spread (every draw the same value) has no t_sa and is drawn again.
 */
export function bootstrapSkewnessAdjusted(x: Float64Array, settings: TestSettings): Statistic {
  const { draws, seed, resampleShare } = settings.bootstrap;
  const v = finiteValues(x);
  const n = v.length;
  const observed = skewnessAdjustedT(v);
  if (Number.isNaN(observed)) return resampled(observed, new Float64Array(draws), seed);
  let mean = 0;
  for (const a of v) mean += a;
  mean /= n;
  const size = Math.max(2, Math.floor(resampleShare * n));
  const rng = Xoshiro128StarStar.fromSeed(seed);
  const sample = new Float64Array(size);
  const out = new Float64Array(draws);
  for (let b = 0; b < draws; b++) {
    let t = Number.NaN;
    while (Number.isNaN(t)) {
      for (let k = 0; k < size; k++) sample[k] = v[rng.nextBelow(n)]!;
      t = skewnessAdjustedT(sample, mean);
    }
    out[b] = t;
  }
  return resampled(observed, out, seed);
}

const CITATION = "Lyon, Barber & Tsai (1999), Journal of Finance 54, 165-201; Hall (1992), Journal of the Royal Statistical Society B 54, 221-228";
const arDays = (cs: CrossSection): Float64Array[] =>
  Array.from({ length: cs.grid.spanLength }, (_, d) => column(cs.ar, cs.n, cs.grid.days.length, cs.grid.estimationLength + d));
const perWindow = (cs: CrossSection, matrix: Float64Array): Float64Array[] => cs.windows.map((_, w) => column(matrix, cs.n, cs.windows.length, w));

/** On the ARs of each day and the CARs of each window. */
export const skewnessAdjustedTTest: SignificanceTest = {
  name: "skewness-adjusted-t",
  label: "skewness-adjusted t",
  citation: CITATION,
  daily: (cs) => arDays(cs).map(skewnessAdjustedStatistic),
  window: (cs) => perWindow(cs, cs.car).map(skewnessAdjustedStatistic),
};

/** On the BHARs of each window. */
export const skewnessAdjustedBharTest: SignificanceTest = {
  name: "skewness-adjusted-t-bhar",
  label: "skewness-adjusted t of BHARs",
  citation: CITATION,
  window: (cs) => perWindow(cs, cs.bhar).map(skewnessAdjustedStatistic),
};

export const bootstrapSkewnessAdjustedTest: SignificanceTest = {
  name: "bootstrap-skewness-adjusted-t",
  label: "bootstrapped skewness-adjusted t",
  citation: CITATION,
  daily: (cs, _c, settings = DEFAULT_TEST_SETTINGS) => arDays(cs).map((x) => bootstrapSkewnessAdjusted(x, settings)),
  window: (cs, _c, settings = DEFAULT_TEST_SETTINGS) => perWindow(cs, cs.car).map((x) => bootstrapSkewnessAdjusted(x, settings)),
};

export const bootstrapSkewnessAdjustedBharTest: SignificanceTest = {
  name: "bootstrap-skewness-adjusted-t-bhar",
  label: "bootstrapped skewness-adjusted t of BHARs",
  citation: CITATION,
  window: (cs, _c, settings = DEFAULT_TEST_SETTINGS) => perWindow(cs, cs.bhar).map((x) => bootstrapSkewnessAdjusted(x, settings)),
};

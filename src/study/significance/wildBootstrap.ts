import { column, type CrossSection } from "../crossSection.js";
import { Xoshiro128StarStar } from "../compare/xoshiro128.js";
import { finiteValues, resampled } from "./resampling.js";
import { DEFAULT_TEST_SETTINGS, type SignificanceTest, type Statistic, type TestSettings } from "./statistic.js";

const TWO_POW_32 = 4294967296;
const SQRT5 = Math.sqrt(5);
/** Mammen (1993): w = -(√5 - 1)/2 with probability (√5 + 1)/(2√5), else (√5 + 1)/2; E w = 0, E w² = E w³ = 1. */
const MAMMEN_LOW = -(SQRT5 - 1) / 2;
const MAMMEN_HIGH = (SQRT5 + 1) / 2;
const MAMMEN_P_LOW = (SQRT5 + 1) / (2 * SQRT5);

export type WildWeights = "rademacher" | "mammen";

/** t = x̄ / (s / √n), s with divisor n - 1. */
function meanT(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  return mean / Math.sqrt(ss / (n - 1) / n);
}

/**
 * Wild bootstrap of the mean abnormal return (Wu 1986, Annals of Statistics 14, 1261-1295; Liu 1988,
 * Annals of Statistics 16, 1696-1708; Mammen 1993, Annals of Statistics 21, 255-285): the observed
 * t = x̄ / (s/√n) of the CARs (or one day's ARs) against B values t*_b of the same statistic on
 * x*_i = w_i (x_i - x̄), the centred values (the null imposed) times independent weights with mean 0 and
 * variance 1, which keep each event's own variance (event-induced heteroskedasticity) and, under
 * Mammen's weights, its third moment. Weights drawn by xoshiro128** from the seed, event by event and
 * resample by resample: Rademacher ±1 from one uniform index in {0, 1}; Mammen's two points from
 * u = word / 2³² < (√5 + 1)/(2√5). Tails as in `resampled`.
 */
export function wildBootstrap(x: Float64Array, weights: WildWeights, settings: TestSettings): Statistic {
  const { draws, seed } = settings.bootstrap;
  const v = finiteValues(x);
  const n = v.length;
  const observed = n >= 2 ? meanT(v) : Number.NaN;
  let mean = 0;
  for (const a of v) mean += a;
  mean /= n;
  const rng = Xoshiro128StarStar.fromSeed(seed);
  const star = new Float64Array(n);
  const out = new Float64Array(draws);
  if (Number.isNaN(observed)) return resampled(observed, out, seed);
  for (let b = 0; b < draws; b++) {
    for (let i = 0; i < n; i++) {
      const w = weights === "rademacher" ? (rng.nextBelow(2) === 0 ? -1 : 1) : rng.nextUint32() / TWO_POW_32 < MAMMEN_P_LOW ? MAMMEN_LOW : MAMMEN_HIGH;
      star[i] = w * (v[i]! - mean);
    }
    out[b] = meanT(star);
  }
  return resampled(observed, out, seed);
}

function wildTest(name: "wild-bootstrap-rademacher" | "wild-bootstrap-mammen", weights: WildWeights, label: string): SignificanceTest {
  return {
    name,
    label,
    citation: "Wu (1986), Annals of Statistics 14, 1261-1295; Mammen (1993), Annals of Statistics 21, 255-285",
    daily: (cs: CrossSection, _c, settings = DEFAULT_TEST_SETTINGS) =>
      Array.from({ length: cs.grid.spanLength }, (_, d) =>
        wildBootstrap(column(cs.ar, cs.n, cs.grid.days.length, cs.grid.estimationLength + d), weights, settings),
      ),
    window: (cs: CrossSection, _c, settings = DEFAULT_TEST_SETTINGS) =>
      cs.windows.map((_, w) => wildBootstrap(column(cs.car, cs.n, cs.windows.length, w), weights, settings)),
  };
}

export const wildBootstrapRademacher = wildTest("wild-bootstrap-rademacher", "rademacher", "wild bootstrap t (Rademacher weights)");
export const wildBootstrapMammen = wildTest("wild-bootstrap-mammen", "mammen", "wild bootstrap t (Mammen weights)");

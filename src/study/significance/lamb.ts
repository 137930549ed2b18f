import { averageAbnormalReturns, windowOffsets, type CrossSection } from "../crossSection.js";
import { finiteMean, finiteSd, sum } from "./sampleStatistics.js";
import { normal, type SignificanceTest } from "./statistic.js";

/** Mean market return across events on every grid column (the events with a value that day), in one pass over the rows. */
function averageMarketReturns(cs: CrossSection): Float64Array {
  const cols = cs.grid.days.length;
  const sums = new Float64Array(cols);
  const counts = new Float64Array(cols);
  for (let i = 0; i < cs.n; i++) {
    for (let c = 0; c < cols; c++) {
      const v = cs.rm[i * cols + c]!;
      if (Number.isFinite(v)) {
        sums[c]! += v;
        counts[c]!++;
      }
    }
  }
  for (let c = 0; c < cols; c++) sums[c] = counts[c]! > 0 ? sums[c]! / counts[c]! : Number.NaN;
  return sums;
}

/**
 * Lamb (1995), Journal of Risk and Insurance 62, 111-130: the portfolio AAR standardized by the
 * estimation-window sd of the AAR with a prediction-error correction for the market return that day,
 *   Z_t = AAR_t / (S(AAR) · √(1 + 1/M̄ + (R_mt - R̄_m)² / S_mm)),
 * M̄ the mean estimation length, R̄_m and S_mm the mean and sum of squared deviations of the (event-
 * averaged) market return over the estimation days; a window's Z is Σ_t Z_t / √L. Needs a market.
 */
function lambDaily(cs: CrossSection): Float64Array {
  const est = cs.grid.estimationLength;
  const aar = averageAbnormalReturns(cs);
  const market = averageMarketReturns(cs);
  const sd = finiteSd(aar.subarray(0, est));
  const estMarket = market.subarray(0, est);
  const mean = finiteMean(estMarket);
  let smm = 0;
  for (const v of estMarket) if (Number.isFinite(v)) smm += (v - mean) ** 2;
  const mBar = sum(cs.m) / cs.n;
  const z = new Float64Array(cs.grid.spanLength);
  for (let d = 0; d < z.length; d++) {
    const c = est + d;
    z[d] = aar[c]! / (sd * Math.sqrt(1 + 1 / mBar + (market[c]! - mean) ** 2 / smm));
  }
  return z;
}

export const lamb: SignificanceTest = {
  name: "lamb",
  needs: { estimationDays: true, marketReturns: true },
  label: "Lamb Z",
  citation: "Lamb (1995), Journal of Risk and Insurance 62, 111-130",
  daily: (cs) => Array.from(lambDaily(cs), normal),
  window: (cs) => {
    const z = lambDaily(cs);
    return cs.windows.map((w) => {
      const [a, b] = windowOffsets(cs, w);
      return normal(sum(z.subarray(a, b + 1)) / Math.sqrt(b - a + 1));
    });
  },
};

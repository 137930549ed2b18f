import type { Convention } from "../conventions.js";
import type { CrossSection } from "../crossSection.js";
import { kolariPynnonenFactor } from "./kolariPynnonen.js";
import { sum } from "./sampleStatistics.js";
import { standardizedDay, standardizedWindow } from "./standardized.js";
import { normal, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * Patell (1976), Journal of Accounting Research 14, 246-276:
 *   Z = Σ_i SAR_i / √(Σ_i Var(SAR_i)),
 * SAR_i standardized by the prediction-error variance, against N(0, 1). With s_i² = SSE/ν_i
 * (ν_i = M_i - k, the regression's degrees of freedom) SAR_i is Student t with ν_i df and
 * Var(SAR_i) = ν_i/(ν_i - 2), (M_i-2)/(M_i-4) for the market model; with s_i² = SSE/d_i for another
 * divisor d_i, SAR_i is that t times √(d_i/ν_i), and Var(SAR_i) = d_i/(ν_i - 2). Which one the
 * convention takes is its `patellVariance`.
 */
function patellStatistic(cs: CrossSection, sar: Float64Array, convention: Convention): number {
  let variance = 0;
  for (let i = 0; i < cs.n; i++) variance += patellDivisor(cs, i, convention) / (cs.df[i]! - 2);
  return sum(sar) / Math.sqrt(variance);
}

/** d_i of Var(SAR_i) = d_i/(ν_i - 2): the divisor of s_i² under the convention, or ν_i. */
function patellDivisor(cs: CrossSection, i: number, convention: Convention): number {
  if (convention.patellVariance === "t-df") return cs.df[i]!;
  switch (convention.residualVariance) {
    case "ols":
      return cs.df[i]!;
    case "sample":
      return cs.m[i]! - 1;
    case "population":
      return cs.m[i]!;
  }
}

const days = (cs: CrossSection, f: (x: Float64Array) => Statistic): Statistic[] =>
  Array.from({ length: cs.grid.spanLength }, (_, d) => f(standardizedDay(cs, d)));
const windows = (cs: CrossSection, f: (x: Float64Array) => Statistic): Statistic[] => cs.windows.map((_, w) => f(standardizedWindow(cs, w)));

export const patell: SignificanceTest = {
  name: "patell",
  label: "Patell Z",
  citation: "Patell (1976), Journal of Accounting Research 14, 246-276",
  daily: (cs, convention) => days(cs, (x) => normal(patellStatistic(cs, x, convention))),
  window: (cs, convention) => windows(cs, (x) => normal(patellStatistic(cs, x, convention))),
};

/**
 * Patell's Z times the Kolari-Pynnönen factor √((1 - r̄)/(1 + (N - 1) r̄)) for cross-correlation of
 * events clustered in calendar time (Kolari & Pynnönen 2010, Review of Financial Studies 23, 3996-4025).
 */
export const patellKolariPynnonen: SignificanceTest = {
  name: "patell-kolari-pynnonen",
  needs: { estimationDays: true },
  label: "Patell Z, Kolari-Pynnönen adjusted",
  citation: "Kolari & Pynnönen (2010), Review of Financial Studies 23, 3996-4025",
  daily: (cs, convention) => {
    const k = kolariPynnonenFactor(cs);
    return days(cs, (x) => normal(k * patellStatistic(cs, x, convention)));
  },
  window: (cs, convention) => {
    const k = kolariPynnonenFactor(cs);
    return windows(cs, (x) => normal(k * patellStatistic(cs, x, convention)));
  },
};

import type { CrossSection } from "../crossSection.js";
import { kolariPynnonenFactor } from "./kolariPynnonen.js";
import { sum } from "./sampleStatistics.js";
import { standardizedDay, standardizedWindow } from "./standardized.js";
import { normal, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * Patell (1976), Journal of Accounting Research 14, 246-276:
 *   Z = Σ_i SAR_i / √(Σ_i ν_i / (ν_i - 2)),
 * SAR_i standardized by the prediction-error variance, ν_i = M_i - k the degrees of freedom of the
 * event's regression (so ν/(ν-2) = (M_i-2)/(M_i-4) for the market model), against N(0, 1).
 */
export function patellStatistic(cs: CrossSection, sar: Float64Array): number {
  let variance = 0;
  for (let i = 0; i < cs.n; i++) variance += cs.df[i]! / (cs.df[i]! - 2);
  return sum(sar) / Math.sqrt(variance);
}

const days = (cs: CrossSection, f: (x: Float64Array) => Statistic): Statistic[] =>
  Array.from({ length: cs.grid.spanLength }, (_, d) => f(standardizedDay(cs, d)));
const windows = (cs: CrossSection, f: (x: Float64Array) => Statistic): Statistic[] =>
  cs.windows.map((_, w) => f(standardizedWindow(cs, w)));

export const patell: SignificanceTest = {
  name: "patell",
  label: "Patell Z",
  citation: "Patell (1976), Journal of Accounting Research 14, 246-276",
  daily: (cs) => days(cs, (x) => normal(patellStatistic(cs, x))),
  window: (cs) => windows(cs, (x) => normal(patellStatistic(cs, x))),
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
  daily: (cs) => {
    const k = kolariPynnonenFactor(cs);
    return days(cs, (x) => normal(k * patellStatistic(cs, x)));
  },
  window: (cs) => {
    const k = kolariPynnonenFactor(cs);
    return windows(cs, (x) => normal(k * patellStatistic(cs, x)));
  },
};

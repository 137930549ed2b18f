import { kolariPynnonenFactor } from "./kolariPynnonen.js";
import { essentiallyConstant, finiteMean, finiteSd, NO_CROSS_SECTIONAL_VARIANCE } from "./sampleStatistics.js";
import { standardizedDay, standardizedWindow } from "./standardized.js";
import { noStatistic, studentT, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * Standardized cross-sectional test of Boehmer, Musumeci & Poulsen (1991), JFE 30, 253-272:
 *   t = mean(SAR_i) / (sd(SAR_i) / √N), sd with divisor N - 1, against t(N - 1);
 * for a window the SCAR_i = Σ_t SAR_it / √L take the place of SAR_i. Robust to event-induced variance.
 */
export function bmpStatistic(sar: Float64Array, factor = 1): Statistic {
  const mean = finiteMean(sar);
  const se = finiteSd(sar) / Math.sqrt(sar.length);
  if (essentiallyConstant(mean, se)) return noStatistic("t", NO_CROSS_SECTIONAL_VARIANCE);
  return studentT((factor * mean) / se, sar.length - 1);
}

export const bmp: SignificanceTest = {
  name: "bmp",
  label: "BMP standardized cross-sectional t",
  citation: "Boehmer, Musumeci & Poulsen (1991), Journal of Financial Economics 30, 253-272",
  daily: (cs) => Array.from({ length: cs.grid.spanLength }, (_, d) => bmpStatistic(standardizedDay(cs, d))),
  window: (cs) => cs.windows.map((_, w) => bmpStatistic(standardizedWindow(cs, w))),
};

/** BMP times the Kolari-Pynnönen factor (Kolari & Pynnönen 2010, Review of Financial Studies 23, 3996-4025). */
export const bmpKolariPynnonen: SignificanceTest = {
  name: "bmp-kolari-pynnonen",
  needs: { estimationDays: true },
  label: "BMP t, Kolari-Pynnönen adjusted",
  citation: "Kolari & Pynnönen (2010), Review of Financial Studies 23, 3996-4025",
  daily: (cs) => {
    const k = kolariPynnonenFactor(cs);
    return Array.from({ length: cs.grid.spanLength }, (_, d) => bmpStatistic(standardizedDay(cs, d), k));
  },
  window: (cs) => {
    const k = kolariPynnonenFactor(cs);
    return cs.windows.map((_, w) => bmpStatistic(standardizedWindow(cs, w), k));
  },
};

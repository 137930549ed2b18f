import { column } from "../crossSection.js";
import { essentiallyConstant, finiteMean, finiteSd, NO_CROSS_SECTIONAL_VARIANCE } from "./sampleStatistics.js";
import { noStatistic, studentT, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * Cross-sectional t: t = mean(X_i) / (sd(X_i) / √N), sd with divisor N - 1, against t(N - 1); X_i is
 * AR_it for a day or CAR_i for a window. Robust to event-induced variance, not to cross-correlation
 * (Brown & Warner 1985, JFE 14, 3-31; Boehmer, Musumeci & Poulsen 1991, JFE 30, 253-272).
 */
export function crossSectionalTStatistic(x: Float64Array): Statistic {
  const mean = finiteMean(x);
  const se = finiteSd(x) / Math.sqrt(x.length);
  if (essentiallyConstant(mean, se)) return noStatistic("t", NO_CROSS_SECTIONAL_VARIANCE);
  return studentT(mean / se, x.length - 1);
}

export const crossSectionalT: SignificanceTest = {
  name: "cross-sectional-t",
  label: "cross-sectional t",
  citation: "Brown & Warner (1985), Journal of Financial Economics 14, 3-31",
  daily: (cs) => {
    const cols = cs.grid.days.length;
    return Array.from({ length: cs.grid.spanLength }, (_, d) => crossSectionalTStatistic(column(cs.ar, cs.n, cols, cs.grid.estimationLength + d)));
  },
  window: (cs) => cs.windows.map((_, w) => crossSectionalTStatistic(column(cs.car, cs.n, cs.windows.length, w))),
};

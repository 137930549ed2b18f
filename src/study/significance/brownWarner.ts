import { averageAbnormalReturns, windowOffsets, type CrossSection } from "../crossSection.js";
import { finiteSd, sum } from "./sampleStatistics.js";
import { studentT, type SignificanceTest } from "./statistic.js";

/** Degrees of freedom of both Brown-Warner tests: the mean estimation length minus one. */
function df(cs: CrossSection): number {
  return sum(cs.m) / cs.n - 1;
}

/** Sum of the AARs of a window's span days. */
function windowSum(cs: CrossSection, aar: Float64Array, w: number): number {
  const [a, b] = windowOffsets(cs, cs.windows[w]!);
  let s = 0;
  for (let d = a; d <= b; d++) s += aar[cs.grid.estimationLength + d]!;
  return s;
}

/**
 * Brown & Warner (1980), JFE 8, 205-258, with each event's own residual variance:
 * day t: AAR_t / (√(Σ_i s_i²) / N); window of L days: CAAR / (√(L Σ_i s_i²) / N).
 */
export const brownWarner1980: SignificanceTest = {
  name: "brown-warner-1980",
  label: "Brown-Warner 1980",
  citation: "Brown & Warner (1980), Journal of Financial Economics 8, 205-258",
  daily: (cs) => {
    const aar = averageAbnormalReturns(cs);
    const se = Math.sqrt(sum(cs.s2)) / cs.n;
    return Array.from({ length: cs.grid.spanLength }, (_, d) => studentT(aar[cs.grid.estimationLength + d]! / se, df(cs)));
  },
  window: (cs) => {
    const aar = averageAbnormalReturns(cs);
    return cs.windows.map((w, k) => {
      const len = w[1] - w[0] + 1;
      return studentT(windowSum(cs, aar, k) / (Math.sqrt(len * sum(cs.s2)) / cs.n), df(cs));
    });
  },
};

/**
 * Brown & Warner (1985), JFE 14, 3-31, "crude dependence adjustment": the AAR is scaled by the
 * standard deviation of the AAR itself over the estimation days, which carries any cross-correlation:
 * day t: AAR_t / S(AAR); window of L days: CAAR / (√L · S(AAR)); S with divisor (days - 1).
 */
export const brownWarner1985: SignificanceTest = {
  name: "brown-warner-1985",
  needs: { estimationDays: true },
  label: "Brown-Warner 1985 (crude dependence adjustment)",
  citation: "Brown & Warner (1985), Journal of Financial Economics 14, 3-31",
  daily: (cs) => {
    const aar = averageAbnormalReturns(cs);
    const sd = finiteSd(aar.subarray(0, cs.grid.estimationLength));
    return Array.from({ length: cs.grid.spanLength }, (_, d) => studentT(aar[cs.grid.estimationLength + d]! / sd, df(cs)));
  },
  window: (cs) => {
    const aar = averageAbnormalReturns(cs);
    const sd = finiteSd(aar.subarray(0, cs.grid.estimationLength));
    return cs.windows.map((w, k) => studentT(windowSum(cs, aar, k) / (Math.sqrt(w[1] - w[0] + 1) * sd), df(cs)));
  },
};

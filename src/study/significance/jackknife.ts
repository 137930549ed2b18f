import { windowOffsets, type CrossSection } from "../crossSection.js";
import { essentiallyConstant, NO_CROSS_SECTIONAL_VARIANCE } from "./sampleStatistics.js";
import { noStatistic, studentT, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * Jackknife t of the CAAR over span days [from, to] (offsets into the span) of `ar` (n events × `cols`
 * columns, the span starting at column `first`): with AAR_t the mean of the ARs present on day t and
 * CAAR = Σ_t AAR_t, over the N events with an AR on some day of the window: the leave-one-event-out
 * estimates CAAR_(-i) (event i left out of every day's mean), their mean C̄, the jackknife variance
 * V = (N-1)/N Σ_i (CAAR_(-i) - C̄)² (Quenouille 1956, Biometrika 43, 353-360; Tukey 1958, Annals of
 * Mathematical Statistics 29, 614; Efron 1982, The Jackknife, the Bootstrap and Other Resampling Plans,
 * SIAM, ch. 3; for event studies Giaccotto & Sfiridis 1996, Journal of Economics and Business 48,
 * 349-370), and t = CAAR / √V against t(N - 1).
 *
 * When every event has an AR on every day of the window, CAAR is the mean of the CARs, CAAR_(-i) - C̄ =
 * -(CAR_i - mean CAR)/(N - 1), and V = s²/N: t is then the cross-sectional t of the CARs (Efron 1982,
 * ch. 3). It differs where events miss days, since each day's mean then runs over its own events.
 * Dividing the CAAR by the window's length (estudy2's convention) scales CAAR and √V alike: t is the same.
 */
export function jackknifeCaar(ar: Float64Array, n: number, cols: number, first: number, from: number, to: number): Statistic {
  const days = to - from + 1;
  const sums = new Float64Array(days);
  const counts = new Float64Array(days);
  const present = new Uint8Array(n);
  let events = 0;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < days; d++) {
      const v = ar[i * cols + first + from + d]!;
      if (Number.isFinite(v)) {
        sums[d]! += v;
        counts[d]!++;
        present[i] = 1;
      }
    }
    events += present[i]!;
  }
  if (events < 2) return noStatistic("t", "fewer than two events with abnormal returns in the window: no jackknife");
  let caar = 0;
  for (let d = 0; d < days; d++) {
    if (counts[d]! < 2) return noStatistic("t", "a day of the window has fewer than two events' ARs: leaving one out leaves no mean");
    caar += sums[d]! / counts[d]!;
  }
  const leaveOut = new Float64Array(events);
  let mean = 0;
  for (let i = 0, j = 0; i < n; i++) {
    if (!present[i]) continue;
    let c = 0;
    for (let d = 0; d < days; d++) {
      const v = ar[i * cols + first + from + d]!;
      c += Number.isFinite(v) ? (sums[d]! - v) / (counts[d]! - 1) : sums[d]! / counts[d]!;
    }
    leaveOut[j++] = c;
    mean += c;
  }
  mean /= events;
  let ss = 0;
  for (const c of leaveOut) ss += (c - mean) ** 2;
  const se = Math.sqrt(((events - 1) / events) * ss);
  if (essentiallyConstant(caar, se)) return noStatistic("t", NO_CROSS_SECTIONAL_VARIANCE);
  return studentT(caar / se, events - 1);
}

/** On each span day (the AAR: then the cross-sectional t of that day's ARs) and on each window's CAAR. */
export const jackknife: SignificanceTest = {
  name: "jackknife",
  label: "jackknife t",
  citation:
    "Efron (1982), The Jackknife, the Bootstrap and Other Resampling Plans, SIAM; Giaccotto & Sfiridis (1996), Journal of Economics and Business 48, 349-370",
  daily: (cs: CrossSection) => {
    const cols = cs.grid.days.length;
    return Array.from({ length: cs.grid.spanLength }, (_, d) => jackknifeCaar(cs.ar, cs.n, cols, cs.grid.estimationLength, d, d));
  },
  window: (cs: CrossSection) => {
    const cols = cs.grid.days.length;
    return cs.windows.map((w) => {
      const [from, to] = windowOffsets(cs, w);
      return jackknifeCaar(cs.ar, cs.n, cols, cs.grid.estimationLength, from, to);
    });
  },
};

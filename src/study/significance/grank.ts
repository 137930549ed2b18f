import type { CrossSection } from "../crossSection.js";
import { averageRanks } from "../ranks.js";
import { finiteSd } from "./sampleStatistics.js";
import { standardizedDay } from "./standardized.js";
import { normal, studentT, type SignificanceTest, type Statistic } from "./statistic.js";

/**
 * The generalized standardized abnormal returns of Kolari & Pynnönen (2011), J. Empirical Finance 18,
 * 953-971, one row per event: its estimation days' SAR_it = AR_it / s_i, then one event observation,
 * the event's standardized CAR re-standardized by the cross-sectional sd of those CARs,
 *   SCAR*_i = SCAR_i / sd_j(SCAR_j),
 * which absorbs event-induced volatility. A window collapses into that one observation, so a single
 * day and a window are tested alike. n × (E + 1), NaN where the event has no value.
 */
export function generalizedScores(cs: CrossSection, scar: Float64Array): Float64Array {
  const cols = cs.grid.days.length;
  const est = cs.grid.estimationLength;
  const width = est + 1;
  const sdScar = finiteSd(scar);
  const out = new Float64Array(cs.n * width);
  for (let i = 0; i < cs.n; i++) {
    const s = Math.sqrt(cs.s2[i]!);
    for (let c = 0; c < est; c++) out[i * width + c] = cs.ar[i * cols + c]! / s;
    out[i * width + est] = scar[i]! / sdScar;
  }
  return out;
}

/**
 * GRANK's Z from generalized scores (n rows of `width` columns, the last the event observation):
 * U_it = K_it / (T_i + 1) - ½ with K_it the rank of the score among event i's T_i finite ones (ties
 * averaged); Ū_t = mean_i U_it over the n_t events with a score on t;
 *   Z = Ū_0 / S_Ū,  S_Ū = √((1/T) Σ_t (n_t / n) Ū_t²)
 * over the T columns where some event has a score (the estimation days and the event observation;
 * T = L₁ + 1 when no day is missing, as in the paper). Ranks make it distribution-free.
 */
export function grankZ(scores: Float64Array, n: number, width: number): { z: number; timePoints: number } {
  const u = new Float64Array(n * width).fill(Number.NaN);
  const dense = new Float64Array(width);
  const where = new Int32Array(width);
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (let c = 0; c < width; c++) {
      const v = scores[i * width + c]!;
      if (Number.isFinite(v)) {
        dense[t] = v;
        where[t++] = c;
      }
    }
    const { ranks } = averageRanks(dense.subarray(0, t));
    for (let k = 0; k < t; k++) u[i * width + where[k]!] = ranks[k]! / (t + 1) - 0.5;
  }
  let ss = 0;
  let timePoints = 0;
  let u0 = Number.NaN;
  for (let c = 0; c < width; c++) {
    let s = 0;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const v = u[i * width + c]!;
      if (Number.isFinite(v)) {
        s += v;
        present++;
      }
    }
    if (present === 0) continue;
    const mean = s / present;
    ss += (present / n) * mean * mean;
    timePoints++;
    if (c === width - 1) u0 = mean;
  }
  return { z: u0 / Math.sqrt(ss / timePoints), timePoints };
}

/** t_grank = Z √((T - 2) / (T - 1 - Z²)), against t(T - 2) (Kolari & Pynnönen 2011, eq. for t_grank). */
function grankT(z: number, timePoints: number): Statistic {
  return studentT(z * Math.sqrt((timePoints - 2) / (timePoints - 1 - z * z)), timePoints - 2);
}

/** SCAR_i = CAR_i / √Var(CAR_i) of window w. */
function standardizedCar(cs: CrossSection, w: number): Float64Array {
  const nw = cs.windows.length;
  return Float64Array.from({ length: cs.n }, (_, i) => cs.car[i * nw + w]! / Math.sqrt(cs.carVariance[i * nw + w]!));
}

function grank(cs: CrossSection, scar: Float64Array): { z: number; timePoints: number } {
  return grankZ(generalizedScores(cs, scar), cs.n, cs.grid.estimationLength + 1);
}

const days = (cs: CrossSection, f: (g: { z: number; timePoints: number }) => Statistic): Statistic[] =>
  Array.from({ length: cs.grid.spanLength }, (_, d) => f(grank(cs, standardizedDay(cs, d))));
const windows = (cs: CrossSection, f: (g: { z: number; timePoints: number }) => Statistic): Statistic[] =>
  cs.windows.map((_, w) => f(grank(cs, standardizedCar(cs, w))));

const CITATION = "Kolari & Pynnönen (2011), Journal of Empirical Finance 18, 953-971";

/** GRANK in its t form: robust to event-induced volatility, cross-correlation and serial correlation of CARs. */
export const grankTTest: SignificanceTest = {
  name: "grank-t",
  needs: { estimationDays: true },
  label: "generalized rank t (GRANK-T)",
  citation: CITATION,
  daily: (cs) => days(cs, (g) => grankT(g.z, g.timePoints)),
  window: (cs) => windows(cs, (g) => grankT(g.z, g.timePoints)),
};

/** GRANK in its Z form, Z = Ū_0 / S_Ū against N(0, 1). */
export const grankZTest: SignificanceTest = {
  name: "grank-z",
  needs: { estimationDays: true },
  label: "generalized rank Z (GRANK-Z)",
  citation: CITATION,
  daily: (cs) => days(cs, (g) => normal(g.z)),
  window: (cs) => windows(cs, (g) => normal(g.z)),
};

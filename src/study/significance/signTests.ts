import { column, type CrossSection } from "../crossSection.js";
import { normal, type SignificanceTest, type Statistic } from "./statistic.js";

/** Number of strictly positive values (zero counts as not positive). */
function positives(x: Float64Array): number {
  let k = 0;
  for (const v of x) if (v > 0) k++;
  return k;
}

/** Each span day's ARs and each window's CARs, the samples the sign tests count. */
function samples(cs: CrossSection): { daily: Float64Array[]; window: Float64Array[] } {
  const cols = cs.grid.days.length;
  return {
    daily: Array.from({ length: cs.grid.spanLength }, (_, d) => column(cs.ar, cs.n, cols, cs.grid.estimationLength + d)),
    window: cs.windows.map((_, w) => column(cs.car, cs.n, cs.windows.length, w)),
  };
}

/**
 * Sign test: Z = (N⁺ - N/2) / √(N/4), N⁺ the events with a positive AR (or CAR); assumes a median
 * of zero (see Brown & Warner 1980, JFE 8, 205-258; Cowan 1992). Against N(0, 1).
 */
export function signStatistic(x: Float64Array): Statistic {
  const n = x.length;
  return normal((positives(x) - n / 2) / Math.sqrt(n / 4));
}

export const sign: SignificanceTest = {
  name: "sign",
  label: "sign",
  citation: "Brown & Warner (1980), Journal of Financial Economics 8, 205-258",
  daily: (cs) => samples(cs).daily.map(signStatistic),
  window: (cs) => samples(cs).window.map(signStatistic),
};

/**
 * Share of positive ARs pooled over every event's estimation days (each event-day counts once):
 * p̂ = Σ_i Σ_t 1[AR_it > 0] / Σ_i M_i.
 */
export function estimationPositiveShare(cs: CrossSection): number {
  const cols = cs.grid.days.length;
  let pos = 0;
  let all = 0;
  for (let i = 0; i < cs.n; i++) {
    for (let c = 0; c < cs.grid.estimationLength; c++) {
      const v = cs.ar[i * cols + c]!;
      if (Number.isFinite(v)) {
        all++;
        if (v > 0) pos++;
      }
    }
  }
  return pos / all;
}

/**
 * Generalized sign test (Cowan 1992, Review of Quantitative Finance and Accounting 2, 343-358):
 * Z = (N⁺ - N p̂) / √(N p̂ (1 - p̂)), p̂ the share of positive ARs over the estimation windows.
 */
export const generalizedSign: SignificanceTest = {
  name: "generalized-sign",
  needs: { estimationDays: true },
  label: "generalized sign",
  citation: "Cowan (1992), Review of Quantitative Finance and Accounting 2, 343-358",
  daily: (cs) => {
    const p = estimationPositiveShare(cs);
    return samples(cs).daily.map((x) => generalizedSignStatistic(x, p));
  },
  window: (cs) => {
    const p = estimationPositiveShare(cs);
    return samples(cs).window.map((x) => generalizedSignStatistic(x, p));
  },
};

function generalizedSignStatistic(x: Float64Array, p: number): Statistic {
  const n = x.length;
  return normal((positives(x) - n * p) / Math.sqrt(n * p * (1 - p)));
}

import { windowOffsets } from "../crossSection.js";
import type { Convention } from "../conventions.js";
import { columnSums, dailyScoreStatistics, eventRanks, eventScores } from "./eventRanks.js";
import { normal, type SignificanceTest } from "./statistic.js";

/**
 * Corrado (1989), JFE 23, 385-395: ranks K_it of each event's ARs over its estimation and event days,
 * K̄_i = (T_i + 1)/2; Z_t = ((1/N_t) Σ_i (K_it - K̄_i)) / S_K with
 * S_K = √((1/T̄) Σ_r ((1/n_r) Σ_i (K_ir - K̄_i))²). Against N(0, 1).
 */
export const corradoRank: SignificanceTest = {
  name: "corrado-rank",
  needs: { estimationDays: true },
  label: "Corrado rank",
  citation: "Corrado (1989), Journal of Financial Economics 23, 385-395",
  daily: (cs, convention) => {
    const { values, count, meanCount } = eventRanks(cs);
    const d = columnSums(values, cs, { count, f: (k, t) => k - (t + 1) / 2 });
    return Array.from(dailyScoreStatistics(d, cs, meanCount, 1, convention), (z) => normal(z));
  },
};

/**
 * Modified rank test with standardized ranks U_it = K_it/(T_i + 1) - ½, which allows events to have
 * different numbers of days (Corrado & Zivney 1992, JFQA 27, 465-478; the form of Kolari & Pynnönen
 * 2011, J. Empirical Finance 18, 953-971): Z_t = (N_t^-½ Σ_i U_it) / S_U,
 * S_U = √((1/T̄) Σ_r (n_r^-½ Σ_i U_ir)²). Against N(0, 1).
 */
export const modifiedRank: SignificanceTest = {
  name: "modified-rank",
  needs: { estimationDays: true },
  label: "modified rank (Corrado-Zivney)",
  citation: "Corrado & Zivney (1992), Journal of Financial and Quantitative Analysis 27, 465-478",
  daily: (cs, convention) => {
    const { values, count, meanCount } = eventRanks(cs);
    const u = columnSums(values, cs, { count, f: (k, t) => k / (t + 1) - 0.5 });
    return Array.from(dailyScoreStatistics(u, cs, meanCount, 0.5, convention), (z) => normal(z));
  },
};

/**
 * Corrado & Zivney (1992), JFQA 27, 465-478, sign test: G_it = sign(AR_it - median_i), the median of
 * each event's ARs over its estimation and event days; Z_t = (N_t^-½ Σ_i G_it) / S_G,
 * S_G = √((1/T̄) Σ_r (n_r^-½ Σ_i G_ir)²). Against N(0, 1).
 */
export const corradoSign: SignificanceTest = {
  name: "corrado-sign",
  needs: { estimationDays: true },
  label: "Corrado-Zivney sign",
  citation: "Corrado & Zivney (1992), Journal of Financial and Quantitative Analysis 27, 465-478",
  daily: (cs, convention) => {
    const { values, meanCount } = eventScores(cs, (ar) => {
      const med = median(ar);
      return ar.map((v) => Math.sign(v - med));
    });
    return Array.from(dailyScoreStatistics(columnSums(values, cs), cs, meanCount, 0.5, convention), (z) => normal(z));
  },
};

/** Median (mean of the two middle values for an even count). */
function median(x: Float64Array): number {
  const s = Float64Array.from(x).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * Cowan (1992), Review of Quantitative Finance and Accounting 2, 343-358 (after Campbell & Wasley
 * 1993): the rank test for a window of L days,
 *   Z = √L · K̄_w / S_K,  K̄_w the mean of the centred ranks (K_it - K̄_i) over the window's days and
 *   events, S_K = √((1/T̄) Σ_r (mean_i (K_ir - K̄_i))²) over every estimation and event day.
 * Centred per event (textbook) or, under estudy2's convention, on one pooled centre mean_i K̄_i.
 */
export const cowanRank: SignificanceTest = {
  name: "cowan-rank",
  needs: { estimationDays: true },
  label: "Cowan window rank",
  citation: "Cowan (1992), Review of Quantitative Finance and Accounting 2, 343-358",
  window: (cs, convention: Convention) => {
    const { values, count, meanCount } = eventRanks(cs);
    let pooled = 0;
    for (const t of count) pooled += (t + 1) / 2;
    pooled /= cs.n;
    const k = columnSums(values, cs, { count, f: (v, t) => v - (convention.windowRankCentre === "pooled" ? pooled : (t + 1) / 2) });
    const cols = cs.grid.days.length;
    const rowMean = new Float64Array(cols);
    let ss = 0;
    for (let c = 0; c < cols; c++) {
      const n = k.present[c]!;
      rowMean[c] = n > 0 ? k.sums[c]! / n : Number.NaN;
      if (n > 0) ss += rowMean[c]! ** 2;
    }
    const sd = Math.sqrt(ss / meanCount);
    return cs.windows.map((w) => {
      const [a, b] = windowOffsets(cs, w);
      let s = 0;
      for (let d = a; d <= b; d++) s += rowMean[cs.grid.estimationLength + d]!;
      const len = b - a + 1;
      return normal((Math.sqrt(len) * (s / len)) / sd);
    });
  },
};

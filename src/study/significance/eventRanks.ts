import { averageRanksInto } from "../ranks.js";
import type { Convention } from "../conventions.js";
import type { CrossSection } from "../crossSection.js";

/**
 * The inputs the rank and sign tests share: each event's ARs over its estimation days and the event
 * span (the days between belong to neither), transformed per event, e.g. to ranks K_it (ties get the
 * average rank) or to signs of AR_it minus its median; NaN where the event has no AR.
 */
export interface EventScores {
  readonly values: Float64Array;
  /** T_i: days with an AR, per event. */
  readonly count: Float64Array;
  /** T̄ = mean_i T_i. */
  readonly meanCount: number;
}

/** Applies `score` to each event's finite ARs (a dense copy) and scatters the result back. */
export function eventScores(cs: CrossSection, score: (ar: Float64Array) => Float64Array): EventScores {
  const cols = cs.grid.days.length;
  const values = new Float64Array(cs.n * cols).fill(Number.NaN);
  const count = new Float64Array(cs.n);
  const dense = new Float64Array(cols);
  const where = new Int32Array(cols);
  for (let i = 0; i < cs.n; i++) {
    let t = 0;
    for (let c = 0; c < cols; c++) {
      const v = cs.ar[i * cols + c]!;
      if (Number.isFinite(v)) {
        dense[t] = v;
        where[t++] = c;
      }
    }
    const scored = score(dense.subarray(0, t));
    for (let k = 0; k < t; k++) values[i * cols + where[k]!] = scored[k]!;
    count[i] = t;
  }
  let total = 0;
  for (const t of count) total += t;
  return { values, count, meanCount: total / cs.n };
}

/** Ranks already computed, per cross-section: the rank tests of one group share them. */
const ranksOf = new WeakMap<CrossSection, EventScores>();

/** Ranks K_it of each event's ARs among its own days (Corrado 1989), computed once per cross-section. */
export function eventRanks(cs: CrossSection): EventScores {
  let scores = ranksOf.get(cs);
  if (!scores) {
    const cols = cs.grid.days.length;
    const sorted = new Float64Array(cols);
    const ranks = new Float64Array(cols);
    scores = eventScores(cs, (ar) => {
      averageRanksInto(ar, sorted, ranks);
      return ranks;
    });
    ranksOf.set(cs, scores);
  }
  return scores;
}

/**
 * Cross-sectional sum of a scored matrix on one grid column and the number of events present, under
 * the convention's treatment of absent events (true sum, or mean × N as estudy2 computes it).
 */
export function crossSum(values: Float64Array, cs: CrossSection, col: number, convention: Convention): { sum: number; present: number } {
  const cols = cs.grid.days.length;
  let sum = 0;
  let present = 0;
  for (let i = 0; i < cs.n; i++) {
    const v = values[i * cols + col]!;
    if (Number.isFinite(v)) {
      sum += v;
      present++;
    }
  }
  if (convention.crossSectionalSum === "mean-times-n" && present > 0) sum = (sum / present) * cs.n;
  return { sum, present };
}

/**
 * The time-series standard deviation the rank and sign tests divide by:
 *   S = √((1/T̄) Σ_r (D_r / n_r^power)²)
 * over every estimation and span day r with an event present; D_r = crossSum of the centred scores.
 * power = 1 for Corrado's rank test, ½ for the modified rank and the Corrado sign tests.
 */
export function scoreDeviation(centred: Float64Array, cs: CrossSection, meanCount: number, power: number, convention: Convention): number {
  let ss = 0;
  for (let c = 0; c < cs.grid.days.length; c++) {
    const { sum, present } = crossSum(centred, cs, c, convention);
    if (present > 0) ss += (sum / present ** power) ** 2;
  }
  return Math.sqrt(ss / meanCount);
}

/** Daily statistic of a centred score: (D_t / N_t^power) / S on each span day. */
export function dailyScoreStatistics(centred: Float64Array, cs: CrossSection, meanCount: number, power: number, convention: Convention): Float64Array {
  const sd = scoreDeviation(centred, cs, meanCount, power, convention);
  const out = new Float64Array(cs.grid.spanLength);
  for (let d = 0; d < out.length; d++) {
    const { sum, present } = crossSum(centred, cs, cs.grid.estimationLength + d, convention);
    out[d] = sum / present ** power / sd;
  }
  return out;
}

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

/** Per grid column: the sum over events of the finite scores and how many events are present. */
export interface ColumnSums {
  readonly sums: Float64Array;
  readonly present: Float64Array;
}

/**
 * Column sums of a scored matrix in one pass over its rows (each column summed in event order, as a
 * column-by-column loop would, but reading the matrix once and in order), each value first passed
 * through `centre(value, T_i)` when given, so a centred matrix is never written out.
 */
export function columnSums(values: Float64Array, cs: CrossSection, centre?: { count: Float64Array; f: (value: number, t: number) => number }): ColumnSums {
  const cols = cs.grid.days.length;
  const sums = new Float64Array(cols);
  const present = new Float64Array(cols);
  for (let i = 0; i < cs.n; i++) {
    const t = centre ? centre.count[i]! : 0;
    for (let c = 0; c < cols; c++) {
      const v = centre ? centre.f(values[i * cols + c]!, t) : values[i * cols + c]!;
      if (Number.isFinite(v)) {
        sums[c]! += v;
        present[c]!++;
      }
    }
  }
  return { sums, present };
}

/**
 * Cross-sectional sum on one grid column under the convention's treatment of absent events (true sum,
 * or mean × N as estudy2 computes it).
 */
function crossSum(s: ColumnSums, cs: CrossSection, col: number, convention: Convention): number {
  const sum = s.sums[col]!;
  const present = s.present[col]!;
  return convention.crossSectionalSum === "mean-times-n" && present > 0 ? (sum / present) * cs.n : sum;
}

/**
 * The time-series standard deviation the rank and sign tests divide by:
 *   S = √((1/T̄) Σ_r (D_r / n_r^power)²)
 * over every estimation and span day r with an event present; D_r = crossSum of the centred scores.
 * power = 1 for Corrado's rank test, ½ for the modified rank and the Corrado sign tests.
 */
function scoreDeviation(centred: ColumnSums, cs: CrossSection, meanCount: number, power: number, convention: Convention): number {
  let ss = 0;
  for (let c = 0; c < cs.grid.days.length; c++) {
    const present = centred.present[c]!;
    if (present > 0) ss += (crossSum(centred, cs, c, convention) / present ** power) ** 2;
  }
  return Math.sqrt(ss / meanCount);
}

/** Daily statistic of a centred score: (D_t / N_t^power) / S on each span day. */
export function dailyScoreStatistics(centred: ColumnSums, cs: CrossSection, meanCount: number, power: number, convention: Convention): Float64Array {
  const sd = scoreDeviation(centred, cs, meanCount, power, convention);
  const out = new Float64Array(cs.grid.spanLength);
  for (let d = 0; d < out.length; d++) {
    const col = cs.grid.estimationLength + d;
    out[d] = crossSum(centred, cs, col, convention) / centred.present[col]! ** power / sd;
  }
  return out;
}

import type { CrossSection } from "../crossSection.js";

/** Events need at least this many estimation ARs to enter r̄. */
const MIN_ESTIMATION_DAYS = 30;

/**
 * Kolari & Pynnönen (2010), Review of Financial Studies 23, 3996-4025: the factor
 * √((1 - r̄) / (1 + (N - 1) r̄)) that deflates Patell's Z and the BMP t for the average correlation r̄
 * of the events' estimation-window abnormal returns (events aligned in event time). 1 for one event.
 */
export function kolariPynnonenFactor(cs: CrossSection): number {
  if (cs.n < 2) return 1;
  let factor = factorOf.get(cs);
  if (factor === undefined) {
    const r = averageResidualCorrelation(cs);
    factor = Math.sqrt((1 - r) / (1 + (cs.n - 1) * r));
    factorOf.set(cs, factor);
  }
  return factor;
}

/** Factors already computed, per cross-section: the adjusted tests of one group (daily and window) share one. */
const factorOf = new WeakMap<CrossSection, number>();

/**
 * r̄, one estimator at every sample size: each event's estimation ARs standardized over its own days
 * (z_it, mean 0 and mean square 1; events with fewer than MIN_ESTIMATION_DAYS left out), r̄ is the
 * average of z_it·z_jt over every pair i ≠ j and every day t both have:
 *   r̄ = Σ_t [(Σ_i z_it)² - Σ_i z_it²] / Σ_t (n_t² - n_t),   n_t the events present on day t.
 * With no day missing it is exactly the mean of the N(N-1)/2 pairwise Pearson correlations; with
 * missing days each pair weighs by its common days. One pass over the ARs, O(N·T).
 */
export function averageResidualCorrelation(cs: CrossSection): number {
  const cols = cs.grid.days.length;
  const est = cs.grid.estimationLength;
  const sum = new Float64Array(est);
  const squares = new Float64Array(est);
  const present = new Float64Array(est);
  for (let i = 0; i < cs.n; i++) {
    const row = i * cols;
    let m = 0;
    let mean = 0;
    for (let c = 0; c < est; c++) {
      const v = cs.ar[row + c]!;
      if (Number.isFinite(v)) {
        m++;
        mean += v;
      }
    }
    if (m < MIN_ESTIMATION_DAYS) continue;
    mean /= m;
    let ss = 0;
    for (let c = 0; c < est; c++) {
      const v = cs.ar[row + c]!;
      if (Number.isFinite(v)) ss += (v - mean) ** 2;
    }
    const sd = Math.sqrt(ss / m);
    for (let c = 0; c < est; c++) {
      const v = cs.ar[row + c]!;
      if (!Number.isFinite(v)) continue;
      const z = (v - mean) / sd;
      sum[c]! += z;
      squares[c]! += z * z;
      present[c]!++;
    }
  }
  let cross = 0;
  let pairs = 0;
  for (let c = 0; c < est; c++) {
    cross += sum[c]! * sum[c]! - squares[c]!;
    pairs += present[c]! * (present[c]! - 1);
  }
  return pairs > 0 ? cross / pairs : 0;
}

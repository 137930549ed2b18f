import type { CrossSection } from "../crossSection.js";

/** Pairs need at least this many common estimation days for their correlation to count. */
const MIN_COMMON_DAYS = 30;
/** Above this many events, r̄ comes from the variance of the summed standardized residuals. */
const PAIRWISE_LIMIT = 1000;

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
 * Mean off-diagonal correlation of the estimation-window ARs. Up to PAIRWISE_LIMIT events: the mean of
 * pairwise correlations over each pair's common days. Beyond: from the identity
 * Var(Σ_i z_i) = N + N(N-1) r̄ on the days every event has an AR, z_i standardized over those days.
 */
export function averageResidualCorrelation(cs: CrossSection): number {
  return cs.n <= PAIRWISE_LIMIT ? pairwise(cs) : fromSumVariance(cs);
}

function pairwise(cs: CrossSection): number {
  const cols = cs.grid.days.length;
  const est = cs.grid.estimationLength;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < cs.n; i++) {
    for (let j = i + 1; j < cs.n; j++) {
      let n = 0;
      let sx = 0;
      let sy = 0;
      for (let c = 0; c < est; c++) {
        const x = cs.ar[i * cols + c]!;
        const y = cs.ar[j * cols + c]!;
        if (Number.isFinite(x) && Number.isFinite(y)) {
          n++;
          sx += x;
          sy += y;
        }
      }
      if (n < MIN_COMMON_DAYS) continue;
      const mx = sx / n;
      const my = sy / n;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      for (let c = 0; c < est; c++) {
        const x = cs.ar[i * cols + c]! - mx;
        const y = cs.ar[j * cols + c]! - my;
        if (Number.isFinite(x) && Number.isFinite(y)) {
          sxy += x * y;
          sxx += x * x;
          syy += y * y;
        }
      }
      total += sxy / Math.sqrt(sxx * syy);
      pairs++;
    }
  }
  return pairs > 0 ? total / pairs : 0;
}

function fromSumVariance(cs: CrossSection): number {
  const cols = cs.grid.days.length;
  const est = cs.grid.estimationLength;
  // The days every event has an AR, found in one pass over the rows.
  const everyEvent = new Uint8Array(est).fill(1);
  for (let i = 0; i < cs.n; i++) for (let c = 0; c < est; c++) if (!Number.isFinite(cs.ar[i * cols + c]!)) everyEvent[c] = 0;
  const complete: number[] = [];
  for (let c = 0; c < est; c++) if (everyEvent[c]) complete.push(c);
  const t = complete.length;
  if (t < MIN_COMMON_DAYS) return 0;
  const total = new Float64Array(t);
  for (let i = 0; i < cs.n; i++) {
    let mean = 0;
    for (const c of complete) mean += cs.ar[i * cols + c]!;
    mean /= t;
    let ss = 0;
    for (const c of complete) ss += (cs.ar[i * cols + c]! - mean) ** 2;
    const sd = Math.sqrt(ss / (t - 1));
    complete.forEach((c, k) => (total[k]! += (cs.ar[i * cols + c]! - mean) / sd));
  }
  let ss = 0;
  for (const v of total) ss += v * v;
  return (ss / (t - 1) - cs.n) / (cs.n * (cs.n - 1));
}

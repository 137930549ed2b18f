import type { Statistic } from "./statistic.js";

/**
 * A statistic against its resampled distribution: lower = (1 + #{t*_b ≤ t}) / (1 + B),
 * upper = (1 + #{t*_b ≥ t}) / (1 + B), never 0 (Phipson & Smyth 2010, Statistical Applications in
 * Genetics and Molecular Biology 9(1), Article 39). A draw whose statistic is undefined (NaN) counts in
 * neither tail. NaN when the observed statistic is.
 */
export function resampled(statistic: number, draws: Float64Array, seed: number): Statistic {
  if (Number.isNaN(statistic)) return { statistic, distribution: "bootstrap", draws: draws.length, seed, lower: Number.NaN, upper: Number.NaN };
  let below = 0;
  let above = 0;
  for (const t of draws) {
    if (t <= statistic) below++;
    if (t >= statistic) above++;
  }
  const b = draws.length;
  return { statistic, distribution: "bootstrap", draws: b, seed, lower: (1 + below) / (1 + b), upper: (1 + above) / (1 + b) };
}

/** The finite values of a sample, densely. */
export function finiteValues(x: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) out.push(x[i]!);
  return Float64Array.from(out);
}

/** Mean of the finite values; NaN when there are none. */
export function finiteMean(x: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : Number.NaN;
}

/** Sample standard deviation (divisor n - 1) of the finite values, two-pass. */
export function finiteSd(x: ArrayLike<number>): number {
  const mean = finiteMean(x);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      ss += (v - mean) ** 2;
      n++;
    }
  }
  return n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN;
}

/**
 * Whether a mean's standard error is zero to rounding: below 10·ε·|mean|, the cut-off at which R's
 * t.test stops with "data are essentially constant". A t from it would be 0/0 or rounding noise (1e16).
 */
export function essentiallyConstant(mean: number, standardError: number): boolean {
  return standardError === 0 || standardError < 10 * Number.EPSILON * Math.abs(mean);
}

/** The reason of a test whose values do not vary across events. */
export const NO_CROSS_SECTIONAL_VARIANCE = "the values do not vary across events (zero cross-sectional variance): no t";

/** Sum of a typed array (all values finite by contract). */
export function sum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s;
}

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

/** Sum of a typed array (all values finite by contract). */
export function sum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s;
}

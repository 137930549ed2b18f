import type { LinearFit } from "./linearFit.js";

/**
 * Running sums for one-regressor OLS over any window in O(1): prefix sums of the count of complete rows
 * and of x, y, x², y², xy. Values are shifted by their means over the whole series before summing, and
 * each running sum carries its Neumaier compensation term, so a window's sum (a difference of two long
 * running sums) keeps nearly full precision and its centred moments Sxx = Σx² - (Σx)²/n (Syy, Sxy)
 * lose little to cancellation: the tests hold them to 1e-12 of the two-pass fit on the sample data.
 */
export interface RegressionSums {
  readonly count: Int32Array;
  readonly x: CompensatedSums;
  readonly y: CompensatedSums;
  readonly xx: CompensatedSums;
  readonly yy: CompensatedSums;
  readonly xy: CompensatedSums;
  readonly xShift: number;
  readonly yShift: number;
}

/** Running sums and their compensation terms (Neumaier 1974, ZAMM 54, 39-51): Σ_{t<i} v_t ≈ sum[i] + error[i]. */
interface CompensatedSums {
  readonly sum: Float64Array;
  readonly error: Float64Array;
}

function compensated(n: number): CompensatedSums {
  return { sum: new Float64Array(n + 1), error: new Float64Array(n + 1) };
}

/** Appends v as element t. */
function push(c: CompensatedSums, t: number, v: number): void {
  const s = c.sum[t]!;
  const next = s + v;
  c.error[t + 1] = c.error[t]! + (Math.abs(s) >= Math.abs(v) ? s - next + v : v - next + s);
  c.sum[t + 1] = next;
}

/** Σ of elements [from, to). */
function windowSum(c: CompensatedSums, from: number, to: number): number {
  return c.sum[to]! - c.sum[from]! + (c.error[to]! - c.error[from]!);
}

export function regressionSums(y: Float64Array, x: Float64Array): RegressionSums {
  const n = y.length;
  let xShift = 0;
  let yShift = 0;
  let complete = 0;
  for (let t = 0; t < n; t++) {
    if (Number.isFinite(y[t]!) && Number.isFinite(x[t]!)) {
      xShift += x[t]!;
      yShift += y[t]!;
      complete++;
    }
  }
  xShift = complete > 0 ? xShift / complete : 0;
  yShift = complete > 0 ? yShift / complete : 0;
  const sums = {
    count: new Int32Array(n + 1),
    x: compensated(n),
    y: compensated(n),
    xx: compensated(n),
    yy: compensated(n),
    xy: compensated(n),
    xShift,
    yShift,
  };
  for (let t = 0; t < n; t++) {
    const ok = Number.isFinite(y[t]!) && Number.isFinite(x[t]!);
    const a = ok ? x[t]! - xShift : 0;
    const b = ok ? y[t]! - yShift : 0;
    sums.count[t + 1] = sums.count[t]! + (ok ? 1 : 0);
    push(sums.x, t, a);
    push(sums.y, t, b);
    push(sums.xx, t, a * a);
    push(sums.yy, t, b * b);
    push(sums.xy, t, a * b);
  }
  return sums;
}

/**
 * OLS of y on an intercept and x over rows [from, to) from the running sums:
 * β = Sxy/Sxx, α = ȳ - β x̄, SSE = Syy - β Sxy, s² = SSE/(M - 2), as fitLinear computes in two passes.
 */
export function fitFromSums(s: RegressionSums, from: number, to: number): LinearFit {
  const m = s.count[to]! - s.count[from]!;
  const sx = windowSum(s.x, from, to);
  const sy = windowSum(s.y, from, to);
  const xx = windowSum(s.xx, from, to);
  const sxx = xx - (sx * sx) / m;
  const syy = windowSum(s.yy, from, to) - (sy * sy) / m;
  const sxy = windowSum(s.xy, from, to) - (sx * sy) / m;
  const xMean = sx / m + s.xShift;
  const yMean = sy / m + s.yShift;
  const df = m - 2;
  // A regressor constant over the window: Sxx at round-off level next to the scale of the sums it
  // came from (the shifted Σx² and the uncentred M x̄²).
  if (!(m > 0) || !(sxx > 1e-12 * (xx + m * xMean * xMean))) {
    return {
      coef: Float64Array.of(Number.NaN, Number.NaN),
      xMean: Float64Array.of(xMean),
      sInv: Float64Array.of(Number.NaN),
      s2: Number.NaN,
      df,
      m,
      r2: Number.NaN,
      estimated: true,
    };
  }
  const beta = sxy / sxx;
  const sse = Math.max(0, syy - beta * sxy);
  return {
    coef: Float64Array.of(yMean - beta * xMean, beta),
    xMean: Float64Array.of(xMean),
    sInv: Float64Array.of(1 / sxx),
    s2: df > 0 ? sse / df : Number.NaN,
    df,
    m,
    r2: syy > 0 ? 1 - sse / syy : Number.NaN,
    estimated: true,
  };
}

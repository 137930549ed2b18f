import type { LinearFit } from "./linearFit.js";

/**
 * Running sums for one-regressor OLS over any window in O(1): prefix sums of the count of complete rows
 * and of x, y, x², y², xy. Values are shifted by their means over the whole series before summing, and
 * each running sum carries its Neumaier compensation term, so a window's sum (a difference of two long
 * running sums) keeps nearly full precision and its centred moments Sxx = Σx² - (Σx)²/n (Syy, Sxy)
 * lose little to cancellation: the tests hold them to 1e-12 of the two-pass fit on the sample data.
 *
 * One array, SUMS_STRIDE values per row (row t: what precedes element t), so a window's two ends are
 * two contiguous reads: count, then (sum, compensation) for x, y, x², y², xy.
 */
export interface RegressionSums {
  readonly data: Float64Array;
  readonly xShift: number;
  readonly yShift: number;
}

const SUMS_STRIDE = 11;
const COUNT = 0;
const X = 1;
const Y = 3;
const XX = 5;
const YY = 7;
const XY = 9;

/** Appends v to the compensated running sum at `at` (Neumaier 1974, ZAMM 54, 39-51): from row o to row o + stride. */
function push(d: Float64Array, o: number, at: number, v: number): void {
  const s = d[o + at]!;
  const next = s + v;
  d[o + SUMS_STRIDE + at + 1] = d[o + at + 1]! + (Math.abs(s) >= Math.abs(v) ? s - next + v : v - next + s);
  d[o + SUMS_STRIDE + at] = next;
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
  const data = new Float64Array((n + 1) * SUMS_STRIDE);
  for (let t = 0; t < n; t++) {
    const ok = Number.isFinite(y[t]!) && Number.isFinite(x[t]!);
    const a = ok ? x[t]! - xShift : 0;
    const b = ok ? y[t]! - yShift : 0;
    const o = t * SUMS_STRIDE;
    data[o + SUMS_STRIDE + COUNT] = data[o + COUNT]! + (ok ? 1 : 0);
    push(data, o, X, a);
    push(data, o, Y, b);
    push(data, o, XX, a * a);
    push(data, o, YY, b * b);
    push(data, o, XY, a * b);
  }
  return { data, xShift, yShift };
}

/**
 * A market-model fit from the running sums, as plain numbers: what `fitFromSums` returns, without
 * allocating. `singular` when the regressor is constant over the window (or no row is complete).
 */
export interface SumsFit {
  m: number;
  alpha: number;
  beta: number;
  xMean: number;
  /** 1 / Sxx */
  sInv: number;
  /** Residual sum of squares Syy - β Sxy (floored at 0) and Syy. */
  sse: number;
  syy: number;
  singular: boolean;
}

export function emptySumsFit(): SumsFit {
  return { m: Number.NaN, alpha: Number.NaN, beta: Number.NaN, xMean: Number.NaN, sInv: Number.NaN, sse: Number.NaN, syy: Number.NaN, singular: true };
}

/**
 * OLS of y on an intercept and x over rows [from, to) from the running sums, into `out`:
 * β = Sxy/Sxx, α = ȳ - β x̄, SSE = Syy - β Sxy (the engine's hot loop calls this once per event).
 */
export function fitSumsInto(s: RegressionSums, from: number, to: number, out: SumsFit): void {
  const d = s.data;
  const a = from * SUMS_STRIDE;
  const b = to * SUMS_STRIDE;
  const m = d[b]! - d[a]!;
  const sx = d[b + X]! - d[a + X]! + (d[b + X + 1]! - d[a + X + 1]!);
  const sy = d[b + Y]! - d[a + Y]! + (d[b + Y + 1]! - d[a + Y + 1]!);
  const xx = d[b + XX]! - d[a + XX]! + (d[b + XX + 1]! - d[a + XX + 1]!);
  const sxx = xx - (sx * sx) / m;
  const syy = d[b + YY]! - d[a + YY]! + (d[b + YY + 1]! - d[a + YY + 1]!) - (sy * sy) / m;
  const sxy = d[b + XY]! - d[a + XY]! + (d[b + XY + 1]! - d[a + XY + 1]!) - (sx * sy) / m;
  const xMean = sx / m + s.xShift;
  const yMean = sy / m + s.yShift;
  out.m = m;
  out.xMean = xMean;
  out.syy = syy;
  // A regressor constant over the window: Sxx at round-off level next to the scale of the sums it
  // came from (the shifted Σx² and the uncentred M x̄²).
  if (!(m > 0) || !(sxx > 1e-12 * (xx + m * xMean * xMean))) {
    out.singular = true;
    out.alpha = Number.NaN;
    out.beta = Number.NaN;
    out.sInv = Number.NaN;
    out.sse = Number.NaN;
    return;
  }
  const beta = sxy / sxx;
  out.singular = false;
  out.beta = beta;
  out.alpha = yMean - beta * xMean;
  out.sInv = 1 / sxx;
  out.sse = Math.max(0, syy - beta * sxy);
}

/**
 * OLS of y on an intercept and x over rows [from, to) from the running sums:
 * β = Sxy/Sxx, α = ȳ - β x̄, SSE = Syy - β Sxy, s² = SSE/(M - 2), as fitLinear computes in two passes.
 */
export function fitFromSums(s: RegressionSums, from: number, to: number): LinearFit {
  const f = emptySumsFit();
  fitSumsInto(s, from, to, f);
  const df = f.m - 2;
  if (f.singular) {
    return {
      coef: Float64Array.of(Number.NaN, Number.NaN),
      xMean: Float64Array.of(f.xMean),
      sInv: Float64Array.of(Number.NaN),
      s2: Number.NaN,
      df,
      m: f.m,
      r2: Number.NaN,
      estimated: true,
    };
  }
  return {
    coef: Float64Array.of(f.alpha, f.beta),
    xMean: Float64Array.of(f.xMean),
    sInv: Float64Array.of(f.sInv),
    s2: df > 0 ? f.sse / df : Number.NaN,
    df,
    m: f.m,
    r2: f.syy > 0 ? 1 - f.sse / f.syy : Number.NaN,
    estimated: true,
  };
}

/**
 * Ordinary least squares of y on an intercept and k regressors, over the rows where every value is
 * present, in the centred form that keeps the arithmetic well conditioned for daily returns:
 *
 *   S = Σ (x_t - x̄)(x_t - x̄)'   (k × k),   b = S⁻¹ Σ (x_t - x̄)(y_t - ȳ),   a = ȳ - b'x̄,
 *   s² = Σ e_t² / (M - k - 1),   R² = 1 - Σ e_t² / Σ (y_t - ȳ)².
 *
 * Means come from a first pass and cross-products from a second (two-pass, so no cancellation
 * between large uncentred sums). S is inverted by Cholesky; a singular S gives NaN coefficients.
 *
 * The prediction-error leverage of a new row x* follows from the centred form:
 *   x*'(X'X)⁻¹x* = 1/M + (x* - x̄)' S⁻¹ (x* - x̄)
 * (Campbell, Lo & MacKinlay 1997, The Econometrics of Financial Markets, eq. 4.4.7-4.4.8).
 */
export interface LinearFit {
  /** Intercept (alpha) first, then one slope per regressor. */
  readonly coef: Float64Array;
  /** Means of the regressors over the rows used. */
  readonly xMean: Float64Array;
  /** S⁻¹, row-major k × k: inverse of the centred cross-product matrix of the regressors. */
  readonly sInv: Float64Array;
  /** Residual variance s² with `df` degrees of freedom. */
  readonly s2: number;
  /** Degrees of freedom of s² (M minus the number of estimated parameters). */
  readonly df: number;
  /** Rows used (M). */
  readonly m: number;
  readonly r2: number;
  /** Whether the intercept was estimated (false for fixed-coefficient models: its variance term is 0). */
  readonly estimated: boolean;
  /** A model of the error variance (GARCH): Var(AR) of a row after the estimation window, in place of s²(1 + leverage). */
  readonly conditionalVariance?: (row: number) => number;
  /** Why a fit that gave numbers cannot be used (a likelihood that did not converge). */
  readonly failure?: string;
}

/** Scratch space for the complete rows of one fit, grown on demand and reused (single-threaded). */
let scratch = new Float64Array(0);

/** Rows [from, to) of y and the regressor columns; a row counts only when all are finite. */
export function fitLinear(y: Float64Array, columns: readonly Float64Array[], from: number, to: number): LinearFit {
  const k = columns.length;
  const width = k + 1;
  if (scratch.length < (to - from) * width) scratch = new Float64Array((to - from) * width * 2);
  // Copy the complete rows densely, y first: the passes below then run without missing-value checks.
  let m = 0;
  for (let t = from; t < to; t++) {
    if (!rowComplete(y, columns, t)) continue;
    const at = m * width;
    scratch[at] = y[t]!;
    for (let j = 0; j < k; j++) scratch[at + 1 + j] = columns[j]![t]!;
    m++;
  }
  const xMean = new Float64Array(k);
  const coef = new Float64Array(k + 1).fill(Number.NaN);
  const sInv = new Float64Array(k * k).fill(Number.NaN);
  const df = m - k - 1;
  const failed: LinearFit = { coef, xMean, sInv, s2: Number.NaN, df, m, r2: Number.NaN, estimated: true };
  if (m === 0) return failed;

  let yMean = 0;
  for (let r = 0; r < m; r++) {
    const at = r * width;
    yMean += scratch[at]!;
    for (let j = 0; j < k; j++) xMean[j]! += scratch[at + 1 + j]!;
  }
  yMean /= m;
  for (let j = 0; j < k; j++) xMean[j]! /= m;

  const s = new Float64Array(k * k);
  const sxy = new Float64Array(k);
  let syy = 0;
  for (let r = 0; r < m; r++) {
    const at = r * width;
    const dy = scratch[at]! - yMean;
    syy += dy * dy;
    for (let i = 0; i < k; i++) {
      const di = scratch[at + 1 + i]! - xMean[i]!;
      sxy[i]! += di * dy;
      for (let j = 0; j <= i; j++) s[i * k + j]! += di * (scratch[at + 1 + j]! - xMean[j]!);
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) s[j * k + i] = s[i * k + j]!;

  // Singularity is judged against each regressor's uncentred scale Σx² = S_ii + M x̄²: a constant
  // regressor leaves S_ii at round-off level, tiny next to M x̄² though not exactly zero.
  const scale = Float64Array.from(xMean, (mean, i) => s[i * k + i]! + m * mean * mean);
  if (k > 0 && !invertSymmetric(s, k, scale, sInv)) return failed;
  let alpha = yMean;
  for (let i = 0; i < k; i++) {
    let b = 0;
    for (let j = 0; j < k; j++) b += sInv[i * k + j]! * sxy[j]!;
    coef[i + 1] = b;
    alpha -= b * xMean[i]!;
  }
  coef[0] = alpha;

  // Residual sum of squares from the residuals themselves (not Syy - b'Sxy), for accuracy.
  let sse = 0;
  for (let r = 0; r < m; r++) {
    const at = r * width;
    let e = scratch[at]! - alpha;
    for (let j = 0; j < k; j++) e -= coef[j + 1]! * scratch[at + 1 + j]!;
    sse += e * e;
  }
  return { coef, xMean, sInv, s2: df > 0 ? sse / df : Number.NaN, df, m, r2: syy > 0 ? 1 - sse / syy : Number.NaN, estimated: true };
}

/** Whether y and every regressor are finite at row t. */
export function rowComplete(y: Float64Array, columns: readonly Float64Array[], t: number): boolean {
  if (!Number.isFinite(y[t]!)) return false;
  for (let j = 0; j < columns.length; j++) if (!Number.isFinite(columns[j]![t]!)) return false;
  return true;
}

/**
 * Leverage term of the prediction-error variance for regressor values at the given row:
 * 1/M + (x - x̄)'S⁻¹(x - x̄), or 0 for a model with nothing estimated.
 */
export function leverage(fit: LinearFit, columns: readonly Float64Array[], row: number): number {
  if (!fit.estimated) return 0;
  const k = columns.length;
  let q = 0;
  for (let i = 0; i < k; i++) {
    const di = columns[i]![row]! - fit.xMean[i]!;
    for (let j = 0; j < k; j++) q += di * fit.sInv[i * k + j]! * (columns[j]![row]! - fit.xMean[j]!);
  }
  return 1 / fit.m + q;
}

/**
 * The same for a sum of L rows (a window): 1'X*(X'X)⁻¹X*'1 = L²/M + d'S⁻¹d with d = Σ_t (x_t - x̄).
 * Used for the variance of a CAR: s² (L + this).
 */
export function windowLeverage(fit: LinearFit, columns: readonly Float64Array[], from: number, to: number): number {
  if (!fit.estimated) return 0;
  const k = columns.length;
  const len = to - from;
  const d = new Float64Array(k);
  for (let t = from; t < to; t++) for (let j = 0; j < k; j++) d[j]! += columns[j]![t]! - fit.xMean[j]!;
  let q = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) q += d[i]! * fit.sInv[i * k + j]! * d[j]!;
  return (len * len) / fit.m + q;
}

/** Fitted value at a row: a + Σ b_j x_jt. */
export function predict(fit: LinearFit, columns: readonly Float64Array[], row: number): number {
  let v = fit.coef[0]!;
  for (let j = 0; j < columns.length; j++) v += fit.coef[j + 1]! * columns[j]![row]!;
  return v;
}

/** Cholesky inverse of a symmetric positive-definite k × k matrix; false when a pivot is negligible next to its scale. */
function invertSymmetric(a: Float64Array, k: number, scale: Float64Array, out: Float64Array): boolean {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j]!;
      for (let p = 0; p < j; p++) sum -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) {
        // Relative pivot check: a regressor that is constant (or collinear) over the window.
        if (!(sum > 1e-12 * scale[i]!)) return false;
        l[i * k + i] = Math.sqrt(sum);
      } else {
        l[i * k + j] = sum / l[j * k + j]!;
      }
    }
  }
  // inv(L) then inv(A) = inv(L)' inv(L)
  const li = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    li[i * k + i] = 1 / l[i * k + i]!;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let p = j; p < i; p++) sum -= l[i * k + p]! * li[p * k + j]!;
      li[i * k + j] = sum / l[i * k + i]!;
    }
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let p = i; p < k; p++) sum += li[p * k + i]! * li[p * k + j]!;
      out[i * k + j] = sum;
      out[j * k + i] = sum;
    }
  }
  return true;
}

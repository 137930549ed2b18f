/** Relative size below which a column counts as a linear combination of the ones before it (R's lm). */
const COLLINEARITY_TOLERANCE = 1e-7;

/**
 * Householder QR factorisation X = QR of a tall n × k design matrix (n ≥ k, k small), the
 * numerically stable route to least squares: it works on X itself, so the condition number is
 * κ(X), not the κ(X)² of the normal equations X'X β = X'y (Golub & Van Loan 2013, Matrix
 * Computations, 4th ed., §5.1–5.3, Algorithm 5.2.1; no column pivoting).
 *
 * For column j, the reflector H = I − 2vv'/(v'v) with v = x − α e₁, α = −sign(x₁)·‖x‖, maps the
 * sub-column x = X[j:, j] onto α e₁ (the sign avoids cancellation in x₁ − α); R_jj = α.
 *
 * Rank: X is declared singular when some |R_jj| ≤ 1e-7 · ‖X_j‖, i.e. column j lies within an angle
 * of about 1e-7 radians of the span of the columns before it (the criterion and tolerance of R's
 * `lm`, LINPACK dqrdc2). A zero column is singular too. Then `fullRank` is false and the
 * factorisation stops there.
 */
export class HouseholderQR {
  /** n: number of rows (observations). */
  readonly rows: number;
  /** k: number of columns (regressors, including any intercept). */
  readonly cols: number;
  /** False when the columns are linearly dependent (to the tolerance above) or n < k. */
  readonly fullRank: boolean;
  /** Householder vectors, column-major: v_j occupies rows j…n−1 of column j. */
  private readonly v: Float64Array;
  /** Diagonal and strict upper triangle of R, row-major k × k. */
  private readonly r: Float64Array;

  /** Factorises the matrix whose columns are `columns` (all of one length n). */
  constructor(columns: readonly Float64Array[]) {
    const k = columns.length;
    const n = k === 0 ? 0 : columns[0]!.length;
    this.rows = n;
    this.cols = k;
    const a = new Float64Array(n * k);
    columns.forEach((c, j) => a.set(c, j * n));
    this.v = a;
    this.r = new Float64Array(k * k);
    this.fullRank = n >= k && this.factorise(columns.map(euclideanNorm));
  }

  private factorise(columnNorms: readonly number[]): boolean {
    const { rows: n, cols: k, v: a, r } = this;
    for (let j = 0; j < k; j++) {
      const col = j * n;
      const norm = euclideanNorm(a.subarray(col + j, col + n));
      if (!(norm > COLLINEARITY_TOLERANCE * columnNorms[j]!)) return false;
      const x1 = a[col + j]!;
      const alpha = x1 > 0 ? -norm : norm;
      a[col + j] = x1 - alpha;
      // v'v = ‖x‖² − 2α x₁ + α² = 2‖x‖(‖x‖ + |x₁|) > 0.
      const vtv = 2 * norm * (norm + Math.abs(x1));
      r[j * k + j] = alpha;
      for (let c = j + 1; c < k; c++) {
        const other = c * n;
        let dot = 0;
        for (let i = j; i < n; i++) dot += a[col + i]! * a[other + i]!;
        const s = (2 * dot) / vtv;
        for (let i = j; i < n; i++) a[other + i]! -= s * a[col + i]!;
        r[j * k + c] = a[other + j]!;
      }
    }
    return true;
  }

  /** Least-squares coefficients β minimising ‖y − Xβ‖: β = R⁻¹ (Q'y)[0:k]. NaN when not full rank. */
  solve(y: Float64Array): Float64Array {
    const { rows: n, cols: k, v: a, r } = this;
    if (!this.fullRank) return new Float64Array(k).fill(Number.NaN);
    const qty = Float64Array.from(y);
    for (let j = 0; j < k; j++) {
      const col = j * n;
      let dot = 0;
      let vtv = 0;
      for (let i = j; i < n; i++) {
        dot += a[col + i]! * qty[i]!;
        vtv += a[col + i]! * a[col + i]!;
      }
      const s = (2 * dot) / vtv;
      for (let i = j; i < n; i++) qty[i]! -= s * a[col + i]!;
    }
    const beta = new Float64Array(k);
    for (let i = k - 1; i >= 0; i--) {
      let sum = qty[i]!;
      for (let c = i + 1; c < k; c++) sum -= r[i * k + c]! * beta[c]!;
      beta[i] = sum / r[i * k + i]!;
    }
    return beta;
  }

  /**
   * R⁻¹ (upper triangular, row-major k × k) by back substitution; (X'X)⁻¹ = R⁻¹ R⁻'.
   * NaN when not full rank.
   */
  inverseR(): Float64Array {
    const { cols: k, r } = this;
    const inv = new Float64Array(k * k);
    if (!this.fullRank) return inv.fill(Number.NaN);
    for (let c = 0; c < k; c++) {
      // Column c of R⁻¹ solves R w = e_c; w is zero below row c.
      for (let i = c; i >= 0; i--) {
        let sum = i === c ? 1 : 0;
        for (let m = i + 1; m <= c; m++) sum -= r[i * k + m]! * inv[m * k + c]!;
        inv[i * k + c] = sum / r[i * k + i]!;
      }
    }
    return inv;
  }
}

/** ‖x‖₂ with scaling by max |xᵢ|, so squares neither overflow nor underflow. */
function euclideanNorm(x: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i]!));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const t = x[i]! / scale;
    sum += t * t;
  }
  return scale * Math.sqrt(sum);
}

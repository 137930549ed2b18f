import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { HouseholderQR } from "./householderQR.js";

/** Name R gives the intercept, prepended to the caller's regressors. */
export const INTERCEPT = "(Intercept)";

/** Leverage this close to 1 means the observation is fitted exactly and HC3 is undefined. */
const LEVERAGE_TOLERANCE = Math.sqrt(Number.EPSILON);

/** Standard error, t statistic and two-sided p-value of one coefficient under one covariance estimator. */
interface CoefficientTest {
  readonly standardError: number;
  /** t = β̂ / SE. */
  readonly statistic: number;
  /** Two-sided p-value from Student's t with n − k degrees of freedom. */
  readonly pValue: number;
}

/** One regressor's estimate with heteroskedasticity-robust inference. */
interface RegressionTerm {
  /** "(Intercept)" or the caller's name for the column. */
  readonly name: string;
  /** OLS coefficient β̂. */
  readonly estimate: number;
  /** Inference with HC3 standard errors (MacKinnon & White 1985) — the recommended default. */
  readonly hc3: CoefficientTest;
  /** Inference with HC1 standard errors (White 1980 scaled by n/(n − k), Stata's `robust`). */
  readonly hc1: CoefficientTest;
}

/** Result of an OLS regression with robust standard errors. */
export interface OlsResult {
  /** Intercept first, then the columns in the order given. */
  readonly terms: readonly RegressionTerm[];
  /** n: number of observations. */
  readonly observations: number;
  /** Residual degrees of freedom n − k (k = number of terms including the intercept). */
  readonly df: number;
  /** True when the regressors are linearly dependent (e.g. a full set of dummies plus the intercept). */
  readonly singular: boolean;
}

/**
 * Ordinary least squares of y on an intercept and the given columns (group dummies such as
 * "announced during a recession", and controls such as size or pre-event beta), with
 * heteroskedasticity-consistent (sandwich) standard errors:
 *
 *   β̂ = (X'X)⁻¹ X'y,   eᵢ = yᵢ − xᵢ'β̂,   hᵢ = xᵢ'(X'X)⁻¹xᵢ (leverage),
 *   V̂ = (X'X)⁻¹ [ Σᵢ ωᵢ xᵢxᵢ' ] (X'X)⁻¹,
 *   HC3: ωᵢ = eᵢ² / (1 − hᵢ)²            (MacKinnon & White 1985, "Some heteroskedasticity-consistent
 *                                         covariance matrix estimators with improved finite sample
 *                                         properties", J. Econometrics 29, 305–325)
 *   HC1: ωᵢ = eᵢ² · n / (n − k)          (White 1980, Econometrica 48, 817–838, with the
 *                                         degrees-of-freedom scaling of MacKinnon & White 1985)
 *
 * t = β̂ⱼ / √V̂ⱼⱼ with two-sided p-values from Student's t with n − k degrees of freedom (as R's
 * `coeftest(fit, vcovHC(fit, "HC3"))`). HC3 is preferred in small samples (Long & Ervin 2000, The
 * American Statistician 54, 217–224); HC1 is what Stata's `, robust` reports.
 *
 * Solver: Householder QR of X itself (see HouseholderQR), never the normal equations;
 * (X'X)⁻¹ = R⁻¹R⁻' and hᵢ = ‖R⁻'xᵢ‖². With a single 0/1 dummy, β̂ is the difference of the group
 * means and the HC3 variance is s₁²/(n₁ − 1) + s₀²/(n₀ − 1).
 *
 * Unusable input gives NaN rather than an error: a singular design (`singular: true`, every
 * number NaN), any NaN/±Inf in y or X (every number NaN), n − k < 1 (estimates if the design is
 * full rank, inference NaN), and an observation with leverage hᵢ ≥ 1 − √ε, e.g. a dummy marking a
 * single event, fitted exactly (HC3 NaN; HC1 still reported).
 * Mismatched shapes are programming errors and throw a RangeError.
 *
 * @param y       dependent variable, e.g. each event's CAR
 * @param columns regressors without the intercept, each of length n
 * @param names   one name per column
 */
export function olsHC3(y: Float64Array, columns: readonly Float64Array[], names: readonly string[]): OlsResult {
  const n = y.length;
  if (names.length !== columns.length) {
    throw new RangeError(`olsHC3: ${columns.length} columns but ${names.length} names`);
  }
  columns.forEach((c, j) => {
    if (c.length !== n) throw new RangeError(`olsHC3: column "${names[j]}" has ${c.length} values, y has ${n}`);
  });
  const termNames = [INTERCEPT, ...names];
  const k = termNames.length;
  const df = n - k;
  const design = [new Float64Array(n).fill(1), ...columns];
  const unusable = (singular: boolean): OlsResult => ({
    terms: termNames.map((name) => term(name, Number.NaN, Number.NaN, Number.NaN, df)),
    observations: n,
    df,
    singular,
  });
  if (!(y.every(Number.isFinite) && columns.every((c) => c.every(Number.isFinite)))) return unusable(false);
  const qr = new HouseholderQR(design);
  if (!qr.fullRank) return unusable(true);

  const beta = qr.solve(y);
  const rInv = qr.inverseR();
  // gᵢ = R⁻'xᵢ, so hᵢ = ‖gᵢ‖² and Wᵀ(Σ ωᵢxᵢxᵢ')W = Σ ωᵢ gᵢgᵢ' with W = R⁻¹.
  const meat3 = new Float64Array(k * k);
  const meat0 = new Float64Array(k * k);
  const g = new Float64Array(k);
  let hc3Defined = true;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    let leverage = 0;
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let c = 0; c <= a; c++) s += rInv[c * k + a]! * design[c]![i]!;
      g[a] = s;
      leverage += s * s;
      fitted += design[a]![i]! * beta[a]!;
    }
    const e2 = (y[i]! - fitted) ** 2;
    const slack = 1 - leverage;
    if (slack < LEVERAGE_TOLERANCE) hc3Defined = false;
    const w3 = e2 / (slack * slack);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        meat0[a * k + b]! += e2 * g[a]! * g[b]!;
        meat3[a * k + b]! += w3 * g[a]! * g[b]!;
      }
    }
  }
  const hc1Scale = n / df;
  const terms = termNames.map((name, j) => {
    // V̂ⱼⱼ = Σ_ab W_ja M_ab W_jb (W = R⁻¹ is upper triangular: W_ja = 0 for a < j).
    let v0 = 0;
    let v3 = 0;
    for (let a = j; a < k; a++) {
      for (let b = j; b < k; b++) {
        const w = rInv[j * k + a]! * rInv[j * k + b]!;
        v0 += w * meat0[a * k + b]!;
        v3 += w * meat3[a * k + b]!;
      }
    }
    return term(name, beta[j]!, hc3Defined ? v3 : Number.NaN, hc1Scale * v0, df);
  });
  return { terms, observations: n, df, singular: false };
}

function term(name: string, estimate: number, varianceHC3: number, varianceHC1: number, df: number): RegressionTerm {
  return { name, estimate, hc3: coefficientTest(estimate, varianceHC3, df), hc1: coefficientTest(estimate, varianceHC1, df) };
}

function coefficientTest(estimate: number, variance: number, df: number): CoefficientTest {
  if (!(df >= 1 && variance >= 0)) return { standardError: Number.NaN, statistic: Number.NaN, pValue: Number.NaN };
  const standardError = Math.sqrt(variance);
  const statistic = estimate / standardError;
  return { standardError, statistic, pValue: Math.min(1, 2 * tCdf(-Math.abs(statistic), df)) };
}

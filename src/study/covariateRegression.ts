import { olsHC3 } from "./compare/olsHC3.js";
import type { EventWindow } from "./eventWindow.js";
import type { CovariateRegression } from "./results.js";
import { StudyInputError } from "./studyInputError.js";

/** One measured event as the regression sees it. */
interface RegressionRow {
  /** CAR per window. */
  readonly car: ArrayLike<number>;
  readonly covariates: Readonly<Record<string, number>>;
  readonly group?: string;
}

/**
 * Cross-sectional regression of each window's CARs on the events' covariates and, when the events fall
 * in two or more groups, a dummy per group after the first (the baseline):
 *   CAR_i = b₀ + Σ_j b_j z_ij + Σ_g d_g 1[group_i = g] + u_i,
 * OLS with HC3 (MacKinnon & White 1985, J. Econometrics 29, 305-325) and HC1 standard errors. An
 * event with a covariate missing is left out of that regression and counted.
 */
function covariateRegressions(rows: readonly RegressionRow[], names: readonly string[], windows: readonly EventWindow[]): CovariateRegression[] {
  const complete = rows.filter((r) => names.every((n) => Number.isFinite(r.covariates[n] ?? Number.NaN)));
  const groups = [...new Set(complete.flatMap((r) => (r.group === undefined ? [] : [r.group])))];
  const dummies = groups.length >= 2 && complete.every((r) => r.group !== undefined) ? groups.slice(1) : [];
  return windows.map((window, w) => {
    const y = Float64Array.from(complete, (r) => r.car[w]!);
    const columns = [
      ...names.map((n) => Float64Array.from(complete, (r) => r.covariates[n]!)),
      ...dummies.map((g) => Float64Array.from(complete, (r) => (r.group === g ? 1 : 0))),
    ];
    const fit = olsHC3(y, columns, [...names, ...dummies.map((g) => `group ${g}`)]);
    return {
      window,
      covariates: names,
      ...(dummies.length > 0 ? { baseline: groups[0]! } : {}),
      observations: fit.observations,
      leftOut: rows.length - complete.length,
      singular: fit.singular,
      terms: fit.terms,
    };
  });
}

/**
 * The study's regressions: its measured events' CARs (n × windows, row k for event k) on the named
 * covariates. A covariate no event carries is an input error.
 */
export function studyCovariateRegressions(
  events: readonly { readonly group?: string; readonly covariates?: Readonly<Record<string, number>> }[],
  measured: (k: number) => boolean,
  car: Float64Array,
  windows: readonly EventWindow[],
  names: readonly string[],
): CovariateRegression[] {
  const missing = names.filter((name) => !events.some((e) => e.covariates?.[name] !== undefined));
  if (missing.length > 0) {
    throw new StudyInputError([{ path: "options.covariates", message: `no event has the covariate(s) ${missing.map((m) => `"${m}"`).join(", ")}` }]);
  }
  const nw = windows.length;
  const rows = events.flatMap((e, k) =>
    measured(k) ? [{ car: car.subarray(k * nw, (k + 1) * nw), covariates: e.covariates ?? {}, ...(e.group === undefined ? {} : { group: e.group }) }] : [],
  );
  return covariateRegressions(rows, names, windows);
}

/** Outcome of a minimization: the best point, its value, and whether the simplex met the tolerance. */
export interface Minimum {
  readonly x: Float64Array;
  readonly value: number;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Nelder & Mead (1965), The Computer Journal 7, 308-313, downhill simplex with the standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½) and Lagarias et al. (1998,
 * SIAM J. Optimization 9, 112-147) ordering. Starts from x0 and x0 + step_j e_j; stops when the
 * values at the simplex's vertices differ by at most fTol (absolute) and its vertices by at most xTol
 * in each coordinate, or after maxIterations (then `converged` is false). A non-finite value counts
 * as +∞, so the simplex walks away from where f is undefined.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  step: Float64Array,
  options: { readonly fTol: number; readonly xTol: number; readonly maxIterations: number },
): Minimum {
  const n = x0.length;
  const value = (x: Float64Array): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const pts: Float64Array[] = [Float64Array.from(x0)];
  for (let j = 0; j < n; j++) {
    const p = Float64Array.from(x0);
    p[j]! += step[j]!;
    pts.push(p);
  }
  let vals = pts.map(value);
  const point = (from: Float64Array, towards: Float64Array, t: number): Float64Array => from.map((v, j) => v + t * (towards[j]! - v));
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    const order = vals.map((_, i) => i).sort((a, b) => vals[a]! - vals[b]!);
    const sorted = order.map((i) => pts[i]!);
    vals = order.map((i) => vals[i]!);
    pts.splice(0, pts.length, ...sorted);
    let spread = 0;
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) spread = Math.max(spread, Math.abs(pts[i]![j]! - pts[0]![j]!));
    if (vals[n]! - vals[0]! <= options.fTol && spread <= options.xTol) {
      return { x: pts[0]!, value: vals[0]!, converged: true, iterations };
    }
    const centroid = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += pts[i]![j]! / n;
    const worst = pts[n]!;
    const reflected = point(centroid, worst, -1);
    const fr = value(reflected);
    if (fr < vals[0]!) {
      const expanded = point(centroid, worst, -2);
      const fe = value(expanded);
      [pts[n], vals[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < vals[n - 1]!) {
      [pts[n], vals[n]] = [reflected, fr];
    } else {
      const outside = fr < vals[n]!;
      const contracted = point(centroid, outside ? reflected : worst, 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : vals[n]!)) {
        [pts[n], vals[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          pts[i] = point(pts[0]!, pts[i]!, 0.5);
          vals[i] = value(pts[i]!);
        }
      }
    }
  }
  const best = vals.indexOf(Math.min(...vals));
  return { x: pts[best]!, value: vals[best]!, converged: false, iterations };
}

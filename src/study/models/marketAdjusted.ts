import type { LinearFit } from "./linearFit.js";
import type { ReturnModel } from "./returnModel.js";

/**
 * Market-adjusted return: E[R_it] = R_mt, nothing estimated (α = 0, β = 1). The estimation window
 * only measures the spread of AR_it = R_it - R_mt: s² = Σ (AR_it - mean AR)² / (M - 1)
 * (Brown & Warner 1985, JFE 14, 3-31). With nothing estimated, Var(AR_it) = s² on event days.
 */
export const marketAdjusted: ReturnModel = {
  name: "market-adjusted",
  label: "market-adjusted returns",
  parameters: ["alpha", "beta"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [] }),
  fit: (design, from, to): LinearFit => {
    const y = design.y;
    const x = design.columns[0]!;
    let m = 0;
    let mean = 0;
    for (let t = from; t < to; t++) {
      const a = y[t]! - x[t]!;
      if (Number.isFinite(a)) {
        m++;
        mean += a;
      }
    }
    mean /= m;
    let ss = 0;
    for (let t = from; t < to; t++) {
      const a = y[t]! - x[t]!;
      if (Number.isFinite(a)) ss += (a - mean) ** 2;
    }
    return {
      coef: Float64Array.of(0, 1),
      xMean: new Float64Array(1),
      sInv: new Float64Array(1),
      s2: m > 1 ? ss / (m - 1) : Number.NaN,
      df: m - 1,
      m,
      r2: Number.NaN,
      estimated: false,
    };
  },
};

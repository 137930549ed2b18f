import { fitLinear } from "./linearFit.js";
import { excess, type ModelName, type ReturnModel } from "./returnModel.js";

/** Builds a factor model: R_it - RF_t = α_i + Σ_j b_ij F_jt + ε_it, by OLS over the estimation window. */
function factorModel(name: ModelName, label: string, factors: readonly string[]): ReturnModel {
  return {
    name,
    label,
    parameters: ["alpha", ...factors],
    requires: "factors",
    design: (panel) => {
      if (!panel.rf || !panel.factors) throw new Error(`the ${label} needs factor returns`);
      const columns = factors.map((f) => {
        const col = panel.factors?.[f];
        if (!col) throw new Error(`the ${label} needs the factor "${f}", which the factor series lack`);
        return col;
      });
      return { y: excess(panel.r, panel.rf), columns, auxiliary: [] };
    },
    fit: (design, from, to) => fitLinear(design.y, design.columns, from, to),
  };
}

/** Fama & French (1993), JFE 33, 3-56: market, size and value factors. */
export const famaFrench3 = factorModel("fama-french-3", "Fama-French three-factor model", ["Mkt-RF", "SMB", "HML"]);

/** Carhart (1997), J. Finance 52, 57-82: the three factors plus momentum. */
export const carhart4 = factorModel("carhart-4", "Carhart four-factor model", ["Mkt-RF", "SMB", "HML", "MOM"]);

/** Fama & French (2015), JFE 116, 1-22: adds profitability (RMW) and investment (CMA). */
export const famaFrench5 = factorModel("fama-french-5", "Fama-French five-factor model", ["Mkt-RF", "SMB", "HML", "RMW", "CMA"]);

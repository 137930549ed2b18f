import { fitLinear } from "./linearFit.js";
import type { ReturnModel } from "./returnModel.js";

/**
 * Constant-mean-return model: E[R_it] = μ_i, the mean return over the estimation window;
 * s² = Σ (R_it - μ_i)² / (M - 1). (Brown & Warner 1980, JFE 8, 205-258; MacKinlay 1997, JEL 35, 13-39.)
 */
export const constantMean: ReturnModel = {
  name: "constant-mean",
  label: "constant mean return",
  parameters: ["mean"],
  requires: "nothing",
  design: (panel) => ({ y: panel.r, columns: [], auxiliary: [] }),
  fit: (design, from, to) => fitLinear(design.y, design.columns, from, to),
};

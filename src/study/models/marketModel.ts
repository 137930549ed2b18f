import { fitLinear } from "./linearFit.js";
import type { ReturnModel } from "./returnModel.js";

/**
 * Market model: R_it = α_i + β_i R_mt + ε_it, by OLS over the estimation window;
 * s² = Σ e² / (M - 2). (Sharpe 1963; MacKinlay 1997, JEL 35, 13-39, section 4.)
 */
export const marketModel: ReturnModel = {
  name: "market-model",
  label: "market model (OLS)",
  parameters: ["alpha", "beta"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [] }),
  fit: (design, from, to) => fitLinear(design.y, design.columns, from, to),
};

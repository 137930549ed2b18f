import { fitFromSums, regressionSums, type RegressionSums } from "./prefixSums.js";
import type { ModelDesign, ReturnModel } from "./returnModel.js";

/** Running sums per security design, built on its first fit: every later window costs O(1). */
const sumsOf = new WeakMap<ModelDesign, RegressionSums>();

/** The market model's running sums of a design (built once per design). */
export function marketModelSums(design: ModelDesign): RegressionSums {
  let sums = sumsOf.get(design);
  if (!sums) {
    sums = regressionSums(design.y, design.columns[0]!);
    sumsOf.set(design, sums);
  }
  return sums;
}

/**
 * Market model: R_it = α_i + β_i R_mt + ε_it, by OLS over the estimation window;
 * s² = Σ e² / (M - 2). (Sharpe 1963; MacKinlay 1997, JEL 35, 13-39, section 4.) Fitted from running
 * sums, so each event's regression costs O(1) however long its estimation window.
 */
export const marketModel: ReturnModel = {
  name: "market-model",
  label: "market model (OLS)",
  parameters: ["alpha", "beta"],
  requires: "market",
  design: (panel) => ({ y: panel.r, columns: [panel.rm], auxiliary: [] }),
  fit: (design, from, to) => fitFromSums(marketModelSums(design), from, to),
};

/**
 * Groups compared: tests of whether one group of events (e.g. CARs of firms announcing in a
 * recession) differs from another — parametric (Welch t), rank-based (Wilcoxon–Mann–Whitney),
 * assumption-free (permutation), and regression with controls (OLS with HC3/HC1 errors).
 */
export { welchT } from "./welchT.js";
export { wilcoxonRankSum } from "./wilcoxonRankSum.js";
export { permutationTest } from "./permutationTest.js";
export { olsHC3, INTERCEPT } from "./olsHC3.js";

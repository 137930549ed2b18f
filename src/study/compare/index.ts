/**
 * Groups compared: tests of whether one group of events (e.g. CARs of firms announcing in a
 * recession) differs from another — parametric (Welch t), rank-based (Wilcoxon–Mann–Whitney),
 * assumption-free (permutation), and regression with controls (OLS with HC3/HC1 errors).
 */
export type { Alternative } from "../alternative.js";
export { welchT, type WelchTResult } from "./welchT.js";
export { wilcoxonRankSum, type WilcoxonRankSumResult } from "./wilcoxonRankSum.js";
export { permutationTest, type PermutationTestOptions, type PermutationTestResult } from "./permutationTest.js";
export { olsHC3, INTERCEPT, type CoefficientTest, type OlsResult, type RegressionTerm } from "./olsHC3.js";
export { Xoshiro128StarStar } from "./xoshiro128.js";

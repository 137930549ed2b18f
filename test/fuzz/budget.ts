/**
 * The fuzz suite's budget: a short one inside `npm test`, a long one with `npm run fuzz`
 * (FUZZ_RUNS=2000, FUZZ_KILLS=20). Every property is seeded (FUZZ_SEED, default 16) so a failure can be replayed.
 */
export const FUZZ_RUNS = Number(process.env["FUZZ_RUNS"] ?? 60);
export const FUZZ_SEED = Number(process.env["FUZZ_SEED"] ?? 16);
/** How many times the crash test kills an import (FUZZ_KILLS; the long budget sets more). */
export const FUZZ_KILLS = Number(process.env["FUZZ_KILLS"] ?? 2);

/** fast-check parameters for one property: the budget and the seed. */
export function budget(runs = FUZZ_RUNS): { numRuns: number; seed: number; endOnFailure: true } {
  return { numRuns: runs, seed: FUZZ_SEED, endOnFailure: true };
}

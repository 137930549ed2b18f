import { Xoshiro128StarStar } from "../../src/study/compare/xoshiro128.js";

/** Uniform numbers in [0, 1) from the project's seeded xoshiro128** generator: reproducible test data. */
export function seededUniform(seed: number): () => number {
  const generator = Xoshiro128StarStar.fromSeed(seed);
  return () => generator.nextUint32() / 4294967296;
}

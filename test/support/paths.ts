import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A path inside `../shared` (the sample data and reference cases beside the clone). */
export function shared(...parts: string[]): string {
  return resolve(repoRoot, "..", "shared", ...parts);
}

/** Whether `../shared` is present; reference tests need it and say so when it is not. */
export const hasShared = existsSync(shared("reference"));

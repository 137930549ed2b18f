import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * A hash of the extractor's own code (this folder's modules and their subfolders; tests, fixtures and
 * the evaluation left out): a stored extraction is
 * reused only while the rules that made it are unchanged, from the sources or the build alike.
 */
export function extractorFingerprint(): string {
  if (cached === undefined) {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash("sha256");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.(ts|js)$/.test(f) && !/^(?:eval|fixtures)[\\/]/.test(f));
    for (const file of files.sort()) {
      hash.update(file).update(readFileSync(join(dir, file)));
    }
    cached = hash.digest("hex");
  }
  return cached;
}

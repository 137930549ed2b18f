import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_SOURCES_HASH, EXTRACTOR_VERSION } from "./extractorVersion.js";

/** The reader's sources: this folder's modules and their subfolders, without tests, fixtures, the evaluation and the version itself. */
function sourcesHash(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !/^(?:eval|fixtures)[\\/]/.test(f) && f !== "extractorVersion.ts")
    .map((f) => f.replaceAll("\\", "/"))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(dir, file), "utf8").replaceAll("\r\n", "\n"));
  return hash.digest("hex");
}

describe("the extractor's version", () => {
  it("was raised for the reader's sources as they are", () => {
    const now = sourcesHash();
    expect(
      now,
      `src/news changed since extractor version ${EXTRACTOR_VERSION}: raise EXTRACTOR_VERSION in src/news/extractorVersion.ts and set EXTRACTOR_SOURCES_HASH to "${now}"`,
    ).toBe(EXTRACTOR_SOURCES_HASH);
  });
});

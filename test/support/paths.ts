import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A path inside `../shared` (the sample data and reference cases beside the clone). */
export function shared(...parts: string[]): string {
  return resolve(repoRoot, "..", "shared", ...parts);
}

/**
 * Whether something tests need is there. Without it a test is skipped on a developer's machine, but
 * with CI=true the run fails: in CI a reference or browser test must not vanish by being skipped.
 */
export function present(exists: boolean, what: string): boolean {
  if (!exists && process.env["CI"] === "true") throw new Error(`${what} is missing, and CI=true: the tests that need it would be skipped`);
  return exists;
}

/** Whether `../shared` is present; reference tests need it and say so when it is not. */
export const hasShared = present(existsSync(shared("reference")), "../shared (the sample data and reference cases beside the clone)");

/** Debian's Chromium, for the browser tests. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether Chromium is installed (.ci/run installs it). */
export const hasChromium = present(existsSync(CHROMIUM), `Chromium (${CHROMIUM})`);

let screenshots: string | undefined;

/**
 * Where a browser test writes its screenshot `name`: a temporary folder of this test run (or
 * $AFTERSHOCK_SCREENSHOTS, to keep them), never the user's `out/`.
 */
export function screenshotPath(name: string): string {
  screenshots ??= process.env["AFTERSHOCK_SCREENSHOTS"] ?? mkdtempSync(join(tmpdir(), "aftershock-screenshots-"));
  return join(screenshots, name);
}

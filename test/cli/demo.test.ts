/**
 * `aftershock demo` from a folder outside the checkout: the sample data is found beside the project,
 * the store and the report are written where the command runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { hasShared, repoRoot } from "../support/paths.js";

describe.skipIf(!hasShared)("aftershock demo", () => {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-demo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs the founding case from any folder", () => {
    const loader = pathToFileURL(resolve(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;
    const run = spawnSync(process.execPath, ["--import", loader, resolve(repoRoot, "src/cli/main.ts"), "demo"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Baidu");
    // A fresh store takes the securities directory from the data folder, and the run says so.
    expect(run.stdout).toMatch(/securities directory imported from .*securities \([\d,]+ securities\)/);
    expect(existsSync(join(dir, "out", "report.html"))).toBe(true);
    expect(existsSync(join(dir, "aftershock.duckdb"))).toBe(true);
  }, 120_000);
});

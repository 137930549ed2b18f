import { spawnSync } from "node:child_process";
import { repoRoot } from "./paths.js";

/** Runs the aftershock command line from the sources, as a user would, and captures its output. */
export function aftershock(...args: string[]): { code: number; stdout: string; stderr: string } {
  return aftershockWith({}, ...args);
}

/** {@link aftershock} with more environment variables (limits, the store). */
export function aftershockWith(env: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1", ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, StoreError } from "../../src/data/store/index.js";
import { aftershock } from "../support/cli.js";
import { repoRoot } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-lock-"));
const PRICES = "date,close\n2025-02-14,97.48\n2025-02-18,96.50\n";

/** Another process holding the store open (as a running import or server does) until it is killed. */
async function holdStore(file: string): Promise<() => void> {
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `const { openStore } = await import(${JSON.stringify(join(repoRoot, "src/data/store/index.ts"))}); await openStore(${JSON.stringify(file)}); console.log("open"); setInterval(() => {}, 1000);`], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("open") && ready());
    child.once("exit", (code) => fail(new Error(`the holder exited with ${code}`)));
  });
  return () => child.kill("SIGKILL");
}

describe("a store another process holds, or a file that is no store", () => {
  it("a second writer waits briefly, then fails with one coded line, exit 3, never a stack trace", async () => {
    const store = join(dir, "busy.duckdb");
    const prices = join(dir, "BIDU.csv");
    writeFileSync(prices, PRICES);
    const release = await holdStore(store);
    try {
      const started = Date.now();
      const run = aftershock("import", prices, "--store", store);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(new RegExp(`^aftershock: the store ${store.replace(/[.]/g, "\\.")} is in use by another aftershock process \\(PID \\d+\\); waited \\d+\\.\\d s: try again when it has finished, or use another store with --store\\n$`));
      expect(Date.now() - started).toBeGreaterThan(2000);
      const err: unknown = await openStore(store, { lockWaitMs: 200 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe("busy");
    } finally {
      release();
    }
    // Released: the same import now runs.
    await new Promise((done) => setTimeout(done, 300));
    const again = aftershock("import", prices, "--store", store);
    expect(again.code, again.stderr).toBe(0);
  });

  it("a file that is not a DuckDB database is named as such, exit 2, and left as it was", () => {
    const notStore = join(dir, "notes.duckdb");
    writeFileSync(notStore, "date,close\n2025-02-14,97.48\n".repeat(200));
    const run = aftershock("import", join(dir, "missing.csv"), "--store", notStore);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`aftershock: the store ${notStore} is not a DuckDB database file: give another path with --store (nothing was written to it)\n`);
    expect(readFileSync(notStore, "utf8")).toBe("date,close\n2025-02-14,97.48\n".repeat(200));
  });
});

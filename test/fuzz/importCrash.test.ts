/**
 * A crash test of the store: `aftershock import` of a folder of price files is killed (SIGKILL) at
 * seeded random moments, then the store is opened again and every file is checked: each symbol holds
 * either none of its file's days or all of them with the file's closes, never part of a file. The
 * same import is then run to the end and must complete what the killed one left.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/data/importers/index.js";
import { openStore } from "../../src/data/store/index.js";
import { seededUniform } from "../support/seededUniform.js";
import { aftershock } from "../support/cli.js";
import { hasShared, repoRoot, shared } from "../support/paths.js";
import { FUZZ_KILLS, FUZZ_SEED } from "./budget.js";

/** Twenty of the Hong Kong price files, copied into a folder of their own (a whole import takes a few seconds). */
function sampleFolder(): string {
  const from = shared("data", "hk");
  const to = mkdtempSync(join(tmpdir(), "aftershock-crash-data-"));
  for (const f of readdirSync(from)
    .filter((n) => n.endsWith(".csv"))
    .sort()
    .slice(0, 20))
    copyFileSync(join(from, f), join(to, f));
  return to;
}
const folder = hasShared ? sampleFolder() : "";

/**
 * Runs an import of the folder and kills it `ms` after the first file is stored (so that the kill
 * falls while files are being written), or `ms` after it starts when `fromStart`; resolves once it
 * is gone.
 */
function importKilled(store: string, ms: number, fromStart: boolean): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "import", folder, "--store", store], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "ignore"],
  });
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    timer ??= setTimeout(() => child.kill("SIGKILL"), ms);
  };
  if (fromStart) arm();
  child.stdout.on("data", (d: Buffer) => d.toString().includes("stored:") && arm());
  return new Promise((done) =>
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    }),
  );
}

describe.skipIf(!hasShared)("an import killed at random moments", () => {
  it(`never leaves part of a file in the store (${FUZZ_KILLS} kills)`, { timeout: 900_000 }, async () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(folder, f));
    const symbols: string[] = [];
    for (const f of files) {
      try {
        for (const s of (await importFile(f)).prices) symbols.push(s.symbol);
      } catch {
        // A file the importer refuses is never stored: nothing to expect of it.
      }
    }
    // What an import left to finish stores: the reference each killed store is held to.
    const dir = mkdtempSync(join(tmpdir(), "aftershock-crash-"));
    const whole = aftershock("import", folder, "--store", join(dir, "reference.duckdb"));
    expect(whole.code, whole.stderr).not.toBe(1);
    const reference = await openStore(join(dir, "reference.duckdb"));
    const expected = await reference.prices.readPanel(symbols);
    reference.close();
    const next = seededUniform(FUZZ_SEED);
    for (let k = 0; k < FUZZ_KILLS; k++) {
      const store = join(dir, `store-${k}.duckdb`);
      // Mostly while files are being stored (a file takes tens of milliseconds), sometimes from the start.
      const fromStart = next() < 0.25;
      await importKilled(store, Math.floor(next() * (fromStart ? 4000 : 1500)), fromStart);
      const opened = await openStore(store);
      try {
        const panel = await opened.prices.readPanel([...expected.keys()]);
        let complete = 0;
        for (const [symbol, series] of expected) {
          const stored = panel.get(symbol);
          if (stored === undefined || stored.dates.length === 0) continue;
          expect(stored.dates.length, `${symbol} in store ${k}`).toBe(series.dates.length);
          expect([...stored.dates], symbol).toEqual([...series.dates]);
          expect([...stored.values], symbol).toEqual([...series.values]);
          complete++;
        }
        console.log(`kill ${k + 1}: ${complete} of ${expected.size} files stored whole, the others not at all`);
      } finally {
        opened.close();
      }
      // Run to the end, the same import completes the store.
      const rerun = aftershock("import", folder, "--store", store);
      expect(rerun.code, rerun.stderr).not.toBe(1);
      const after = await openStore(store);
      try {
        const panel = await after.prices.readPanel([...expected.keys()]);
        for (const [symbol, series] of expected) expect(panel.get(symbol)?.dates.length, symbol).toBe(series.dates.length);
      } finally {
        after.close();
      }
    }
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aftershock, aftershockWith } from "../support/cli.js";
import { hasShared, shared } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-limits-"));

describe("limits on the command line: refused before any work, exit 2", () => {
  it.skipIf(!hasShared)("a study file asking for a billion permutation draws or a ten-million-day estimation", () => {
    const base = `securities: { file: ${shared("reference/cases/estudy2-covid-2020/rates.csv")} }\nevents: [{ security: AMZN, date: 2020-03-16 }]\n`;
    const draws = join(dir, "draws.yaml");
    writeFileSync(draws, `${base}permutation: { draws: 1000000000 }\n`);
    const run = aftershock("study", draws);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(`aftershock: ${draws}: field "permutation.draws": 1000000000; at most 1000000 (AFTERSHOCK_LIMIT_PERMUTATION_DRAWS)\n`);
    const estimation = join(dir, "estimation.yaml");
    writeFileSync(estimation, `${base}estimation: [-10000000, -11]\n`);
    const long = aftershock("study", estimation);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain(`field "estimation": is 9999990 trading days long; at most 1000`);
    // A limit is a setting: raised, the same file runs.
    const raised = aftershockWith({ AFTERSHOCK_LIMIT_PERMUTATION_DRAWS: "2000000000" }, "study", draws, "--format", "json");
    expect(raised.stderr).not.toContain("AFTERSHOCK_LIMIT_PERMUTATION_DRAWS");
  });

  it("an article larger than the limit is refused before it is read", () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, "Baidu met Tencent on Monday. ".repeat(2000));
    const run = aftershockWith({ AFTERSHOCK_LIMIT_ARTICLE_BYTES: "10000" }, "news", big, "--published", "2025-02-18");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`aftershock: ${big}: the input is 58000 bytes, more than the 10000 accepted (AFTERSHOCK_LIMIT_ARTICLE_BYTES)\n`);
  });
});

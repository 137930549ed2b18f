import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared, shared } from "../support/paths.js";

/**
 * The volume and volatility kinds end to end on real prices: the US listings of China's tech
 * companies (OHLC and volume, ../shared/data/us-ohlc) and the S&P 500 with its volume, on Tuesday
 * 18 February 2025, the first US session after Xi Jinping's meeting with China's tech bosses.
 */
describe.skipIf(!hasShared)("aftershock study --kind, on stored volumes and closes", () => {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-kinds-"));
  const store = join(dir, "s.duckdb");
  const events = join(dir, "events.csv");
  const tickers = ["BABA", "BIDU", "JD", "PDD", "NTES", "LI", "NIO", "XPEV", "BILI"];

  beforeAll(() => {
    for (const folder of [shared("data/us-ohlc"), shared("data/indices/GSPC.csv")]) {
      const run = aftershock("import", folder, "--store", store);
      expect(run.code, run.stderr).toBe(0);
    }
    writeFileSync(events, ["security,date", ...tickers.map((t) => `${t},2025-02-18`)].join("\n") + "\n");
  }, 120_000);

  it("measures abnormal log volume against the S&P 500's volume, and says so", () => {
    const run = aftershock("study", events, "--kind", "volume", "--format", "json", "--store", store);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as StudyResult;
    expect(result.conventions.kind).toBe("volume");
    expect(result.conventions.volumeMarket).toContain("each event's market");
    expect(result.events.every((e) => e.status === "ok" && e.market === "^GSPC")).toBe(true);
    const all = result.groups[0]!;
    expect(all.measured).toBe(tickers.length);
    const day0 = all.days.find((d) => d.day === 0)!;
    // Volume rose by some 62 log points on day 0, beyond what the market's volume explains.
    expect(day0.aar).toBeCloseTo(0.61743, 4);
    expect(day0.tests["cross-sectional-t"]!.pValue).toBeLessThan(0.01);
    expect(result.events[0]!.windows[0]!.bhar).toBeNull();
  });

  it("prints the kind in the table, and as a column of the CSV", () => {
    const table = aftershock("study", events, "--kind", "volatility", "--store", store);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Kind: volatility: ar is the volatility ratio minus one/);
    const csv = aftershock("study", events, "--kind", "volatility", "--format", "csv", "--store", store);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split("\n");
    expect(lines[0]).toBe("id,security,market,group,event_date,day0,status,reason,window,car,se,t,p_value,bhar,kind");
    expect(lines).toHaveLength(1 + tickers.length * 3);
    expect(lines.slice(1).every((l) => l.endsWith(",volatility"))).toBe(true);
  });

  it("refuses a kind it does not know, and the sample's mean as the market when events share a date still runs", () => {
    const bad = aftershock("study", events, "--kind", "turnover", "--store", store);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--kind");
    const sample = aftershock("study", events, "--kind", "volume", "--volume-market", "sample", "--format", "json", "--store", store);
    expect(sample.code, sample.stderr).toBe(0);
    const result = JSON.parse(sample.stdout) as StudyResult;
    // Every event on one date against their own mean: the mean abnormal log volume is zero by construction.
    expect(Math.abs(result.groups[0]!.days.find((d) => d.day === 0)!.aar)).toBeLessThan(1e-12);
  });
});

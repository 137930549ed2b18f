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
// Each test runs the command line two or three times: on a busy machine that takes more than the default minute.
describe.skipIf(!hasShared)("aftershock study --kind, on stored volumes and closes", { timeout: 180_000 }, () => {
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
  }, 300_000);

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

  it("measures range volatility from the stored highs and lows (Parkinson 1980)", () => {
    const run = aftershock("study", events, "--kind", "volatility", "--volatility-measure", "parkinson-range", "--format", "json", "--store", store);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as StudyResult;
    expect(result.conventions.kind).toBe("volatility");
    expect(result.conventions.measure).toMatch(/^ar is the range-volatility ratio minus one/);
    expect(result.groups[0]!.measured).toBe(tickers.length);
    const week = result.groups[0]!.windows.find((w) => w.window[0] === 0 && w.window[1] === 5)!;
    expect(week.caar).toBeCloseTo(5.6587, 4);
  });

  it("names the field when a study file asks for volumes it cannot hold", () => {
    const spec = join(dir, "volume.yaml");
    writeFileSync(
      spec,
      `securities: { file: ${shared("reference/cases/estudy2-covid-2020/rates.csv")} }\nevents: [{ security: AMZN, date: 2020-03-16 }]\nkind: volume\n`,
    );
    const run = aftershock("study", spec);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${spec}: field "kind": a volume study needs each security's trading volume`);
  });

  it("refuses a kind it does not know", () => {
    const bad = aftershock("study", events, "--kind", "turnover", "--store", store);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--kind");
  });

  it("takes the sample's mean log volume as the market when asked", () => {
    const sample = aftershock("study", events, "--kind", "volume", "--volume-market", "sample", "--format", "json", "--store", store);
    expect(sample.code, sample.stderr).toBe(0);
    const result = JSON.parse(sample.stdout) as StudyResult;
    // Every event on one date against their own mean: the mean abnormal log volume is zero by construction.
    expect(Math.abs(result.groups[0]!.days.find((d) => d.day === 0)!.aar)).toBeLessThan(1e-12);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dayNumber, isoDate, weekday } from "../../src/calendar/days.js";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared, shared } from "../support/paths.js";
import { seededUniform } from "../support/seededUniform.js";

/**
 * A study file on synthetic data: five securities whose returns are RF plus factor exposures plus noise,
 * with an abnormal 0.2 % a day on days 0..10 after each event; the factors in two French data library
 * files as published (three factors with RF, momentum alone; percent, YYYYMMDD, preamble and footer).
 */
function studyDir(): { dir: string; portfolioDays: number } {
  const u = seededUniform(1998);
  const dir = mkdtempSync(join(tmpdir(), "aftershock-ct-"));
  const days: number[] = [];
  for (let d = dayNumber("2015-01-05"); days.length < 320; d++) if (weekday(d) >= 1 && weekday(d) <= 5) days.push(d);
  const pct = (x: number) => Math.round(x * 10000) / 100;
  const f = days.map(() => ({
    mkt: pct((u() - 0.48) * 0.02),
    smb: pct((u() - 0.5) * 0.01),
    hml: pct((u() - 0.5) * 0.01),
    mom: pct((u() - 0.5) * 0.012),
    rf: 0.01,
  }));
  const french = (header: string, row: (i: number) => string) =>
    [
      "This file was created from synthetic numbers for a test.",
      "",
      header,
      ...days.map((d, i) => `${isoDate(d).replaceAll("-", "")},${row(i)}`),
      "",
      "Copyright test",
    ].join("\n");
  writeFileSync(
    join(dir, "ff3.csv"),
    french(",Mkt-RF,SMB,HML,RF", (i) => [f[i]!.mkt, f[i]!.smb, f[i]!.hml, f[i]!.rf].map((v) => v.toFixed(2).padStart(8)).join(",")),
  );
  writeFileSync(
    join(dir, "mom.csv"),
    french(",Mom", (i) => f[i]!.mom.toFixed(2).padStart(8)),
  );
  const names = ["A", "B", "C", "D", "E"];
  const events = names.flatMap((s, k) => [150 + 7 * k, 230 + 11 * k].map((at) => ({ security: s, at })));
  const abnormal = (s: string, i: number) => (events.some((e) => e.security === s && i >= e.at && i <= e.at + 10) ? 0.002 : 0);
  const rows = days.map((d, i) => {
    const x = f[i]!;
    const rf = x.rf / 100;
    const market = rf + x.mkt / 100;
    const own = names.map(
      (s, k) => rf + (0.8 + 0.1 * k) * (x.mkt / 100) + 0.3 * (x.smb / 100) - 0.2 * (x.hml / 100) + 0.1 * (x.mom / 100) + abnormal(s, i) + (u() - 0.5) * 0.002,
    );
    return [isoDate(d), market, ...own].join(",");
  });
  writeFileSync(join(dir, "returns.csv"), ["date,M,A,B,C,D,E", ...rows].join("\n"));
  const eventLines = events.map(
    (e, j) => `  - { id: e${j + 1}, security: ${e.security}, date: ${isoDate(days[e.at]!)}, covariates: { marketCap: ${10 + j} } }`,
  );
  const spec = (factors: boolean) =>
    [
      "securities: { file: returns.csv }",
      "markets: { file: returns.csv }",
      "market: M",
      ...(factors ? ["factors:", "  - { file: ff3.csv }", "  - { file: mom.csv }"] : []),
      "events:",
      ...eventLines,
      "estimation: [-120, -11]",
      "minEstimationDays: 60",
      "windows: [[0, 0], [0, 10]]",
    ].join("\n");
  writeFileSync(join(dir, "study.yaml"), spec(true));
  writeFileSync(join(dir, "no-factors.yaml"), spec(false));
  const held = new Set(events.flatMap((e) => Array.from({ length: 11 }, (_, d) => e.at + d)));
  return { dir, portfolioDays: held.size };
}

describe("aftershock study --calendar-time", () => {
  const { dir, portfolioDays } = studyDir();

  it("prints each group's portfolio and its Fama-French 3 and Carhart 4 alphas in the table", () => {
    const run = aftershock("study", join(dir, "study.yaml"), "--calendar-time", "10");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /Calendar-time portfolio, group all: firms within \[0, 10\] trading days of their events, equal weights; \d+ days, [\d.]+ firms on average/,
    );
    expect(run.stdout).toMatch(/Fama-French three-factor model +\d+ +\+0\.\d{4}%\*+/);
    expect(run.stdout).toMatch(/Carhart four-factor model +\d+ +\+0\.\d{4}%\*+/);
  });

  for (const weights of [[], ["--calendar-weighting", "value", "--calendar-weight", "marketCap"]]) {
    it(`finds the abnormal 0.2 % a day in the JSON from factor files in percent: ${weights.length === 0 ? "equal" : "value"} weights`, () => {
      const run = aftershock("study", join(dir, "study.yaml"), "--format", "json", "--calendar-time", "10", ...weights);
      expect(run.code, run.stderr).toBe(0);
      const ct = (JSON.parse(run.stdout) as StudyResult).calendarTime![0]!;
      expect(ct.weighting).toBe(weights.length === 0 ? "equal" : "value");
      expect(ct.days).toBe(portfolioDays);
      expect(ct.alphas.map((a) => a.model)).toEqual(["fama-french-3", "carhart-4"]);
      for (const a of ct.alphas) {
        // Noise of sd 0.06 % a day over about 90 days: alpha within 0.02 % of 0.2 %, and clearly significant.
        expect(Math.abs(a.alpha - 0.002), `${a.model} alpha ${a.alpha}`).toBeLessThan(2e-4);
        expect(a.pValue).toBeLessThan(1e-6);
        expect(a.df).toBe(a.days - (a.model === "carhart-4" ? 5 : 4));
      }
    });
  }

  it("says why there is no alpha when the study file gives no factors", () => {
    const run = aftershock("study", join(dir, "no-factors.yaml"), "--calendar-time", "10");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("no factor returns given: the alphas need daily Fama-French factors");
  });

  it("refuses a horizon that is not a number of trading days", () => {
    const run = aftershock("study", join(dir, "study.yaml"), "--calendar-time", "-3");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"-3" is not a number of trading days');
  });
});

describe.skipIf(!hasShared)("aftershock study EVENTS.csv --calendar-time, on the store's prices and factors", () => {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-ct-"));
  const store = join(dir, "s.duckdb");
  beforeAll(() => {
    const files = [
      "data/indices/GSPC.csv",
      "data/us/BIDU.csv",
      "data/us/JD.csv",
      "data/us/BABA.csv",
      "data/factors/F-F_Research_Data_Factors_daily.csv",
      "data/factors/F-F_Momentum_Factor_daily.csv",
    ];
    const imported = aftershock("import", ...files.map((f) => shared(f)), "--store", store);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);

  it("takes the French factors imported into the store: both alphas, on the days the portfolio holds a firm", () => {
    const events = join(dir, "events.csv");
    writeFileSync(events, "security,date\nBIDU,2023-03-16\nJD,2023-03-20\nBABA,2023-03-28\nBIDU,2024-05-16\nJD,2024-08-15\n");
    const run = aftershock("study", events, "--store", store, "--calendar-time", "20", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    const ct = (JSON.parse(run.stdout) as StudyResult).calendarTime![0]!;
    expect(ct.reason).toBeUndefined();
    // March 2023: from BIDU's day 0 (2023-03-16) to BABA's day 20 (2023-04-26, after Good Friday), 29
    // sessions; the two 2024 events 21 each.
    expect(ct.days).toBe(29 + 21 + 21);
    for (const a of ct.alphas) {
      expect(a.reason, a.model).toBeUndefined();
      expect(a.days).toBe(ct.days);
      expect(Number.isFinite(a.statistic)).toBe(true);
      expect(a.df).toBe(a.days - (a.model === "carhart-4" ? 5 : 4));
    }
  });
});

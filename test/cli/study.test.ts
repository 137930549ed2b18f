import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared, shared } from "../support/paths.js";

describe.skipIf(!hasShared)("aftershock study", () => {
  it("prints the result document with --format json", () => {
    const run = aftershock("study", "examples/estudy2-covid-2020.study.yaml", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as StudyResult;
    expect(result.schema).toBe("aftershock.study/1");
    expect(result.conventions.convention).toBe("textbook");
    expect(result.events).toHaveLength(7);
    const amzn = result.events.find((e) => e.security === "AMZN")!;
    expect(amzn.day0).toBe("2020-03-16");
    expect(amzn.parameters!.beta).toBeCloseTo(0.8646351225979552, 12);
  });

  it("prints a table for people and CSV for spreadsheets", () => {
    const table = aftershock("study", "examples/chen-siems-2001.study.yaml");
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain("Group all: 33 of 33 events measured");
    const csv = aftershock("study", "examples/chen-siems-2001.study.yaml", "--format", "csv");
    const lines = csv.stdout.trim().split("\n");
    expect(lines[0]).toBe("id,security,market,group,event_date,day0,status,reason,window,car,se,t,p_value,bhar");
    expect(lines).toHaveLength(1 + 66);
  });

  it("streams JSON Lines and columns, and asks for a file for Parquet", () => {
    const lines = aftershock("study", "examples/chen-siems-2001.study.yaml", "--format", "jsonl");
    expect(lines.code, lines.stderr).toBe(0);
    const records = lines.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { record: string });
    expect(records.filter((r) => r.record === "event")).toHaveLength(33);
    const columns = aftershock("study", "examples/chen-siems-2001.study.yaml", "--format", "columns");
    expect((JSON.parse(columns.stdout) as { events: { car: unknown[] } }).events.car).toHaveLength(33);
    const parquet = aftershock("study", "examples/chen-siems-2001.study.yaml", "--format", "parquet");
    expect(parquet.code).toBe(2);
    expect(parquet.stderr).toContain("Parquet output needs a file");
  });

  it("rejects a bad study file with its name and field, exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const spec = join(dir, "bad.yaml");
    writeFileSync(
      spec,
      `securities: { file: ${shared("reference/cases/estudy2-covid-2020/rates.csv")} }\nevents: [{ security: AMZN, date: 2020-03-16 }]\nwindows: [[2, 1]]\n`,
    );
    const run = aftershock("study", spec);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${spec}: field "windows.0"`);
  });

  it("reports events it cannot measure and exits 3 when none could be", () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const spec = join(dir, "none.yaml");
    writeFileSync(
      spec,
      `securities: { file: ${shared("reference/cases/estudy2-covid-2020/rates.csv")} }\nevents: [{ security: ZM, date: 2019-01-02 }, { security: XYZ, date: 2020-03-16 }]\nmodel: constant-mean\n`,
    );
    const run = aftershock("study", spec);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/ZM .*not-yet-listed/);
    expect(run.stdout).toMatch(/XYZ .*unknown-security/);
  });
});

describe("aftershock calendar", () => {
  it("prints a year of an exchange", () => {
    const run = aftershock("calendar", "XNYS", "2025");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("2025-01-09 Thu  Mourning for President Jimmy Carter");
    expect(run.stdout).toContain("250 sessions");
  });

  it("refuses an exchange it does not know", () => {
    const run = aftershock("calendar", "XLON", "2025");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no calendar for "XLON"');
  });
});

describe("aftershock fetch, offline", () => {
  it("says the provider cannot be reached and suggests importing a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const run = aftershock("fetch", "BIDU", "--from", "2025-02-01", "--to", "2025-02-28", "--store", join(dir, "s.duckdb"));
    if (run.code === 0) return; // the network reached Yahoo: nothing to check here
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("import a file instead: aftershock import FILE");
  });
});

describe.skipIf(!hasShared)("aftershock import and check-calendars", () => {
  it("imports files into a store, reports them, and checks the calendars against them", () => {
    const store = join(mkdtempSync(join(tmpdir(), "aftershock-")), "s.duckdb");
    const run = aftershock("import", shared("data/indices/HSI.csv"), shared("data/us/BIDU.csv"), "--store", store);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\^HSI, 1986-12-31 \.\. 2026-08-20/);
    expect(run.stdout).toMatch(/stored: [\d,]+ new rows, 0 unchanged, 0 changed values/);
    const check = aftershock("check-calendars", "--store", store);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^XHKG 2000-01-01\.\.2026-08-20: \d+ sessions, 1 disagreement\(s\), 0 unexplained/m);
  });
});

describe.skipIf(!hasShared)("aftershock study on an events CSV", () => {
  it("studies the events on the stored prices, each against its exchange's benchmark", () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const store = join(dir, "s.duckdb");
    const imported = aftershock("import", shared("data/indices/HSI.csv"), shared("data/hk/9888.HK.csv"), shared("data/hk/0700.HK.csv"), "--store", store);
    expect(imported.code, imported.stderr).toBe(0);
    const events = join(dir, "events.csv");
    writeFileSync(events, "security,date,group\n9888.HK,2025-02-17,absent\n0700.HK,2025-02-17,present\nXYZ.HK,2025-02-17,present\n");
    const run = aftershock("study", events, "--store", store, "--window", "0,0", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as StudyResult;
    const baidu = result.events.find((e) => e.security === "9888.HK")!;
    expect(baidu.market).toBe("^HSI");
    expect(baidu.windows[0]!.car).toBeCloseTo(-0.0674, 3);
    expect(result.events.find((e) => e.security === "XYZ.HK")!.status).toBe("unknown-security");
    expect(result.comparisons.map((c) => [c.a, c.b])).toEqual([["absent", "present"]]);
  });
});

describe.skipIf(!hasShared)("aftershock run without the benchmark's prices", () => {
  it("says which benchmark is missing and how to get it, exit code 2", () => {
    const store = join(mkdtempSync(join(tmpdir(), "aftershock-")), "s.duckdb");
    expect(aftershock("import", shared("data/hk/9888.HK.csv"), "--store", store).code).toBe(0);
    const run = aftershock(
      "run",
      shared("news/xi-meets-tech-bosses.txt"),
      "--published",
      "2025-02-18",
      "--store",
      store,
      "--out",
      join(tmpdir(), "aftershock-no-bench"),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("^HSI: the benchmark has no prices in the store: import them first (aftershock import FILE)");
  });
});

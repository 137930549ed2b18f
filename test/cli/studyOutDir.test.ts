/**
 * `aftershock study EVENTS --out-dir FOLDER` end to end: the founding case's Hong Kong listings
 * (examples/xi-meeting-2025.events.csv) on the real prices of ../shared/data. Every CSV of the folder is
 * read back with the project's CSV reader and checked against the JSON result to the last digit; the
 * report is the one `run` writes, its group CAAR chart carrying the 95 % band.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvRecords } from "../../src/data/csv/csvRecords.js";
import { CAAR_BAND_NAME } from "../../src/report/charts/groupCaarChart.js";
import { windowLabel } from "../../src/study/eventWindow.js";
import type { StudyResult, TestOutcome } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared, repoRoot, shared } from "../support/paths.js";

const EVENTS = join(repoRoot, "examples/xi-meeting-2025.events.csv");
const PRICES = ["indices/HSI.csv", "hk/9988.HK.csv", "hk/1211.HK.csv", "hk/0700.HK.csv", "hk/9888.HK.csv", "hk/9618.HK.csv"];

/** A CSV file of the folder as rows keyed by its header, read with the project's reader (no casting). */
function table(dir: string, name: string): Record<string, string>[] {
  const [header, ...rows] = csvRecords(readFileSync(join(dir, name), "utf8"), name);
  return rows.map((r) => Object.fromEntries(header!.cells.map((h, i) => [h, r.cells[i] ?? ""])));
}

/** A number as the CSV must hold it: its shortest exact text, or empty when there is none (NaN, JSON null, absent). */
const exact = (v: number | null | undefined): string => (typeof v === "number" && Number.isFinite(v) ? String(v) : "");

/** A cell read back as the double it was written from (the round trip is exact). */
const reread = (cell: string): number | undefined => (cell === "" ? undefined : Number(cell));

let dir: string;
let result: StudyResult;
let stdout: string;

describe.skipIf(!hasShared)("aftershock study --out-dir", () => {
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), "aftershock-outdir-"));
    const store = join(root, "s.duckdb");
    const imported = aftershock("import", ...PRICES.map((p) => shared("data", p)), "--store", store);
    expect(imported.code, imported.stderr).toBe(0);
    dir = join(root, "study");
    const run = aftershock("study", EVENTS, "--store", store, "--out-dir", dir, "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    stdout = run.stdout;
    result = JSON.parse(stdout) as StudyResult;
  }, 120_000);

  it("writes the table set and the report of run, and nothing half written beside them", () => {
    expect(readdirSync(dir).sort()).toEqual(
      [
        "comparisons.csv",
        "conventions.json",
        "daily-abnormal-returns.csv",
        "events.csv",
        "group-days.csv",
        "groups.csv",
        "regressions.csv",
        "tests.csv",
        "report.html",
        "results.json",
        "results.csv",
        "car-paths.svg",
        "car-paths.png",
        "day0-ar.svg",
        "day0-ar.png",
        "group-caar.svg",
        "group-caar.png",
      ].sort(),
    );
    // results.json is the document printed with --format json.
    expect(JSON.parse(readFileSync(join(dir, "results.json"), "utf8"))).toEqual(result);
    expect(JSON.parse(readFileSync(join(dir, "conventions.json"), "utf8"))).toEqual(result.conventions);
  });

  it("events.csv: every event and window to the last digit, the unmeasured event with its reason and empty numbers", () => {
    const rows = table(dir, "events.csv");
    expect(rows).toHaveLength(result.events.reduce((s, e) => s + Math.max(1, e.windows.length), 0));
    let k = 0;
    for (const e of result.events) {
      if (e.windows.length === 0) {
        const row = rows[k++]!;
        expect([row["id"], row["status"], row["reason"], row["car"], row["p_value"], row["day0"]]).toEqual([e.id, e.status, e.reason, "", "", ""]);
        continue;
      }
      for (const w of e.windows) {
        const row = rows[k++]!;
        expect([row["id"], row["security"], row["market"], row["group"], row["event_date"], row["day0"], row["status"]]).toEqual([
          e.id,
          e.security,
          e.market,
          e.group,
          e.eventDate,
          e.day0,
          e.status,
        ]);
        expect(row["window"]).toBe(windowLabel(w.window));
        expect([row["car"], row["se"], row["t"], row["p_value"], row["bhar"]]).toEqual([w.car, w.se, w.t, w.pValue, w.bhar].map(exact));
        expect(reread(row["car"]!)).toBe(w.car);
        expect([row["residual_sd"], row["r_squared"], row["parameter_alpha"], row["parameter_beta"]]).toEqual(
          [e.residualSd, e.rSquared, e.parameters?.["alpha"], e.parameters?.["beta"]].map(exact),
        );
        expect([row["estimation_from"], row["estimation_to"], row["estimation_days"]]).toEqual([
          e.estimation!.from,
          e.estimation!.to,
          String(e.estimation!.days),
        ]);
      }
    }
    const catl = rows.find((r) => r["id"] === "catl")!;
    expect(catl["status"]).toBe("unknown-security");
    expect(catl["reason"]).toContain("3750.HK");
  });

  it("daily-abnormal-returns.csv: every event day's AR, se and t to the last digit", () => {
    const rows = table(dir, "daily-abnormal-returns.csv");
    const expected = result.events.flatMap((e) =>
      e.days.map((d) => [e.id, e.security, e.market ?? "", e.group ?? "", String(d.day), d.date, exact(d.ar), exact(d.se), exact(d.t)]),
    );
    expect(expected.length).toBe(5 * 7);
    expect(rows.map((r) => [r["id"], r["security"], r["market"], r["group"], r["day"], r["date"], r["ar"], r["se"], r["t"]])).toEqual(expected);
  });

  it("groups.csv and group-days.csv: CAAR per group and window, AAR per day, and the band's cross-sectional standard error", () => {
    const groups = table(dir, "groups.csv");
    expect(groups.map((r) => [r["group"], r["events"], r["measured"], r["window"], r["caar"], r["mean_bhar"]])).toEqual(
      result.groups.flatMap((g) =>
        g.windows.map((w) => [g.group, String(g.events), String(g.measured), windowLabel(w.window), exact(w.caar), exact(w.meanBhar)]),
      ),
    );
    const days = table(dir, "group-days.csv");
    expect(days.map((r) => [r["group"], r["day"], r["aar"]])).toEqual(result.groups.flatMap((g) => g.days.map((d) => [g.group, String(d.day), exact(d.aar)])));
    // At day +5, cumulated from day 0, the CAAR is the window [0,+5]'s and its standard error the one
    // behind the window's cross-sectional t: se = CAAR / t (relative tolerance 1e-12, summation order).
    for (const g of result.groups) {
      const row = days.find((r) => r["group"] === g.group && r["day"] === "5")!;
      const w = g.windows.find((x) => x.window[0] === 0 && x.window[1] === 5)!;
      expect(reread(row["caar"]!)! / w.caar).toBeCloseTo(1, 12);
      expect(reread(row["caar_events"]!)).toBe(g.measured);
      const t = w.tests["cross-sectional-t"]!.statistic;
      if (g.measured >= 2) expect(reread(row["caar_se"]!)! / (w.caar / t)).toBeCloseTo(1, 12);
      if (g.measured >= 2) expect(reread(row["caar_lower_95"]!)!).toBeLessThan(reread(row["caar_upper_95"]!)!);
    }
  });

  it("tests.csv: every AAR, CAAR and comparison test with statistic, p-value and distribution to the last digit", () => {
    const rows = table(dir, "tests.csv");
    const key = (r: Record<string, string>): string => [r["subject"], r["group"], r["versus"], r["day"], r["window"], r["test"]].join("|");
    const byKey = new Map(rows.map((r) => [key(r), r]));
    const check = (k: string, o: TestOutcome): void => {
      const row = byKey.get(k);
      expect(row, k).toBeDefined();
      expect([row!["statistic"], row!["p_value"], row!["distribution"], row!["df"], row!["reason"]], k).toEqual([
        exact(o.statistic),
        exact(o.pValue),
        o.distribution,
        exact(o.df),
        o.reason ?? "",
      ]);
    };
    let count = 0;
    for (const g of result.groups) {
      for (const d of g.days) {
        for (const [name, o] of Object.entries(d.tests)) check(["aar", g.group, "", String(d.day), "", name].join("|"), o);
        count += Object.keys(d.tests).length;
      }
      for (const w of g.windows) {
        for (const [name, o] of Object.entries(w.tests)) check(["caar", g.group, "", "", windowLabel(w.window), name].join("|"), o);
        count += Object.keys(w.tests).length;
      }
    }
    for (const c of result.comparisons) {
      for (const w of c.windows) {
        check(["difference", c.a, c.b, "", windowLabel(w.window), "welch-t"].join("|"), w.welch);
        const rank = byKey.get(["difference", c.a, c.b, "", windowLabel(w.window), "wilcoxon-rank-sum"].join("|"))!;
        expect([rank["statistic"], rank["p_value"], rank["method"]]).toEqual([
          exact(w.wilcoxonRankSum.statistic),
          exact(w.wilcoxonRankSum.pValue),
          w.wilcoxonRankSum.method,
        ]);
        const perm = byKey.get(["difference", c.a, c.b, "", windowLabel(w.window), "permutation"].join("|"))!;
        expect([perm["p_value"], perm["method"], perm["draws"]]).toEqual([
          exact(w.permutation.pValue),
          w.permutation.method,
          String(w.permutation.permutations),
        ]);
        count += 3;
      }
    }
    expect(rows).toHaveLength(count);
  });

  it("comparisons.csv: the difference in mean CAR and its tests per window to the last digit", () => {
    const rows = table(dir, "comparisons.csv");
    expect(
      rows.map((r) => [
        r["group_a"],
        r["group_b"],
        r["window"],
        r["difference"],
        r["welch_t"],
        r["welch_df"],
        r["welch_p"],
        r["rank_sum_p"],
        r["permutation_p"],
      ]),
    ).toEqual(
      result.comparisons.flatMap((c) =>
        c.windows.map((w) => [
          c.a,
          c.b,
          windowLabel(w.window),
          exact(w.difference),
          exact(w.welch.statistic),
          exact(w.welch.df),
          exact(w.welch.pValue),
          exact(w.wilcoxonRankSum.pValue),
          exact(w.permutation.pValue),
        ]),
      ),
    );
    expect(rows).toHaveLength(3);
  });

  it("report.html is run's report, its group CAAR chart with the 95 % band and the legend saying which", () => {
    const html = readFileSync(join(dir, "report.html"), "utf8");
    const svg = readFileSync(join(dir, "group-caar.svg"), "utf8");
    // ECharts writes the legend's text into the SVG; the band is an area filled at the band's opacity.
    for (const text of [html, svg]) {
      expect(text).toContain(CAAR_BAND_NAME);
      expect(text).toContain('fill-opacity="0.12"');
    }
    expect(html).toContain("cross-sectional t test: CAAR ± t(N−1) × sd(CAR)/√N");
    expect(html).toContain("Event study: xi-meeting-2025.events.csv");
  });
});

describe.skipIf(!hasShared)("aftershock study --out", () => {
  it("refuses a folder for --out, naming --out-dir, before any study runs", () => {
    const root = mkdtempSync(join(tmpdir(), "aftershock-outdir-"));
    for (const out of [root, `${join(root, "new")}/`]) {
      const run = aftershock("study", "examples/chen-siems-2001.study.yaml", "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--out-dir");
    }
    expect(readdirSync(root)).toEqual([]);
  });
});

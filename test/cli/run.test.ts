/**
 * The main job's corrections and its guards, through the command line on the founding article:
 * roles, added and dropped companies, the event time, a re-run from an edited event document, a
 * company linked through the securities directory taken from --data, and a run that measures nothing (a window past the data) answered with a sentence, not a stack trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared, shared } from "../support/paths.js";

interface RunJson {
  event: { companies: { name: string; role: string; listings: string[] }[]; eventTime?: unknown };
  companies: { company: string; role: string; symbols: string[] }[];
  headline: string;
  timing: { basis: string; listings: { symbol: string; rule: string; day0: string; local?: string }[] };
  result: StudyResult;
}

describe.skipIf(!hasShared)("aftershock run: corrections and guards", () => {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-run-"));
  const store = join(dir, "store.duckdb");
  const article = shared("news/xi-meets-tech-bosses.txt");
  const base = ["--published", "2025-02-18", "--data", shared("data"), "--store", store];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    // Fills the store once, so that the runs below only read it.
    expect(aftershock("run", article, ...base, "--out", join(dir, "first"), "--quiet").code).toBe(0);
  }, 120_000);

  it("corrects roles, adds and drops companies, and takes the event time from --time", () => {
    const run = aftershock(
      "run",
      article,
      ...base,
      "--out",
      join(dir, "fixed"),
      "--format",
      "json",
      "--role",
      "Baidu=present",
      "--drop",
      "JD.com",
      "--add",
      "NTES=mentioned",
      "--time",
      "2025-02-17T20:00+08:00",
    );
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as RunJson;
    const role = (name: string) => json.companies.find((c) => c.company === name)?.role;
    expect(role("Baidu")).toBe("present");
    expect(role("JD.com")).toBeUndefined();
    expect(json.companies.find((c) => c.symbols.includes("NTES"))).toMatchObject({ role: "mentioned", company: "NetEase" });
    // 20:00 in Beijing: after the Hong Kong close (next session, Tuesday), 07:00 on a US holiday in New York.
    const listing = (symbol: string) => json.timing.listings.find((l) => l.symbol === symbol)!;
    expect(listing("9888.HK")).toMatchObject({ rule: "after-close", day0: "2025-02-18", local: "2025-02-17 20:00" });
    expect(listing("BIDU")).toMatchObject({ rule: "no-session", day0: "2025-02-18", local: "2025-02-17 07:00" });
    expect(json.result.events.find((e) => e.security === "9888.HK")!.day0).toBe("2025-02-18");
    const written = JSON.parse(readFileSync(join(dir, "fixed", "event.json"), "utf8")) as RunJson["event"];
    expect(written.eventTime).toEqual({ dateTime: "2025-02-17T20:00+08:00", evidence: "given with --time", precision: "minute" });
  }, 120_000);

  it("with --benchmark ^HSI measures BABA, BIDU and JD across the US holiday of 2025-02-17, not as gaps", () => {
    const run = aftershock("run", article, ...base, "--out", join(dir, "hsi"), "--format", "json", "--benchmark", "^HSI");
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as RunJson;
    for (const symbol of ["BABA", "BIDU", "JD"]) {
      const e = json.result.events.find((x) => x.security === symbol)!;
      expect(e, symbol).toMatchObject({ market: "^HSI", day0: "2025-02-18", status: "ok" });
    }
    expect(json.result.events.find((x) => x.security === "9888.HK")!.days.find((d) => d.day === 0)!.ar).toBeCloseTo(-0.0674, 3);
  }, 120_000);

  it("studies an edited event document again with --event", () => {
    const event = JSON.parse(readFileSync(join(dir, "first", "event.json"), "utf8")) as RunJson["event"];
    const edited = { ...event, companies: event.companies.map((c) => (c.name === "Tencent" ? { ...c, role: "absent" } : c)) };
    const file = join(dir, "edited.json");
    writeFileSync(file, JSON.stringify(edited));
    const run = aftershock("run", "--event", file, "--store", store, "--out", join(dir, "edited"));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Tencent\s+│?\s*absent/);
    expect(run.stdout).toMatch(/event: read from .*edited\.json/);
    expect(run.stdout).toMatch(/Event time: time unknown: day 0 is the event date/);
  }, 120_000);

  it("says what is wrong with a correction or an event file, in one line, exit code 2", () => {
    const nobody = aftershock("run", article, ...base, "--out", join(dir, "bad"), "--role", "Nobody=present");
    expect(nobody.code).toBe(2);
    expect(nobody.stderr.trim().split("\n")).toHaveLength(1);
    expect(nobody.stderr).toMatch(/--role: field "Nobody": no company of the event is called so; the event's companies: .*Baidu/);
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(join(dir, "first", "event.json"), "utf8")), eventDate: "17 Feb" }));
    const broken = aftershock("run", "--event", file, "--store", store, "--out", join(dir, "bad"));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: field "eventDate": a date written YYYY-MM-DD/);
  }, 120_000);

  it("answers a window past a venue's data with a sentence, not a stack trace", () => {
    // Hong Kong prices end on 2025-10-30, before day +200; the US ones go on.
    const run = aftershock("run", article, ...base, "--out", join(dir, "far"), "--window", "0,200");
    expect(run.stderr).not.toMatch(/TypeError|at .*\.ts:\d+/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/In Hong Kong, no company could be measured against the Hang Seng Index\. In the United States, absent companies/);
  }, 120_000);

  it("links a company only the securities directory knows, taking the directory from the --data folder", () => {
    const article = join(dir, "peloton.txt");
    writeFileSync(
      article,
      "Peloton recalls treadmills\n\nPeloton Interactive Inc. (NASDAQ: PTON) said on Wednesday it is recalling all of its Tread+ treadmills.\n",
    );
    const run = aftershock("run", article, "--published", "2021-05-06", "--data", shared("data"), "--store", store, "--out", join(dir, "peloton"), "--quiet");
    // No prices of PTON in ../shared/data: the run measures nothing, but the company has its listing.
    expect(run.stderr).toContain("PTON: no prices");
    expect(run.stderr).not.toContain("no listing known");
  }, 120_000);
});

describe("aftershock: usage", () => {
  it("prints its version", () => {
    const run = aftershock("--version");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 60_000);
  it("answers a usage error with one line saying what to fix, exit code 2", () => {
    for (const [args, message] of [
      [["run", "a.txt", "--bogus"], /^aftershock: unknown option '--bogus' \(aftershock run --help for usage\)$/],
      [["run", "a.txt", "--published", "2020-13-40"], /"2020-13-40" is not a calendar date: there is no month 13/],
      [["no-such-command"], /^aftershock: unknown command 'no-such-command' \(aftershock --help for usage\)$/],
    ] as const) {
      const run = aftershock(...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(run.stderr.trim(), args.join(" ")).toMatch(message);
    }
  }, 120_000);
});

describe.skipIf(!hasShared)("aftershock run that measures nothing", () => {
  it("says why and what to do on standard error even with --quiet, exit code 3", () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-empty-"));
    try {
      const run = aftershock(
        "run",
        shared("news/xi-meets-tech-bosses.txt"),
        "--published",
        "2025-02-18",
        "--store",
        join(dir, "s.duckdb"),
        "--out",
        join(dir, "out"),
        "--quiet",
      );
      expect(run.code).toBe(3);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^aftershock: No company of the event could be measured \(.*no prices in the store.*\)\. Import the prices with run --data DIR, aftershock import DIR, or aftershock fetch SYMBOL\.$/m,
      );
      expect(readFileSync(join(dir, "out", "report.html"), "utf8")).toMatch(/No company of the event could be measured/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

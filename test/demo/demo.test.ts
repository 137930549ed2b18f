/**
 * The main job end to end on the founding case, through the command line: the article, the event, the
 * securities, the prices imported into a fresh store, the study, the report, and the report opened in
 * headless Chromium (Debian's /usr/bin/chromium; that part is skipped when it is absent).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { CHROMIUM, hasChromium, hasShared, screenshotPath, shared } from "../support/paths.js";

interface RunJson {
  event: { eventDate: string; companies: { name: string; role: string }[] };
  companies: { company: string; role: string; symbols: string[]; reasons: string[] }[];
  headline: string;
  result: StudyResult;
}

describe.skipIf(!hasShared)("the founding case, end to end", () => {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-demo-"));
  const store = join(dir, "store.duckdb");
  const out = join(dir, "out");
  const args = ["run", shared("news/xi-meets-tech-bosses.txt"), "--published", "2025-02-18", "--data", shared("data"), "--store", store, "--out", out];
  let first: ReturnType<typeof aftershock>;
  let run: RunJson;
  beforeAll(() => {
    first = aftershock(...args, "--format", "json");
    run = JSON.parse(first.stdout) as RunJson;
  }, 120_000);

  it("extracts the event of Monday 17 February 2025 and the companies' roles", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(run.event.eventDate).toBe("2025-02-17");
    const role = (name: string): string | undefined => run.companies.find((c) => c.company === name)?.role;
    for (const name of ["Alibaba", "BYD", "Huawei", "CATL", "Tencent", "DeepSeek"]) expect(role(name), name).toBe("present");
    for (const name of ["Baidu", "JD.com", "ByteDance"]) expect(role(name), name).toBe("absent");
  });

  it("measures Baidu near -7 % against the Hang Seng Index on day 0", () => {
    const baidu = run.result.events.find((e) => e.security === "9888.HK")!;
    expect(baidu.status).toBe("ok");
    expect(baidu.market).toBe("^HSI");
    expect(baidu.day0).toBe("2025-02-17");
    const ar0 = baidu.days.find((d) => d.day === 0)!.ar;
    expect(ar0).toBeGreaterThan(-0.075);
    expect(ar0).toBeLessThan(-0.065);
  });

  it("places the US listings' day 0 on 18 February, the 17th being a US holiday", () => {
    for (const symbol of ["BIDU", "BABA", "JD"]) {
      const e = run.result.events.find((x) => x.security === symbol)!;
      expect(e.market, symbol).toBe("^GSPC");
      expect(e.day0, symbol).toBe("2025-02-18");
    }
  });

  it("says why the companies it cannot measure are not measured", () => {
    const reasons = (name: string): string => run.companies.find((c) => c.company === name)!.reasons.join("; ");
    for (const name of ["Huawei", "ByteDance", "DeepSeek"]) expect(reasons(name), name).toMatch(/unlisted/);
    expect(reasons("CATL")).toMatch(/3750\.HK not yet listed on 2025-02-17 \(listed 2025-05-20\)/);
    expect(reasons("CATL")).toMatch(/300750\.SZ: no prices/);
  });

  it("compares absent with present on each venue and says it in one sentence", () => {
    const cmp = run.result.comparisons.map((c) => [c.a, c.b]);
    expect(cmp).toContainEqual(["absent · HK", "present · HK"]);
    expect(run.headline).toMatch(/^In Hong Kong, absent companies fell [\d.]+ % relative to the Hang Seng Index on the day \(2 measured\), present ones/);
    expect(run.headline).toMatch(/significant at 5 % \(Welch's t-test, p = [\d.]+; permutation test, p = [\d.]+\)/);
    expect(run.headline).toMatch(
      /In the United States, absent companies fell [\d.]+ % relative to the S&P 500 on the day \(2 measured\), present ones rose [\d.]+ % \(1 measured\); .*a group of one has no Welch's t-test/,
    );
    expect(run.headline).not.toMatch(/NaN|p = </);
  });

  it("writes the report, the results and the charts", () => {
    for (const f of [
      "report.html",
      "results.json",
      "results.csv",
      "event.json",
      "car-paths.svg",
      "car-paths.png",
      "day0-ar.svg",
      "day0-ar.png",
      "group-caar.svg",
      "group-caar.png",
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const csv = readFileSync(join(out, "results.csv"), "utf8");
    expect(csv).toMatch(/^\uFEFFid,security,market,group,.*,company,role\n/);
    expect(csv).toMatch(/\nbaidu@9888\.HK,9888\.HK,\^HSI,absent \/ HK,.*,Baidu,absent\n/);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toMatch(/Day 0 per listing/);
    expect(html).toMatch(/time unknown: day 0 is the event date/);
    // Unlisted companies are listed too, with their reason.
    expect(html.split('id="company-table"')[1]!.split("</table>")[0]).toMatch(/Huawei<small class="note">unlisted: no shares trade<\/small>/);
  });

  it("reuses the store on a second run: nothing imported, the event not extracted again", () => {
    const again = aftershock(...args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/importing prices/);
    expect(again.stdout).toMatch(/event: reused from the store .*; prices: all in the store \(no import\)/);
    expect(again.stdout).toMatch(/Done in [\d.]+ s since start/);
  }, 120_000);

  it.skipIf(!hasChromium)(
    "shows the tables and every chart in headless Chromium",
    async () => {
      const context = await chromium.launchPersistentContext(join(dir, "profile"), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = await context.newPage();
        await page.goto(pathToFileURL(join(out, "report.html")).href, { waitUntil: "load" });
        await expect(page.locator("#company-table").textContent()).resolves.toContain("9888.HK");
        expect(await page.locator("table.group-table").count()).toBeGreaterThanOrEqual(2);
        for (const key of ["car-paths", "day0-ar", "group-caar"]) {
          const box = await page.locator(`#figure-${key} svg`).boundingBox();
          expect(box!.width, key).toBeGreaterThan(300);
          expect(box!.height, key).toBeGreaterThan(150);
        }
        await page.screenshot({ path: screenshotPath("test-demo-report.png"), fullPage: true });
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

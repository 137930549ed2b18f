/**
 * Opens a written report.html in headless Chromium (Debian's /usr/bin/chromium; skipped when absent)
 * from a file:// URL with every non-file request blocked and recorded, and checks what a reader sees:
 * the tables and the three charts laid out with real size, and at a 390 px phone width nothing wider
 * than the page (tables scroll in their own boxes, charts fit their column). Saves test-report.png and
 * test-report-mobile.png where screenshotPath says (a temporary folder, or $AFTERSHOCK_SCREENSHOTS).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ReportInput } from "../../src/report/html/reportInput.js";
import { writeReport } from "../../src/report/writeReport.js";
import { CHROMIUM, hasChromium, hasShared, screenshotPath } from "../support/paths.js";
import { estudy2ReportInput } from "./estudy2Report.js";
import { syntheticStudy, SYNTHETIC_LABELS } from "./syntheticStudy.js";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function reportInput(): Promise<ReportInput> {
  if (hasShared) return estudy2ReportInput();
  return { title: "Synthetic study", result: syntheticStudy(), labels: SYNTHETIC_LABELS, pairs: [{ company: "百度 Baidu", rows: ["baidu-hk", "baidu-us"] }] };
}

/** Elements reaching past the window's right edge, outside the boxes that scroll on their own. */
const OVERFLOWING = `[...document.querySelectorAll("body *")]
  .filter((el) => !el.closest(".table-wrap") && el.getBoundingClientRect().width > 0)
  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
  .map((el) => el.tagName.toLowerCase() + " “" + (el.textContent ?? "").trim().slice(0, 40) + "” " + Math.round(el.getBoundingClientRect().right))`;

describe.skipIf(!hasChromium)("report.html in headless Chromium", () => {
  it("renders the tables and the three charts offline", async () => {
    const tmp = await mkdtemp(join(tmpdir(), "aftershock-browser-"));
    const input = await reportInput();
    const files = await writeReport(join(tmp, "report"), input);
    const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const external: string[] = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        external.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(pathToFileURL(files.html).href, { waitUntil: "load" });

      expect(await page.locator("h1").textContent()).toBe(input.title);
      const companyRows = page.locator("#company-table tbody tr");
      expect(await companyRows.count()).toBeGreaterThanOrEqual(input.result.events.length);
      const firstCompany = await page.locator("#company-table").boundingBox();
      expect(firstCompany!.height).toBeGreaterThan(100);
      const groupTables = page.locator("table.group-table");
      expect(await groupTables.count()).toBe(input.result.groups.filter((g) => g.measured > 0).length);
      expect(await page.locator('table.group-table[data-group="all"] tbody tr').count()).toBeGreaterThan(2);
      if (input.pairs?.length) expect(await page.locator("table.pair-table").count()).toBe(input.pairs.length);
      if (input.result.comparisons.length) expect(await page.locator("table.comparison-table").count()).toBe(input.result.comparisons.length);

      for (const key of ["car-paths", "day0-ar", "group-caar"]) {
        const svg = page.locator(`#figure-${key} svg`);
        expect(await svg.count()).toBe(1);
        const box = await svg.boundingBox();
        expect(box!.width, key).toBeGreaterThan(300);
        expect(box!.height, key).toBeGreaterThan(150);
        // Drawn content, not an empty frame: the chart's paths have size too.
        const paths = await svg.locator("path").count();
        expect(paths, key).toBeGreaterThan(10);
        const label = await svg.getAttribute("aria-label");
        expect(label, key).toMatch(/\d\.\d\d%/);
      }
      // A Chinese name reached the page and laid out with width (a font has the glyphs).
      const chinese = page
        .locator("#company-table th", { hasText: "亚马逊" })
        .or(page.locator("#company-table th", { hasText: "百度" }))
        .first();
      expect((await chinese.boundingBox())!.width).toBeGreaterThan(20);

      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.screenshot({ path: screenshotPath("test-report.png"), fullPage: true });

      // A phone: the page does not scroll sideways, nothing outside a table's scroll box passes the
      // right edge, and each chart is drawn within its figure.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(200);
      expect(await page.evaluate(OVERFLOWING)).toEqual([]);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      for (const key of ["car-paths", "day0-ar", "group-caar"]) {
        const figure = page.locator(`#figure-${key}`);
        const inner = await figure.evaluate((el) => el.clientWidth);
        const box = await figure.locator("svg").boundingBox();
        expect(box!.width, key).toBeGreaterThan(300);
        expect(box!.width, key).toBeLessThanOrEqual(inner);
      }
      await page.screenshot({ path: screenshotPath("test-report-mobile.png"), fullPage: true });
    } finally {
      await context.close();
      await rm(tmp, { recursive: true, force: true });
    }
  }, 180_000);
});

/**
 * The web page end to end in headless Chromium (Debian's /usr/bin/chromium; skipped when absent, or
 * when ../shared has no price data or example articles): builds web/dist, starts the real API server
 * in-process on a free port with a fresh store, and does what a reader does: picks the founding
 * example, extracts its companies, removes Tencent, runs the study, reads Baidu's row and the charts,
 * switches the bars' window, sees a role read with little confidence marked for review until it is set,
 * reloads the study's URL; then studies an event list: a bad list refused with its line and column, a
 * price file uploaded, the convention, tests, an adjustment and the bootstrap's resamples and seed set,
 * the list's events and every test shown in the report's formats; checks at a 390 px phone width that
 * nothing is wider than the page (tables scroll in their own boxes, charts fit their column), and that
 * only the page's own origin was asked for anything. Screenshots go where screenshotPath says (a
 * temporary folder, or $AFTERSHOCK_SCREENSHOTS).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type RunningServer } from "../../src/server/index.js";
import { CHROMIUM, hasChromium, present, repoRoot, screenshotPath, shared } from "../support/paths.js";

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
const WEB_DIST = resolve(repoRoot, "web", "dist");
const haveData = present(existsSync(shared("data")) && existsSync(shared("news", "xi-meets-tech-bosses.txt")), "../shared/data and ../shared/news");

/** `npm run build:web`, without the test run's NODE_ENV so that React is bundled for production. */
function buildWeb(): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")));
  execFileSync(process.execPath, [resolve(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build", "web", "--logLevel", "warn"], {
    cwd: repoRoot,
    env,
    stdio: "pipe",
  });
}

/** Number of form controls without a label (a <label>, aria-label or aria-labelledby). */
const UNLABELLED = `[...document.querySelectorAll("input, select, textarea")]
  .filter((el) => el.type !== "hidden" && el.labels.length === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
  .map((el) => el.outerHTML.slice(0, 120))`;

describe.skipIf(!hasChromium || !haveData)("the web page in headless Chromium, against the real server", () => {
  let tmp: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    buildWeb();
    expect(existsSync(join(WEB_DIST, "index.html")), "vite build wrote web/dist").toBe(true);
    tmp = await mkdtemp(join(tmpdir(), "aftershock-web-"));
    server = await serve({ host: "127.0.0.1", port: 0, store: join(tmp, "store.duckdb"), dataDir: shared("data"), newsDir: shared("news"), webDir: WEB_DIST });
    context = await chromium.launchPersistentContext(join(tmp, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    const origin = new URL(server.url).origin;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  let studyUrl = "";

  it("extracts the founding example's companies", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    // The first Tab reaches the skip link: keyboard users start with a way past the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.className")).toBe("skip-link");

    const example = page.getByLabel("Example article");
    await expect.poll(() => example.locator("option").count()).toBeGreaterThan(0);
    await example.selectOption("xi-meets-tech-bosses");
    await page.getByRole("button", { name: "Use example" }).click();
    await expect.poll(() => page.getByLabel("Article text").inputValue()).toContain("Xi Jinping");
    expect(await page.getByLabel("Publication date").inputValue()).toBe("2025-02-18");

    await page.getByRole("button", { name: "Extract companies" }).click();
    await page.getByRole("heading", { name: /Event and companies/ }).waitFor();
    expect(await page.getByLabel("Event date (day 0)").inputValue()).toBe("2025-02-17");
    const companies = page.locator("ul.companies > li");
    expect(await companies.count()).toBeGreaterThanOrEqual(8);
    const baidu = page.locator('li.company[data-entity="baidu"]');
    expect(await baidu.getByLabel("Role of Baidu").inputValue()).toBe("absent");
    expect(await baidu.locator(".chips").textContent()).toContain("9888.HK");
    expect((await baidu.locator(".evidence").first().textContent())?.length).toBeGreaterThan(20);
    expect(await page.evaluate(UNLABELLED)).toEqual([]);
    await page.screenshot({ path: screenshotPath("web-extract.png"), fullPage: true });
  }, 60_000);

  it("removes Tencent, runs the study and shows Baidu's row and the charts", async () => {
    await page.getByRole("button", { name: "Remove Tencent" }).click();
    expect(await page.locator('li.company[data-entity="tencent"]').count()).toBe(0);

    await page.getByRole("button", { name: "Run study", exact: true }).click();
    await page.waitForURL(/\/studies\/\d+$/, { timeout: 150_000 });
    studyUrl = page.url();
    await checkStudyPage(page);
    expect(await page.locator("#company-table").textContent()).not.toContain("Tencent");

    // The window switch redraws the bars from the study's CARs.
    await page.getByRole("radio", { name: "CAR [−1, +1]" }).check();
    await expect.poll(() => page.getByTestId("chart-bars").getAttribute("aria-label")).toMatch(/^Cumulative abnormal return over \[−1, \+1\]/);
    // Hiding a company takes it out of the charts' text alternatives.
    await page.getByRole("checkbox", { name: "Baidu (9888.HK)" }).uncheck();
    expect(await page.getByTestId("chart-bars").getAttribute("aria-label")).not.toContain("Baidu (9888.HK)");
    await page.getByRole("checkbox", { name: "Baidu (9888.HK)" }).check();
    await page.getByRole("radio", { name: "AR on day 0" }).check();

    // The export links answer with the study.
    const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const csv = await page.request.get(new URL(csvHref!, server.url).href);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("9888.HK");
    const jsonHref = await page.getByRole("link", { name: "Export JSON" }).getAttribute("href");
    expect((await page.request.get(new URL(jsonHref!, server.url).href)).status()).toBe(200);

    await page.getByRole("heading", { name: /Results/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("web-study.png"), fullPage: true });
  }, 180_000);

  it("marks a role read with little confidence for review, until the reader sets it", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page
      .getByLabel("Article text")
      .fill("Regulator fines Meituan\n\nThe market regulator fined Meituan 3 billion yuan on Friday. JD.com also sells groceries online.");
    await page.getByLabel("Publication date").fill("2021-10-11");
    await page.getByRole("button", { name: "Extract companies" }).click();
    await page.getByRole("heading", { name: /Event and companies/ }).waitFor();
    const jd = page.locator('li.company[data-entity="jd"]');
    expect(await jd.getByLabel("Role of JD.com").inputValue()).toBe("mentioned");
    expect(await jd.locator(".review-flag").count()).toBe(1);
    expect(await page.locator('li.company[data-entity="meituan"] .review-flag').count()).toBe(0);
    await jd.getByLabel("Role of JD.com").selectOption("target");
    expect(await jd.locator(".review-flag").count()).toBe(0);
  }, 60_000);

  it("reopens the study from its URL", async () => {
    expect(studyUrl).toMatch(/\/studies\/\d+$/);
    await page.goto(studyUrl, { waitUntil: "load" });
    await checkStudyPage(page);
    // The event editor comes back with the study's event, Tencent still removed.
    expect(await page.locator('li.company[data-entity="tencent"]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath("web-reload.png"), fullPage: false });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { name: /Results/ }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath("web-mobile.png"), fullPage: true });
    await expectFitsPhone(page);
  }, 60_000);

  it("refuses a bad event list with its line and column", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page
      .getByLabel("Event list (CSV)")
      .setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from("security,date\n9888.HK,2025-02-17\n9618.HK,2025-02-30\n") });
    await page.getByRole("button", { name: "Run study on the event list" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "upload/events.csv" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/line 3, column “date”/);
    // The browser logs the refusal (400) it was sent: expected here, and nowhere else.
    const refused = errors.findIndex((e) => e.includes("status of 400"));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
  }, 60_000);

  it("uploads a price file and studies an event list with the tests, convention, adjustment and bootstrap chosen", async () => {
    await page.getByLabel("Price files (CSV or Parquet)").setInputFiles(shared("data", "hk", "9888.HK.csv"));
    await page.getByRole("button", { name: "Import prices" }).click();
    const imported = page.getByRole("list", { name: "Imported price files" });
    await imported.waitFor();
    expect(await imported.textContent()).toContain("upload/9888.HK.csv");
    expect(await imported.locator(".field-error").count()).toBe(0);

    await page.getByLabel("Event list (CSV)").setInputFiles({ name: "tech-bosses.csv", mimeType: "text/csv", buffer: Buffer.from(EVENT_LIST) });
    await page.getByLabel("Convention").selectOption("estudy2");
    await page.getByRole("checkbox", { name: "generalized rank t (GRANK-T)" }).check();
    await page.getByRole("checkbox", { name: "bootstrapped skewness-adjusted t", exact: true }).check();
    await page.getByRole("checkbox", { name: /^Holm/ }).check();
    await page.getByLabel("Resamples").fill("199");
    await page.getByLabel("Seed").fill("7");
    await page.getByRole("button", { name: "Run study on the event list" }).click();
    await page.waitForURL(/\/studies\/\d+$/, { timeout: 150_000 });
    await page.getByRole("heading", { name: /Results/ }).waitFor();

    expect(await page.locator(".study-title").textContent()).toContain("upload/tech-bosses.csv");
    const baidu = page.locator('#event-table tr[data-event="baidu"]');
    expect(await baidu.textContent()).toContain("2025-02-17");
    expect(await page.locator("#event-table tbody tr").count()).toBe(5);
    const all = page.locator('table.group-table[data-group="all"]');
    const grank = all.locator('tr[data-test="grank-t"]');
    expect(await grank.count()).toBe(1);
    // The report's formats: 3-decimal statistics, 4-decimal p-values, the Holm-adjusted one beneath.
    expect(await grank.locator("td").first().textContent()).toMatch(/^-?\d+\.\d{3}(\*{1,3} \(significant at \d+ %\))?$/);
    expect(await grank.locator("td").nth(1).textContent()).toMatch(/^(\d\.\d{4}|<0\.0001)Holm (\d\.\d{4}|<0\.0001)$/);
    expect(await all.locator('tr[data-test="bootstrap-skewness-adjusted-t"] td').first().getAttribute("title")).toBe("199 bootstrap resamples, seed 7");
    expect(await page.locator("table.group-table").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".method").textContent()).toContain("estudy2");
    // The settings come back with the stored study.
    expect(await page.getByLabel("Convention").inputValue()).toBe("estudy2");
    expect(await page.getByLabel("Resamples").inputValue()).toBe("199");
    await page.screenshot({ path: screenshotPath("web-event-list.png"), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath("web-event-list-mobile.png"), fullPage: true });
    await expectFitsPhone(page);

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  }, 180_000);
});

/** An event list of the founding case: who was at Xi's meeting and who was not. */
const EVENT_LIST = `id,security,date,group
baidu,9888.HK,2025-02-17,absent
jd,9618.HK,2025-02-17,absent
tencent,0700.HK,2025-02-17,present
alibaba,9988.HK,2025-02-17,present
xiaomi,1810.HK,2025-02-17,present
`;

/**
 * At a phone's width nothing is wider than the page: the document does not scroll sideways, no element
 * outside a table's own scroll box reaches past the right edge, and each chart fits its column.
 */
async function expectFitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate("window.innerWidth");
  expect(width).toBe(390);
  expect(await page.evaluate(OVERFLOWING)).toEqual([]);
  expect(await page.evaluate("document.documentElement.scrollWidth"), "no sideways scrolling on a phone").toBeLessThanOrEqual(width as number);
  // Each chart is drawn within its figure, not wider and scrolled.
  for (const figure of await page.locator("figure.figure").all()) {
    const inner = await figure.evaluate((el) => el.clientWidth);
    const canvas = await figure.locator("canvas").first().boundingBox();
    expect(canvas?.width).toBeGreaterThan(200);
    expect(canvas!.width).toBeLessThanOrEqual(inner);
  }
}

/** Elements reaching past the window's right edge, outside the boxes that scroll on their own. */
const OVERFLOWING = `[...document.querySelectorAll("body *")]
  .filter((el) => !el.closest(".table-scroll, .sr-only") && el.getBoundingClientRect().width > 0)
  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
  .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") + " “" + (el.textContent ?? "").trim().slice(0, 40) + "” " + Math.round(el.getBoundingClientRect().right))`;

/** What a stored study's page shows: the headline, Baidu's Hong Kong row, the tables and drawn charts. */
async function checkStudyPage(page: Page): Promise<void> {
  await page.getByRole("heading", { name: /Results/ }).waitFor({ timeout: 60_000 });
  expect((await page.getByTestId("headline").textContent())?.length).toBeGreaterThan(20);
  const baidu = page.locator('#company-table tr[data-security="9888.HK"]');
  await baidu.waitFor();
  const row = (await baidu.textContent()) ?? "";
  expect(row).toContain("Baidu");
  expect(row).toContain("2025-02-17");
  expect(row).toMatch(/−\d\.\d\d%/);
  expect(await page.locator("table.group-table").count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator("table.comparison-table").count()).toBeGreaterThanOrEqual(1);
  for (const key of ["car-paths", "bars", "group-caar"]) {
    const chart = page.getByTestId(`chart-${key}`);
    const canvas = chart.locator("canvas, svg").first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width, key).toBeGreaterThan(300);
    expect(box?.height, key).toBeGreaterThan(150);
    expect(await chart.getAttribute("aria-label"), key).toMatch(/\d\.\d\d%/);
  }
  expect(await page.getByTestId("chart-bars").getAttribute("aria-label")).toContain("Baidu (9888.HK)");
}

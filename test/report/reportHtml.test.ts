import { beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/html/htmlText.js";
import { reportHtml } from "../../src/report/html/reportHtml.js";
import type { ReportInput } from "../../src/report/html/reportInput.js";
import { hasShared } from "../support/paths.js";
import { estudy2ReportInput } from "./estudy2Report.js";
import { syntheticStudy, SYNTHETIC_LABELS } from "./syntheticStudy.js";

const INJECTED = `<script>alert('x')</script>`;

function synthetic(): ReportInput {
  return {
    title: `Baidu robotaxi news ${INJECTED}`,
    result: syntheticStudy(),
    labels: SYNTHETIC_LABELS,
    source: { name: `Wire <img src=x onerror=alert(1)>`, url: "javascript:alert(1)", excerpt: `"Quoted" </blockquote><script>bad()</script>` },
    companies: [
      { name: "百度 Baidu", role: "present", securities: ["9888.HK", "BIDU"] },
      { name: INJECTED, role: "absent", securities: ["GHOST"], note: "<b>no data</b>" },
    ],
    pairs: [{ company: "百度 Baidu", rows: ["baidu-hk", "baidu-us"] }],
  };
}

/**
 * No external reference a page could load: scripts, stylesheets, images, frames, fonts, imports (in
 * tags; text content is escaped, so a `<` there never opens one). Links (`<a href>`) are removed first.
 */
function expectSelfContained(page: string): void {
  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<link/i);
  expect(page).not.toMatch(/<[^>]*\ssrc\s*=/i);
  expect(page).not.toContain('src="http');
  expect(page).not.toMatch(/<(iframe|object|embed|img|image|use)\b/i);
  expect(page).not.toMatch(/@import|url\(\s*["']?(https?:|\/\/)/i);
  expect(page).not.toMatch(/(xlink:)?href="(?!https?:\/\/cran\.r-project\.org|#)[^"]*"/);
}

describe("reportHtml (synthetic study)", () => {
  const input = synthetic();
  const page = reportHtml(input);

  it("is self-contained: no scripts, no linked styles, fonts or images", () => {
    expectSelfContained(page.replace(/<a href="https:\/\/[^"]*"/g, ""));
  });

  it("escapes every text from the input", () => {
    expect(page).not.toContain(INJECTED);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>no data</b>");
    expect(page).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(page).toContain("&lt;/blockquote&gt;&lt;script&gt;bad()&lt;/script&gt;");
    // A javascript: URL is shown as text, never linked.
    expect(page).not.toContain('href="javascript');
  });

  it("has the sections, captions, lang and the three charts inlined with text alternatives", () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    for (const h of ["The event and its source", "Conventions used", "Per company", "Per group", "Group differences", "Charts", "Methods"]) {
      expect(page).toContain(`>${h}</h2>`);
    }
    expect(page.match(/<caption>/g)!.length).toBeGreaterThanOrEqual(1 + 1 + 5 + 6);
    expect(page.match(/<figure /g)).toHaveLength(3);
    expect(page.match(/<svg role="img" aria-label="/g)).toHaveLength(3);
    expect(page).toContain("Noto Sans CJK SC");
    expect(page).toContain("百度 Baidu (9888.HK)");
    expect(page).toMatch(/In numbers: Cumulative abnormal return from day 0 to day \+5 for 7 measured events/);
  });

  it("shows unmeasured events with their plain reason and a computed headline when none is given", () => {
    expect(page).toContain("Not measured: no returns for security &quot;GHOST&quot;");
    expect(page).toMatch(/Across 7 measured stocks, the average abnormal return on the day of the news was \+\d\.\d\d%/);
  });

  it("lists every test used with its citation, and the group differences' three tests", () => {
    for (const t of input.result.conventions.tests) {
      expect(page).toContain(`<strong>${escapeHtml(t.label)}</strong> (<code>${t.name}</code>): ${escapeHtml(t.citation)}`);
    }
    expect(page).toContain("“present” minus “absent”: difference of mean CAR");
    expect(page).toContain("p (permutation)");
  });

  it("states the price feed of each symbol when the input gives them, and nothing when it does not", () => {
    expect(reportHtml({ ...synthetic(), priceSources: { BIDU: "us/BIDU.csv", "9888.HK": "hk/9888.HK.csv" } })).toContain(
      "<dt>Prices</dt><dd>read from the feed with the most days per symbol: 9888.HK hk/9888.HK.csv, BIDU us/BIDU.csv</dd>",
    );
    expect(reportHtml(synthetic())).not.toContain("<dt>Prices</dt>");
  });
  it("keeps each chart's ids distinct", () => {
    const classes = new Set([...page.matchAll(/class="(chart-[a-z0-9-]+?)-cls/g)].map((m) => m[1]));
    expect(classes).toEqual(new Set(["chart-car-paths", "chart-day0-ar", "chart-group-caar"]));
  });
});

describe.skipIf(!hasShared)("reportHtml (estudy2 example through the engine)", () => {
  let input: ReportInput;
  let page: string;
  beforeAll(async () => {
    input = await estudy2ReportInput();
    page = reportHtml(input);
  });

  it("renders every group, the headline given, and the source link", () => {
    expect(page).toContain("Stay-at-home stocks beat the market");
    expect(page).toContain('<a href="https://cran.r-project.org/package=estudy2" rel="noopener noreferrer">estudy2 documentation</a>');
    for (const g of input.result.groups.filter((x) => x.measured > 0)) expect(page).toContain(`data-group="${g.group}"`);
    expect(page).toContain("亚马逊 Amazon");
    expect(page).not.toContain("<script>alert");
    expectSelfContained(page.replace(/<a href="https:\/\/[^"]*"/g, ""));
  });
});

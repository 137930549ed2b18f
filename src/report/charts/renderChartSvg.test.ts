import { describe, expect, it } from "vitest";
import { syntheticStudy, SYNTHETIC_LABELS } from "../../../test/report/syntheticStudy.js";
import { carPathsChartOptions } from "./carPathsChart.js";
import { day0BarChartOptions } from "./day0BarChart.js";
import { groupCaarChartOptions } from "./groupCaarChart.js";
import { renderChartSvg } from "./renderChartSvg.js";

const result = syntheticStudy();

describe("renderChartSvg", () => {
  it("renders the CAR paths with axis names, day labels and Chinese event names as SVG text", () => {
    const svg = renderChartSvg(carPathsChartOptions(result, SYNTHETIC_LABELS), { width: 960, height: 540 });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).toContain('width="960"');
    expect(svg).toMatch(/<text[^>]*>event day \(trading days relative to day 0\)<\/text>/);
    expect(svg).toMatch(/<text[^>]*>cumulative abnormal return<\/text>/);
    expect(svg).toMatch(/<text[^>]*>百度 Baidu \(9888\.HK\)<\/text>/);
    expect(svg).toMatch(/<text[^>]*>\+5<\/text>/);
    expect(svg).toContain("Noto Sans CJK SC");
  });

  it("renders the day-0 bars and group CAAR charts with their titles and legends", () => {
    const bars = renderChartSvg(day0BarChartOptions(result, SYNTHETIC_LABELS), { width: 960, height: 400 });
    expect(bars).toMatch(/<text[^>]*>阿里巴巴 \(9988\.HK\)<\/text>/);
    expect(bars).toMatch(/<text[^>]*>Abnormal return on day 0<\/text>/);
    const caar = renderChartSvg(groupCaarChartOptions(result), { width: 960, height: 480 });
    expect(caar).toMatch(/<text[^>]*>all events \(n=7\)<\/text>/);
    expect(caar).toMatch(/<text[^>]*>present \(n=3\)<\/text>/);
  });

  it("escapes names, prefixes ids and sets the accessible name", () => {
    const labels = { ...SYNTHETIC_LABELS, "baidu-hk": '<script>alert("x")</script>' };
    const svg = renderChartSvg(carPathsChartOptions(result, labels), { width: 800, height: 500, idPrefix: "car", description: 'CAR of "<b>"' });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg.startsWith('<svg role="img" aria-label="CAR of &quot;&lt;b&gt;&quot;" ')).toBe(true);
    expect(svg).not.toMatch(/["#.]zr\d+-/);
    expect(svg).toContain('class="car-');
  });
});

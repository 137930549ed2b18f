import { describe, expect, it } from "vitest";
import { syntheticStudy, SYNTHETIC_LABELS } from "../../../test/report/syntheticStudy.js";
import { carPathsChartOptions } from "./carPathsChart.js";
import { renderChartSvg } from "./renderChartSvg.js";
import { svgToPng } from "./svgToPng.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("svgToPng", () => {
  it("rasterises a chart to a PNG of the asked width", async () => {
    const svg = renderChartSvg(carPathsChartOptions(syntheticStudy(), SYNTHETIC_LABELS), { width: 960, height: 540 });
    const png = await svgToPng(svg, { width: 1440 });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(png.readUInt32BE(20)).toBe(810);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("keeps the SVG's own size by default", async () => {
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>');
    expect(png.readUInt32BE(16)).toBe(40);
    expect(png.readUInt32BE(20)).toBe(30);
  });
});

import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studyCsv } from "../../src/report/studyCsv.js";
import { writeReport } from "../../src/report/writeReport.js";
import { syntheticStudy, SYNTHETIC_LABELS } from "./syntheticStudy.js";

describe("writeReport", () => {
  it("writes the page, the result as JSON and CSV, and each chart as SVG and PNG", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "aftershock-report-")), "nested");
    const result = syntheticStudy();
    const files = await writeReport(dir, { title: "Synthetic", result, labels: SYNTHETIC_LABELS });

    expect(files.html).toBe(join(dir, "report.html"));
    expect(await readFile(files.html, "utf8")).toContain("<h1>Synthetic</h1>");
    expect(JSON.parse(await readFile(files.json, "utf8"))).toEqual(JSON.parse(JSON.stringify(result)));
    // With a byte-order mark, for Excel.
    expect(await readFile(files.csv, "utf8")).toBe(`\uFEFF${studyCsv(result)}`);

    expect(Object.keys(files.charts).sort()).toEqual(["car-paths", "day0-ar", "group-caar"]);
    for (const [key, paths] of Object.entries(files.charts)) {
      expect(paths.svg).toBe(join(dir, `${key}.svg`));
      const svg = await readFile(paths.svg, "utf8");
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
      const png = await readFile(paths.png);
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.readUInt32BE(16)).toBe(1920);
      expect((await stat(paths.png)).size).toBeGreaterThan(20_000);
    }
    expect(await readFile(files.charts["car-paths"].svg, "utf8")).toContain("百度 Baidu (9888.HK)");
  });
});

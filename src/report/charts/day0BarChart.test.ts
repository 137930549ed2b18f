import type { BarSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import { syntheticStudy, SYNTHETIC_LABELS } from "../../../test/report/syntheticStudy.js";
import { day0BarChartOptions, day0SeriesId } from "./day0BarChart.js";
import { ROLE_COLORS } from "./groupPalette.js";

const result = syntheticStudy();
const options = day0BarChartOptions(result, SYNTHETIC_LABELS);
const series = options.series as BarSeriesOption[];
const categories = (options.yAxis as { data: string[] }).data;

type Item = { value: number; itemStyle: { color: string } } | null;

describe("day0BarChartOptions", () => {
  it("has one bar series per group, coloured by role", () => {
    expect(series.map((s) => s.id)).toEqual(["present", "target", "mentioned", "absent"].map(day0SeriesId));
    for (const s of series) {
      expect(s.color).toBe(ROLE_COLORS[String(s.name)]);
      for (const item of s.data as Item[]) if (item) expect(item.itemStyle.color).toBe(ROLE_COLORS[String(s.name)]);
    }
  });

  it("gives each measured event exactly one bar, sorted so the largest day-0 AR is on top", () => {
    expect(categories).toHaveLength(7);
    const values = categories.map((_, i) => {
      const hits = series.map((s) => (s.data as Item[])[i]).filter((x): x is NonNullable<Item> => x !== null);
      expect(hits).toHaveLength(1);
      return hits[0]!.value;
    });
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    const top = result.events.find((e) => SYNTHETIC_LABELS[e.id] === categories[categories.length - 1])!;
    expect(values[values.length - 1]).toBeCloseTo(top.days.find((d) => d.day === 0)!.ar * 100, 3);
  });
});

import type { LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import { syntheticStudy } from "../../../test/report/syntheticStudy.js";
import { caarSeriesId, groupCaarChartOptions } from "./groupCaarChart.js";
import { ALL_COLOR, ROLE_COLORS } from "./groupPalette.js";

const result = syntheticStudy();
const options = groupCaarChartOptions(result);
const series = options.series as LineSeriesOption[];

describe("groupCaarChartOptions", () => {
  it("draws one line per group with measured events, the all-events line first in near-black", () => {
    expect(series.map((s) => s.id)).toEqual(result.groups.map((g) => caarSeriesId(g.group)));
    expect(series[0]!.color).toBe(ALL_COLOR);
    expect(series[0]!.name).toBe("all events (n=7)");
    for (const s of series.slice(1)) expect(s.color).toBe(ROLE_COLORS[String(s.id).slice("caar:".length)]);
  });

  it("cumulates the group's AARs over the span, in percent", () => {
    const g = result.groups.find((x) => x.group === "present")!;
    const data = (series.find((s) => s.id === caarSeriesId("present"))!.data as unknown[]).map((v) => (typeof v === "number" ? v : (v as { value: number }).value));
    let sum = 0;
    g.days.forEach((d, i) => {
      sum += d.aar;
      expect(data[i]).toBeCloseTo(sum * 100, 3);
    });
    // Under the textbook convention the [0,+5] CAAR is the sum of those days' AARs.
    const w = g.windows.find((x) => x.window[0] === 0 && x.window[1] === 5)!;
    expect(data[data.length - 1]! - data[0]!).toBeCloseTo(w.caar * 100, 3);
  });
});

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

  it("cumulates the group's AARs from the first day of the window that ends last, in percent, so its values are the table's CAARs", () => {
    const g = result.groups.find((x) => x.group === "present")!;
    const data = (series.find((s) => s.id === caarSeriesId("present"))!.data as unknown[]).map((v) => (typeof v === "number" ? v : (v as { value: number }).value));
    expect(data[0]).toBe(0); // day -1, before the window [0,+5]
    let sum = 0;
    g.days.slice(1).forEach((d, k) => {
      sum += d.aar;
      expect(data[k + 1]).toBeCloseTo(sum * 100, 3);
    });
    // Under the textbook convention the CAAR is the sum of the window's AARs.
    const caar = (a: number, b: number) => g.windows.find((x) => x.window[0] === a && x.window[1] === b)!.caar * 100;
    expect(data[1]).toBeCloseTo(caar(0, 0), 3);
    expect(data[data.length - 1]).toBeCloseTo(caar(0, 5), 3);
  });
});

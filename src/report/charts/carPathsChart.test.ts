import type { LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import { syntheticStudy, SYNTHETIC_GROUPS, SYNTHETIC_LABELS } from "../../../test/report/syntheticStudy.js";
import { carBandLowerId, carBandWidthId, carLineId, carPathsChartOptions } from "./carPathsChart.js";
import { ROLE_COLORS } from "./groupPalette.js";

const result = syntheticStudy();
const options = carPathsChartOptions(result, SYNTHETIC_LABELS);
const series = options.series as LineSeriesOption[];
const byId = (id: string): LineSeriesOption => series.find((s) => s.id === id)!;

describe("carPathsChartOptions", () => {
  it("draws a line and a two-part band for each measured event and nothing for the unmeasured one", () => {
    const measured = result.events.filter((e) => e.status === "ok");
    expect(measured).toHaveLength(7);
    for (const e of measured) {
      expect(byId(carLineId(e.id))).toBeDefined();
      expect(byId(carBandLowerId(e.id))).toBeDefined();
      expect(byId(carBandWidthId(e.id))).toBeDefined();
    }
    expect(series).toHaveLength(3 * measured.length);
    expect(series.some((s) => String(s.id).endsWith(":ghost"))).toBe(false);
  });

  it("colours every series of an event by its group and names it after the group (the legend)", () => {
    for (const [group, ids] of Object.entries(SYNTHETIC_GROUPS)) {
      for (const id of ids) {
        expect(byId(carLineId(id)).color).toBe(ROLE_COLORS[group]);
        expect(byId(carLineId(id)).name).toBe(group);
        expect(byId(carBandWidthId(id)).color).toBe(ROLE_COLORS[group]);
      }
    }
    expect((options.legend as { data: string[] }).data).toEqual(["present", "target", "mentioned", "absent"]);
  });

  it("cumulates ARs from the first day of the window that ends last ([0,+5]), in percent, with a ±1.96·√ΣVar band", () => {
    const e = result.events.find((x) => x.id === "baidu-hk")!;
    const line = (byId(carLineId(e.id)).data as unknown[]).map((v) => (typeof v === "number" ? v : (v as { value: number }).value));
    const lower = byId(carBandLowerId(e.id)).data as number[];
    const width = byId(carBandWidthId(e.id)).data as number[];
    expect(e.days[0]!.day).toBe(-1);
    expect(line[0]).toBe(0); // the day before the window: nothing cumulated yet
    let car = 0;
    let variance = 0;
    e.days.slice(1).forEach((d, k) => {
      const i = k + 1;
      car += d.ar;
      variance += d.se ** 2;
      expect(line[i]).toBeCloseTo(car * 100, 3);
      expect(lower[i]).toBeCloseTo((car - 1.96 * Math.sqrt(variance)) * 100, 3);
      expect(width[i]).toBeCloseTo(2 * 1.96 * Math.sqrt(variance) * 100, 3);
    });
    // The numbers match the tables: day 0 is CAR[0,0], day +5 is CAR[0,+5].
    const table = (a: number, b: number) => e.windows.find((w) => w.window[0] === a && w.window[1] === b)!.car * 100;
    expect(line[1]).toBeCloseTo(table(0, 0), 3);
    expect(line[line.length - 1]).toBeCloseTo(table(0, 5), 3);
  });

  it("labels each line with the event's display name, x by event day, y in percent", () => {
    const lastPoint = (s: LineSeriesOption) => (s.data as unknown[]).at(-1) as { label: { formatter: string } };
    expect(lastPoint(byId(carLineId("baidu-hk"))).label).toMatchObject({ show: true, formatter: "百度 Baidu (9888.HK)" });
    expect((options.xAxis as { data: string[] }).data).toEqual(["-1", "0", "+1", "+2", "+3", "+4", "+5"]);
    expect(options.yAxis).toMatchObject({ axisLabel: { formatter: "{value}%" } });
  });

  it("defaults labels to the security and stays plain JSON (shared with the browser app)", () => {
    const plain = carPathsChartOptions(result);
    const line = (plain.series as LineSeriesOption[]).find((s) => s.id === carLineId("baidu-hk"))!;
    expect((line.data as unknown[]).at(-1)).toMatchObject({ label: { formatter: "9888.HK" } });
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

import type { BarSeriesOption, LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import {
  barRows,
  barsHeight,
  barsOption,
  barsSummary,
  carPathsSummary,
  eventLabels,
  fitToWidth,
  groupCaarSummary,
  legendGroups,
  legendSelection,
  measuredEvents,
  withoutEvents,
} from "../../web/src/charts.js";
import { storedStudy } from "./fixture.js";

const study = storedStudy();
const seriesOf = <T>(o: { series?: unknown }): T[] => o.series as T[];

describe("the page's use of the server's charts", () => {
  it("labels each event with its company and security", () => {
    const labels = eventLabels(study);
    expect(labels.get("baidu@9888.HK")).toBe("Baidu (9888.HK)");
    expect(labels.get("baidu@BIDU")).toBe("Baidu (BIDU)");
    expect(measuredEvents(study.result).map((e) => e.id)).not.toContain("ghost@GHOST");
  });

  it("takes the bars of day 0 and of each window from the study's numbers", () => {
    const day0 = barRows(study, { kind: "day0" });
    expect(day0).toHaveLength(7);
    expect(day0.map((r) => r.value)).toEqual([...day0.map((r) => r.value)].sort((a, b) => a - b));
    const baidu = study.result.events.find((e) => e.id === "baidu@9888.HK")!;
    const row = day0.find((r) => r.id === "baidu@9888.HK")!;
    expect(row.value).toBe(baidu.days.find((d) => d.day === 0)!.ar);
    expect(row.p).toBe(baidu.windows[0]!.pValue);
    expect(row.group).toBe("present");

    const car = barRows(study, { kind: "car", window: [0, 5] });
    expect(car.find((r) => r.id === "baidu@9888.HK")!.value).toBe(baidu.windows.find((w) => w.window[1] === 5)!.car);
    expect(barRows(study, { kind: "car", window: [-9, 9] })).toEqual([]);
    expect(barRows(study, { kind: "day0" }, new Set(["baidu@9888.HK"])).map((r) => r.id)).not.toContain("baidu@9888.HK");
  });

  it("re-makes the day-0 bars as the server draws them, and other windows in the same look", () => {
    const server = study.charts.day0;
    const same = barsOption(server, study, { kind: "day0" });
    expect((same.yAxis as { data: string[] }).data).toEqual((server.yAxis as { data: string[] }).data);
    const serverSeries = seriesOf<BarSeriesOption>(server);
    const sameSeries = seriesOf<BarSeriesOption>(same);
    expect(sameSeries.map((s) => s.name)).toEqual(serverSeries.map((s) => s.name));
    expect(sameSeries.map((s) => s.color)).toEqual(serverSeries.map((s) => s.color));
    expect(sameSeries.map((s) => (s.data as ({ value: number } | null)[]).map((d) => d?.value ?? null))).toEqual(
      serverSeries.map((s) => (s.data as ({ value: number } | null)[]).map((d) => d?.value ?? null)),
    );
    expect(sameSeries[0]!.markLine).toEqual(serverSeries[0]!.markLine);

    const window = barsOption(server, study, { kind: "car", window: [-1, 1] }, new Set(["tencent@0700.HK"]));
    expect((window.title as { text: string }).text).toBe("Cumulative abnormal return over [−1, +1]");
    const categories = (window.yAxis as { data: string[] }).data;
    expect(categories).toHaveLength(6);
    expect(categories).not.toContain("Tencent (0700.HK)");
    for (const s of seriesOf<BarSeriesOption>(window)) expect(s.data).toHaveLength(6);
    expect(barsHeight(6)).toBe(330);
    expect(barsHeight(1)).toBe(320);
  });

  it("hides an event's line and band and keeps the reference lines", () => {
    const all = seriesOf<LineSeriesOption>(study.charts.carPaths);
    const first = all.find((s) => String(s.id).startsWith("car:"))!;
    expect(first.markLine).toBeDefined();
    const hidden = String(first.id).slice(4);
    const kept = seriesOf<LineSeriesOption>(withoutEvents(study.charts.carPaths, new Set([hidden])));
    expect(kept).toHaveLength(all.length - 3);
    expect(kept.some((s) => String(s.id).endsWith(`:${hidden}`))).toBe(false);
    const lines = kept.filter((s) => String(s.id).startsWith("car:"));
    expect(lines[0]!.markLine).toEqual(first.markLine);
    expect(lines.slice(1).every((s) => s.markLine === undefined)).toBe(true);
    expect(withoutEvents(study.charts.carPaths, new Set())).toBe(study.charts.carPaths);
  });

  it("maps legend entries to groups, the CAAR chart's counted names included", () => {
    const caar = legendGroups(study.charts.groupCaar);
    expect(caar.get("present (n=3)")).toBe("present");
    expect(caar.get("all events (n=7)")).toBe("all");
    expect(legendSelection(study.charts.groupCaar, new Set(["absent"]))).toMatchObject({ "present (n=3)": true, "absent (n=2)": false });
    expect(legendSelection(study.charts.day0, new Set(["target"]))).toEqual({ present: true, absent: true, mentioned: true, target: false });
  });

  it("summarises each chart in words, with numbers", () => {
    const paths = carPathsSummary(study);
    expect(paths).toMatch(/^Cumulative abnormal return from day 0 to day \+5, largest first: /);
    expect(paths).toContain("Baidu (9888.HK) (present) +");
    // The numbers are the table's CAR[0,+5].
    const baidu = study.result.events.find((e) => e.security === "9888.HK")!;
    const car05 = baidu.windows.find((w) => w.window[0] === 0 && w.window[1] === 5)!.car!;
    expect(paths).toContain(`Baidu (9888.HK) (present) +${(car05 * 100).toFixed(2)}%`);
    expect(carPathsSummary(study, new Set(["baidu@9888.HK"]))).not.toContain("Baidu (9888.HK)");
    const rows = barRows(study, { kind: "day0" });
    const bars = barsSummary(rows, { kind: "day0" });
    expect(bars.indexOf(rows.at(-1)!.label)).toBeLessThan(bars.indexOf(rows[0]!.label));
    expect(bars).toMatch(/p [=<] /);
    expect(barsSummary([], { kind: "day0" })).toBe("No company could be measured.");
    expect(groupCaarSummary(study.result)).toMatch(/all events \(7 measured\) [+−]\d+\.\d\d% by day 0, [+−]\d+\.\d\d% by day \+5/);
  });
});

describe("charts fitted to a phone's column", () => {
  const first = (x: unknown): Record<string, unknown> => (Array.isArray(x) ? x[0] : x) as Record<string, unknown>;

  it("leaves a wide chart as the server laid it out", () => {
    expect(fitToWidth(study.charts.carPaths, 900)).toEqual({ option: study.charts.carPaths, extraHeight: 0 });
  });

  it("wraps the title, keeps margins within 40 % of the width, wraps end labels, and grows by the lines added", () => {
    const { option, extraHeight } = fitToWidth(study.charts.carPaths, 340);
    const grid = first(option.grid);
    expect(grid["right"]).toBeLessThanOrEqual(136);
    expect(grid["left"]).toBeLessThanOrEqual(136);
    expect(first(option.title)["subtextStyle"]).toMatchObject({ width: 308, overflow: "break" });
    // The long subtitle takes more than one line: the plot moves down by what the chart grows.
    expect(extraHeight).toBeGreaterThan(0);
    expect(grid["top"]).toBe((first(study.charts.carPaths.grid)["top"] as number) + extraHeight);
    const labels = seriesOf<LineSeriesOption>(option).flatMap((x) =>
      (x.data as unknown[]).filter((d): d is { label: Record<string, unknown> } => typeof d === "object" && d !== null && "label" in d),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const d of labels) expect(d.label).toMatchObject({ width: 120, overflow: "break" });
  });

  it("gives bars' labels room inside the plot on both sides", () => {
    const bars = barsOption(study.charts.day0, study, { kind: "day0" });
    const values = seriesOf<BarSeriesOption>(bars).flatMap((x) => (x.data as ({ value: number } | null)[]).filter((d) => d !== null).map((d) => d!.value));
    const { option } = fitToWidth(bars, 340);
    const x = first(option.xAxis);
    expect(x["min"]).toBeLessThan(Math.min(...values));
    expect(x["max"]).toBeGreaterThan(Math.max(...values));
    expect(first(option.grid)["right"]).toBe(8);
  });
});

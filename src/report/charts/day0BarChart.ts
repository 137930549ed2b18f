import type { BarSeriesOption, EChartsOption } from "echarts";
import { percent, stars } from "../format.js";
import type { EventResult, StudyResult } from "../../study/results.js";
import { baseChartOptions, GRID_LINE_COLOR, labelWidth, MUTED_TEXT_COLOR, pct, TEXT_COLOR } from "./chartStyle.js";
import { chartText, eventLabelMap, type EventLabels } from "./eventLabels.js";
import { measuredEvents } from "./eventPaths.js";
import { eventGroup, groupColors } from "./groupPalette.js";

/** Series id of one group's bars. */
export const day0SeriesId = (group: string): string => `day0:${group}`;

/** The day-0 abnormal return of an event, and the p-value of its [0,0] window when the study has one. */
export function day0Ar(e: EventResult): { ar: number; t: number; p?: number } | undefined {
  const d = e.days.find((x) => x.day === 0);
  if (!d) return undefined;
  const w = e.windows.find((x) => x.window[0] === 0 && x.window[1] === 0);
  return { ar: d.ar, t: d.t, ...(w ? { p: w.pValue } : {}) };
}

/** Height that gives each bar a readable row; use it as the render height of this chart. */
export function day0BarChartHeight(result: StudyResult): number {
  return Math.max(320, 150 + 30 * measuredEvents(result).filter((e) => day0Ar(e)).length);
}

/**
 * Horizontal bars of each measured event's day-0 AR, largest on top, coloured by group. Horizontal so
 * long company names fit as axis labels; one series per group (overlaid with barGap -100 %, each event
 * has a value in exactly one) so the legend names the groups. Each bar is labelled with its value and,
 * when the study has a [0,0] window, significance stars from that window's test.
 */
export function day0BarChartOptions(result: StudyResult, labels: EventLabels = {}): EChartsOption {
  const names = eventLabelMap(result, labels);
  const colors = groupColors(result);
  const rows = measuredEvents(result)
    .map((e) => ({ e, d0: day0Ar(e) }))
    .filter((r): r is { e: EventResult; d0: NonNullable<ReturnType<typeof day0Ar>> } => r.d0 !== undefined)
    // Category axes run bottom to top: ascending order puts the largest AR on top.
    .sort((a, b) => a.d0.ar - b.d0.ar);
  const categories = rows.map((r) => chartText(names.get(r.e.id) ?? r.e.security, 32));
  const groups = [...colors.keys()].filter((g) => rows.some((r) => eventGroup(r.e) === g));
  const hasStars = rows.some((r) => r.d0.p !== undefined);

  const series: BarSeriesOption[] = groups.map((g) => {
    const color = colors.get(g)!;
    return {
      type: "bar",
      id: day0SeriesId(g),
      name: g,
      color,
      barGap: "-100%",
      barCategoryGap: "35%",
      data: rows.map((r) =>
        eventGroup(r.e) === g
          ? {
              value: pct(r.d0.ar),
              itemStyle: { color },
              label: {
                show: true,
                position: r.d0.ar >= 0 ? "right" : "left",
                formatter: percent(r.d0.ar) + (r.d0.p === undefined ? "" : stars(r.d0.p)),
                color: "#222222",
                fontSize: 12,
              },
            }
          : null,
      ),
    };
  });
  if (series[0]) {
    series[0].markLine = { silent: true, symbol: "none", label: { show: false }, lineStyle: { color: MUTED_TEXT_COLOR, width: 1 }, data: [{ xAxis: 0 }] };
  }
  const longest = Math.max(0, ...categories.map((c) => labelWidth(c)));
  return {
    ...baseChartOptions(
      "Abnormal return on day 0",
      rows.length === 0 ? "No event could be measured." : hasStars ? "* p < 0.10, ** p < 0.05, *** p < 0.01 (each event's [0,0] test)" : undefined,
    ),
    legend: { top: 58, left: 16, data: groups, textStyle: { fontSize: 13 }, itemGap: 24 },
    grid: { top: 100, left: Math.min(280, 24 + longest), right: 72, bottom: 56 },
    tooltip: { trigger: "item" },
    // Room beyond the longest bars on both sides for their value labels.
    xAxis: {
      type: "value",
      name: "abnormal return on day 0",
      nameLocation: "middle",
      nameGap: 30,
      nameTextStyle: { fontSize: 13, color: TEXT_COLOR },
      boundaryGap: ["12%", "12%"],
      axisLabel: { formatter: "{value}%", color: MUTED_TEXT_COLOR },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    yAxis: { type: "category", data: categories, axisTick: { show: false }, axisLabel: { color: "#222222", fontSize: 12 }, axisLine: { show: false } },
    series,
  };
}

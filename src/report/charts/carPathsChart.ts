import type { EChartsOption, LineSeriesOption } from "echarts";
import type { StudyResult } from "../../study/results.js";
import { bandSeries, baseChartOptions, dayCategory, eventDayAxis, labelWidth, MUTED_TEXT_COLOR, pct, percentAxis, withEndLabel } from "./chartStyle.js";
import { endLabelOffsets, niceExtent } from "./endLabelLayout.js";
import { chartText, eventLabelMap, type EventLabels } from "./eventLabels.js";
import { cumulationStart, spanDays } from "../../shared/eventSpan.js";
import { carPath, measuredEvents } from "./eventPaths.js";
import { eventGroup, groupColors } from "./groupPalette.js";

/** Series ids of the CAR paths chart, so tests and the browser app can find an event's line and band. */
export const carLineId = (eventId: string): string => `car:${eventId}`;
export const carBandLowerId = (eventId: string): string => `band-lower:${eventId}`;
export const carBandWidthId = (eventId: string): string => `band-width:${eventId}`;

/** The height the chart is laid out for (end labels are spaced in pixels of this height). */
export const CAR_PATHS_HEIGHT = 540;

const GRID = { top: 100, bottom: 60 };

/**
 * Each measured event's CAR over event time (cumulated from the span's first day), coloured by its group,
 * with a shaded 95 % band of ±1.96·√(Σ Var(AR_t)) over the cumulated days. The band leaves out the
 * covariance between days that estimation error in the model's parameters induces: it is a reading aid,
 * the window tests use the full variance.
 *
 * Every series of one group carries the group's name, so the legend lists groups (and, in the browser,
 * toggles a whole group); each line is named at its last point with the event's label.
 */
export function carPathsChartOptions(result: StudyResult, labels: EventLabels = {}, height = CAR_PATHS_HEIGHT): EChartsOption {
  const days = spanDays(result);
  const names = eventLabelMap(result, labels);
  const colors = groupColors(result);
  const from = cumulationStart(result);
  const paths = measuredEvents(result).map((e) => carPath(e, from));
  const onAxis = (path: readonly number[], pathDays: readonly number[]): (number | null)[] => {
    const row: (number | null)[] = days.map(() => null);
    pathDays.forEach((d, i) => {
      const k = days.indexOf(d);
      if (k >= 0) row[k] = pct(path[i]!);
    });
    return row;
  };
  const drawn = paths.map((p) => ({
    p,
    label: chartText(names.get(p.event.id) ?? p.event.security, 28),
    line: onAxis(p.car, p.days),
    lower: onAxis(
      p.car.map((c, i) => c - p.halfWidth[i]!),
      p.days,
    ),
    width: onAxis(
      p.halfWidth.map((h) => 2 * h),
      p.days,
    ),
  }));

  // A fixed y extent (bands included) so the end labels can be spaced in pixels.
  const extent = niceExtent(
    drawn.flatMap((d) => [...d.line, ...d.lower, ...d.lower.map((l, i) => (l === null ? null : l + d.width[i]!))]).filter((v): v is number => v !== null),
  );
  const ends = drawn.map((d) => d.line.filter((v): v is number => v !== null).at(-1) ?? 0);
  const offsets = endLabelOffsets(ends, extent, { top: GRID.top, height: height - GRID.top - GRID.bottom });

  const lines: LineSeriesOption[] = [];
  const bands: LineSeriesOption[] = [];
  drawn.forEach((d, k) => {
    const group = eventGroup(d.p.event);
    const color = colors.get(group)!;
    lines.push({
      type: "line",
      id: carLineId(d.p.event.id),
      name: group,
      data: withEndLabel(d.line, d.label, color, offsets[k]),
      color,
      lineStyle: { width: 2, color },
      symbol: "circle",
      symbolSize: 5,
      z: 3,
      emphasis: { focus: "series" },
    });
    bands.push(
      ...bandSeries(
        { name: group, stack: `band:${d.p.event.id}`, color, opacity: 0.1 },
        { id: carBandLowerId(d.p.event.id), data: d.lower },
        { id: carBandWidthId(d.p.event.id), data: d.width },
      ),
    );
  });

  // Reference lines: zero return and day 0, on the first line so they draw once.
  const first = lines[0];
  if (first && days.includes(0)) {
    first.markLine = {
      silent: true,
      symbol: "none",
      label: { show: false },
      lineStyle: { color: MUTED_TEXT_COLOR, type: "dashed", width: 1 },
      data: [{ yAxis: 0 }, { xAxis: dayCategory(0) }],
    };
  }

  const longest = Math.max(0, ...drawn.map((d) => labelWidth(d.label)));
  const groupsShown = [...colors.keys()].filter((g) => paths.some((p) => eventGroup(p.event) === g));
  return {
    ...baseChartOptions(
      "Cumulative abnormal return by event",
      paths.length === 0
        ? "No event could be measured."
        : "Shaded: 95 % band, ±1.96 × SE with SE² = Σ Var(AR) over the cumulated days (estimation-error covariance left out)",
    ),
    legend: { top: 58, left: 16, data: groupsShown, textStyle: { fontSize: 13 }, itemWidth: 22, itemGap: 24 },
    grid: { top: GRID.top, left: 72, right: Math.min(260, 32 + longest), bottom: GRID.bottom },
    tooltip: { trigger: "item" },
    xAxis: eventDayAxis(days),
    yAxis: percentAxis("cumulative abnormal return", extent),
    series: [...lines, ...bands],
  };
}

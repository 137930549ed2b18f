import type { EChartsOption, LineSeriesOption } from "echarts";
import { percent } from "../format.js";
import type { StudyResult } from "../../study/results.js";
import { bandSeries, baseChartOptions, dayCategory, eventDayAxis, labelWidth, MUTED_TEXT_COLOR, pct, percentAxis, withEndLabel } from "./chartStyle.js";
import { endLabelOffsets, niceExtent } from "./endLabelLayout.js";
import { chartText } from "./eventLabels.js";
import { cumulationStart, spanDays } from "../../shared/eventSpan.js";
import { caarBand, caarPath } from "./eventPaths.js";
import { colorOfGroup, groupColors } from "./groupPalette.js";

/** The height the chart is laid out for (end labels are spaced in pixels of this height). */
export const GROUP_CAAR_HEIGHT = 480;

const GRID = { top: 100, bottom: 60 };

/**
 * Groups of fewer events get no band drawn: with two, t(1, 0.975) = 12.7 standard errors would set the
 * chart's scale and flatten every line (the numbers are in the CSV tables all the same).
 */
export const BAND_MIN_EVENTS = 3;

/** The legend's layout: text size, gap between entries, swatch width with its gap, and row height, in pixels. */
const LEGEND = { fontSize: 13, itemGap: 24, swatch: 25 + 5, rowHeight: 24, left: 16, width: 960 - 32 };

/** How many rows the legend takes at the report's width (ECharts wraps entries that do not fit). */
function legendRows(names: readonly string[]): number {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const w = LEGEND.swatch + labelWidth(name, LEGEND.fontSize);
    if (x > 0 && x + w > LEGEND.width) {
      rows++;
      x = 0;
    }
    x += w + LEGEND.itemGap;
  }
  return rows;
}

/** The legend swatch of the bands: grey, since each band takes its group's colour. */
const BAND_LEGEND_COLOR = "#888888";

/** Series id of one group's CAAR line. */
export const caarSeriesId = (group: string): string => `caar:${group}`;

/** Series ids of a group's band: its lower edge, and its width stacked on it. */
export const caarBandLowerId = (group: string): string => `caar-band-lower:${group}`;
export const caarBandWidthId = (group: string): string => `caar-band-width:${group}`;

/** The legend entry of the bands, saying how they are computed (one entry switches every band). */
export const CAAR_BAND_NAME = "95 % band: CAAR ± t(N−1) × cross-sectional SE of the CARs";

/** Legend name of a group's line: its label (or "all events") and how many events it averages. */
export function caarSeriesName(group: string, measured: number): string {
  return `${group === "all" ? "all events" : chartText(group, 24)} (n=${measured})`;
}

/**
 * The CAAR path of each group with measured events: the AARs cumulated from the span's first day, with
 * the all-events line drawn heavier in near-black as the reference. The path is always the running sum
 * of AARs (under estudy2's convention the window table reports their mean instead; see
 * `conventions.caar`). Each line ends with its last value. Each group of three or more events carries a
 * shaded 95 % band per day from the cross-section of its events' CARs up to that day (`caarBand`), the
 * interval of the cross-sectional t test.
 */
export function groupCaarChartOptions(result: StudyResult, height = GROUP_CAAR_HEIGHT): EChartsOption {
  const days = spanDays(result);
  const colors = groupColors(result);
  const groups = result.groups.filter((g) => g.measured > 0);
  const paths = groups.map((g) => {
    const path = caarPath(g.days, cumulationStart(result));
    const data = days.map((d) => {
      const i = path.days.indexOf(d);
      return i < 0 ? null : pct(path.caar[i]!);
    });
    const band = g.measured >= BAND_MIN_EVENTS ? caarBand(result, g, cumulationStart(result)) : undefined;
    const at = (values: readonly number[] | undefined): (number | null)[] =>
      days.map((d) => {
        const i = band ? band.days.indexOf(d) : -1;
        const v = i < 0 ? Number.NaN : values![i]!;
        return Number.isFinite(v) ? pct(v) : null;
      });
    const lower = at(band?.caar.map((c, i) => c - band.halfWidth[i]!));
    const width = at(band?.halfWidth.map((h) => 2 * h));
    return { g, data, last: path.caar[path.caar.length - 1], lower, width };
  });
  // A fixed y extent (bands included) so the end labels can be spaced in pixels.
  const extent = niceExtent(
    paths
      .flatMap((p) => [...p.data, ...p.lower, ...p.lower.map((l, i) => (l === null || p.width[i] === null ? null : l + p.width[i]!))])
      .filter((v): v is number => v !== null),
  );
  const banded = paths.some((p) => p.width.some((w) => w !== null));
  const legendNames = [...paths.map((p) => caarSeriesName(p.g.group, p.g.measured)), ...(banded ? [CAAR_BAND_NAME] : [])];
  // The plot starts below the legend's last row, so a legend that wraps never covers it.
  const top = GRID.top + (legendRows(legendNames) - 1) * LEGEND.rowHeight;
  const offsets = endLabelOffsets(
    paths.map((p) => pct(p.last ?? 0)),
    extent,
    { top, height: height - top - GRID.bottom },
  );
  // "all" comes first in the result, so the reference line is listed first in the legend.
  const series: LineSeriesOption[] = paths.map(({ g, data, last }, k) => {
    const color = colorOfGroup(colors, g.group);
    const isAll = g.group === "all";
    return {
      type: "line",
      id: caarSeriesId(g.group),
      name: caarSeriesName(g.group, g.measured),
      data: last === undefined ? data : withEndLabel(data, percent(last), color, offsets[k], true),
      color,
      lineStyle: { width: isAll ? 3.5 : 2.5, color, ...(isAll ? { type: "dashed" } : {}) },
      symbol: "circle",
      symbolSize: 6,
      z: isAll ? 4 : 3,
    };
  });
  if (series[0] && days.includes(0)) {
    series[0].markLine = {
      silent: true,
      symbol: "none",
      label: { show: false },
      lineStyle: { color: MUTED_TEXT_COLOR, type: "dashed", width: 1 },
      data: [{ yAxis: 0 }, { xAxis: dayCategory(0) }],
    };
  }
  const bands: LineSeriesOption[] = paths
    .filter((p) => p.width.some((w) => w !== null))
    .flatMap(({ g, lower, width }) =>
      bandSeries(
        { name: CAAR_BAND_NAME, stack: `caar-band:${g.group}`, color: colorOfGroup(colors, g.group), opacity: 0.12 },
        { id: caarBandLowerId(g.group), data: lower },
        { id: caarBandWidthId(g.group), data: width },
      ),
    );
  const names = series.map((s) => String(s.name));
  return {
    ...baseChartOptions(
      "Cumulative average abnormal return by group",
      groups.length === 0
        ? "No event could be measured."
        : `Running sum of the group's average abnormal returns over the event span${bands.length > 0 ? "; shaded: 95 % band of each group of 3 or more events (cross-sectional t)" : ""}`,
    ),
    legend: {
      top: 58,
      left: 16,
      data: [...names, ...(bands.length > 0 ? [{ name: CAAR_BAND_NAME, icon: "rect", itemStyle: { color: BAND_LEGEND_COLOR, opacity: 0.35 } }] : [])],
      textStyle: { fontSize: LEGEND.fontSize },
      itemGap: LEGEND.itemGap,
    },
    grid: { top, left: 72, right: 32 + labelWidth("+00.00%", 12), bottom: GRID.bottom },
    tooltip: { trigger: "axis" },
    xAxis: eventDayAxis(days),
    yAxis: percentAxis("cumulative average abnormal return", extent),
    series: [...series, ...bands],
  };
}

import type { EChartsOption } from "echarts";
import type { StudyResult } from "../study/results.js";
import { CAR_PATHS_HEIGHT, carPathsChartOptions } from "./charts/carPathsChart.js";
import { carPathsSummary, day0Summary, groupCaarSummary } from "./charts/chartSummaries.js";
import { day0BarChartHeight, day0BarChartOptions } from "./charts/day0BarChart.js";
import type { EventLabels } from "./charts/eventLabels.js";
import { GROUP_CAAR_HEIGHT, groupCaarChartOptions } from "./charts/groupCaarChart.js";
import { renderChartSvg } from "./charts/renderChartSvg.js";

/** File stem of each report chart (car-paths.svg, day0-ar.png, ...). */
export type ReportChartKey = "car-paths" | "day0-ar" | "group-caar";

/** A report chart: its options, rendered SVG, caption and text alternative. */
export interface ReportChart {
  readonly key: ReportChartKey;
  readonly title: string;
  /** What the chart shows and how to read it. */
  readonly caption: string;
  /** The numbers, in words, for readers who cannot see the chart. */
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly options: EChartsOption;
  readonly svg: string;
}

const WIDTH = 960;

/**
 * The report's three charts, rendered once and shared by the HTML page (inlined SVG) and the files
 * written beside it. Each SVG gets its own id prefix so the inlined charts never share clip paths.
 */
export function reportCharts(result: StudyResult, labels: EventLabels = {}): ReportChart[] {
  const specs: Omit<ReportChart, "svg">[] = [
    {
      key: "car-paths",
      title: "Cumulative abnormal return by event",
      caption:
        "Each line is one measured event’s CAR, cumulated from the first day of the event span, coloured by group. The shaded band is ±1.96 standard errors of the cumulated ARs (the covariance from estimation error is left out, so it is slightly narrow).",
      summary: carPathsSummary(result, labels),
      width: WIDTH,
      height: CAR_PATHS_HEIGHT,
      options: carPathsChartOptions(result, labels, CAR_PATHS_HEIGHT),
    },
    {
      key: "day0-ar",
      title: "Abnormal return on day 0",
      caption: "Each bar is one measured event’s abnormal return on day 0, largest on top, coloured by group.",
      summary: day0Summary(result, labels),
      width: WIDTH,
      height: day0BarChartHeight(result),
      options: day0BarChartOptions(result, labels),
    },
    {
      key: "group-caar",
      title: "Cumulative average abnormal return by group",
      caption:
        "Each line is a group’s average abnormal return cumulated over the event span; the dashed black line averages all measured events. The shaded band around a group of three or more events is its 95 % interval from the cross-sectional t test: CAAR ± t(N−1) × sd(CAR)/√N, the CARs cumulated to that day.",
      summary: groupCaarSummary(result),
      width: WIDTH,
      height: GROUP_CAAR_HEIGHT,
      options: groupCaarChartOptions(result, GROUP_CAAR_HEIGHT),
    },
  ];
  return specs.map((s) => ({
    ...s,
    svg: renderChartSvg(s.options, { width: s.width, height: s.height, idPrefix: `chart-${s.key}`, description: `${s.title}. ${s.summary}` }),
  }));
}

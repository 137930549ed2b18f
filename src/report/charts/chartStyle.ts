import type { EChartsOption, LineSeriesOption, TitleComponentOption, XAXisComponentOption, YAXisComponentOption } from "echarts";

/**
 * Shared look of the report charts. Everything here is plain data (no functions) so chart options stay
 * JSON-serialisable: the same option objects render on the server (SVG/PNG) and in the browser app.
 */

/**
 * Latin faces first, then CJK faces so Chinese company names render: browsers fall back glyph by
 * glyph along the list, and resvg picks the first listed font that has each character. Single quotes
 * only: ECharts writes the list into an SVG attribute without escaping it.
 */
const CHART_FONT_FAMILY =
  "'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

export const TEXT_COLOR = "#222222";
export const MUTED_TEXT_COLOR = "#555555";
export const GRID_LINE_COLOR = "#E3E3E3";

/** Top-level options every report chart starts from: white background (PNG and print), no animation. */
export function baseChartOptions(title: string, subtitle?: string): EChartsOption {
  const titleOption: TitleComponentOption = {
    text: title,
    left: 16,
    top: 10,
    textStyle: { fontSize: 16, fontWeight: "bold", color: TEXT_COLOR, fontFamily: CHART_FONT_FAMILY },
    ...(subtitle ? { subtext: subtitle, subtextStyle: { fontSize: 12, color: MUTED_TEXT_COLOR, fontFamily: CHART_FONT_FAMILY } } : {}),
  };
  return {
    animation: false,
    backgroundColor: "#FFFFFF",
    textStyle: { fontFamily: CHART_FONT_FAMILY, color: TEXT_COLOR },
    title: titleOption,
  };
}

/** A fraction as a percentage rounded for drawing (4 decimals of a percent keeps SVGs small). */
export function pct(x: number): number {
  return Math.round(x * 1e6) / 1e4;
}

/** A value axis in percent with light grid lines; `extent` fixes its range (for end-label layout). */
export function percentAxis(name: string, extent?: { min: number; max: number; step: number }): YAXisComponentOption {
  return {
    type: "value",
    ...(extent ? { min: extent.min, max: extent.max, interval: extent.step } : {}),
    name,
    nameLocation: "middle",
    nameGap: 52,
    nameTextStyle: { fontSize: 13, color: TEXT_COLOR },
    axisLabel: { formatter: "{value}%", color: MUTED_TEXT_COLOR },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
  };
}

/** Category text of a relative trading day: "-1", "0", "+1". */
export function dayCategory(d: number): string {
  return d > 0 ? `+${d}` : String(d);
}

/** The event-day axis: one category per trading day of the span, kept at the bottom (not at y = 0). */
export function eventDayAxis(days: readonly number[]): XAXisComponentOption {
  return {
    type: "category",
    name: "event day (trading days relative to day 0)",
    nameLocation: "middle",
    nameGap: 32,
    nameTextStyle: { fontSize: 13, color: TEXT_COLOR },
    boundaryGap: false,
    data: days.map(dayCategory),
    axisLine: { onZero: false, lineStyle: { color: MUTED_TEXT_COLOR } },
    axisLabel: { color: MUTED_TEXT_COLOR },
    splitLine: { show: true, lineStyle: { color: GRID_LINE_COLOR } },
  };
}

/** Roughly how wide a label is drawn at 12 px: CJK characters a full em, others about 0.6 em. */
export function labelWidth(s: string, fontSize = 12): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(w);
}

/** A line's data value: a number, a gap, or the last point carrying the line's end label. */
export type LineDatum = number | null | { value: number; label: Record<string, unknown> };

/**
 * Puts a label on a line's last drawn point, moved `dy` pixels vertically (see endLabelLayout.ts) so
 * lines that finish close together keep their names apart.
 */
export function withEndLabel(data: readonly (number | null)[], text: string, color: string, dy = 0, bold = false): LineDatum[] {
  let last = -1;
  data.forEach((v, i) => {
    if (v !== null) last = i;
  });
  return data.map((v, i) =>
    i === last && v !== null
      ? {
          value: v,
          label: { show: true, position: "right", distance: 8, offset: [0, dy], formatter: text, color, fontSize: 12, ...(bold ? { fontWeight: "bold" } : {}) },
        }
      : v,
  );
}

/**
 * A shaded band between two lines as ECharts draws one: an invisible lower line, then its width stacked
 * on it with the area filled (`stack` names the pair). Silent and without tooltip: the line it
 * surrounds carries the numbers.
 */
export function bandSeries(
  band: { readonly name: string; readonly stack: string; readonly color: string; readonly opacity: number },
  lower: { readonly id: string; readonly data: readonly (number | null)[] },
  width: { readonly id: string; readonly data: readonly (number | null)[] },
): LineSeriesOption[] {
  const common: LineSeriesOption = {
    type: "line",
    name: band.name,
    stack: band.stack,
    stackStrategy: "all",
    symbol: "none",
    silent: true,
    color: band.color,
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
    z: 1,
  };
  return [
    { ...common, id: lower.id, data: [...lower.data] },
    { ...common, id: width.id, data: [...width.data], areaStyle: { color: band.color, opacity: band.opacity } },
  ];
}

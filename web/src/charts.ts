/**
 * What the page does with the server's chart options (pure: unit-tested without a browser): labels of
 * events, the window switch of the bar chart, hiding companies and groups, and the text alternatives
 * read out instead of the canvas. The server's options are plain data; the page only filters them and,
 * for the bar chart's other windows, swaps the bars' values.
 */
import { cumulationStart, spanDays } from "@aftershock/shared/eventSpan.js";
import type { BarSeriesOption, EChartsOption, LineSeriesOption, SeriesOption } from "echarts";
import { percent, stars } from "@aftershock/shared/format.js";
import { dayLabel, eventLabel, groupLabel, windowLabel } from "./format.js";
import type { EventResult, EventWindow, StoredStudy, StudyResult } from "./types.js";

/** The label of each event by event id ("Baidu (9888.HK)"), its company found by the ids the company lists. */
export function eventLabels(study: Pick<StoredStudy, "companies" | "result">): Map<string, string> {
  const byEvent = new Map(study.companies.flatMap((c) => c.eventIds.map((id) => [id, c.company] as const)));
  return new Map(study.result.events.map((e) => [e.id, eventLabel(byEvent.get(e.id), e.security)]));
}

/** The group an event was studied in ("no group" without one, as the server names it). */
export function eventGroup(e: EventResult): string {
  return e.group ?? "no group";
}

/** Events with numbers: measured, with days. */
export function measuredEvents(result: StudyResult): EventResult[] {
  return result.events.filter((e) => e.status === "ok" && e.days.length > 0);
}

/** What the bar chart shows: each event's abnormal return on day 0, or its CAR over one window. */
export type BarView = { readonly kind: "day0" } | { readonly kind: "car"; readonly window: EventWindow };

export function sameWindow(a: EventWindow, b: EventWindow): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

export interface BarRow {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  readonly value: number;
  /** The p-value behind the stars: the window's test, or the [0,0] window's for day 0. */
  readonly p?: number;
}

/** The bar chart's rows for a view, in the order they are drawn (smallest first: bottom to top). */
export function barRows(study: Pick<StoredStudy, "companies" | "result">, view: BarView, hidden: ReadonlySet<string> = new Set()): BarRow[] {
  const labels = eventLabels(study);
  const rows: BarRow[] = [];
  for (const e of measuredEvents(study.result)) {
    if (hidden.has(e.id)) continue;
    const label = labels.get(e.id) ?? e.security;
    if (view.kind === "day0") {
      const d = e.days.find((x) => x.day === 0);
      if (!d || d.ar === null || !Number.isFinite(d.ar)) continue;
      const w = e.windows.find((x) => sameWindow(x.window, [0, 0]));
      rows.push({ id: e.id, label, group: eventGroup(e), value: d.ar, ...(w === undefined || w.pValue === null ? {} : { p: w.pValue }) });
    } else {
      const w = e.windows.find((x) => sameWindow(x.window, view.window));
      if (!w || w.car === null || !Number.isFinite(w.car)) continue;
      rows.push({ id: e.id, label, group: eventGroup(e), value: w.car, ...(w.pValue === null ? {} : { p: w.pValue }) });
    }
  }
  return rows.sort((a, b) => a.value - b.value);
}

/** Height that gives each bar a readable row. */
export function barsHeight(rows: number): number {
  return Math.max(320, 150 + 30 * rows);
}

export const CAR_PATHS_HEIGHT = 540;
export const GROUP_CAAR_HEIGHT = 480;

function seriesList(option: EChartsOption): SeriesOption[] {
  const s = option.series;
  return s === undefined ? [] : Array.isArray(s) ? [...(s as SeriesOption[])] : [s as SeriesOption];
}

/** Braces would be read as ECharts label templates; long names are shortened. */
function chartText(s: string, max = 32): string {
  const plain = s.replaceAll("{", "｛").replaceAll("}", "｝");
  return [...plain].length > max ? [...plain].slice(0, max - 1).join("") + "…" : plain;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e4;

/**
 * The bar chart for a view, from the server's day-0 options (their look, legend, colours by group):
 * bars re-made from the study's numbers for the view's window, without the hidden events.
 */
export function barsOption(
  base: EChartsOption,
  study: Pick<StoredStudy, "companies" | "result">,
  view: BarView,
  hidden: ReadonlySet<string> = new Set(),
): EChartsOption {
  const rows = barRows(study, view, hidden);
  const baseSeries = seriesList(base) as BarSeriesOption[];
  const colorOf = new Map(baseSeries.map((s) => [String(s.name), typeof s.color === "string" ? s.color : undefined]));
  const groups = [...new Set([...baseSeries.map((s) => String(s.name)), ...rows.map((r) => r.group)])].filter((g) => rows.some((r) => r.group === g));
  const template: BarSeriesOption = baseSeries[0] ?? { type: "bar" };
  const what = view.kind === "day0" ? "abnormal return on day 0" : `cumulative abnormal return over ${windowLabel(view.window)}`;
  const series: BarSeriesOption[] = groups.map((g, k) => {
    const color = colorOf.get(g);
    return {
      type: "bar",
      id: `bars:${g}`,
      name: g,
      ...(color ? { color } : {}),
      barGap: template.barGap ?? "-100%",
      barCategoryGap: template.barCategoryGap ?? "35%",
      ...(k === 0 && template.markLine ? { markLine: template.markLine } : {}),
      data: rows.map((r) =>
        r.group === g
          ? {
              value: round(r.value),
              ...(color ? { itemStyle: { color } } : {}),
              label: { show: true, position: r.value >= 0 ? "right" : "left", formatter: percent(r.value) + stars(r.p), color: "#222222", fontSize: 12 },
            }
          : null,
      ),
    };
  });
  const title = Array.isArray(base.title) ? base.title[0] : base.title;
  const xAxis = Array.isArray(base.xAxis) ? base.xAxis[0] : base.xAxis;
  const yAxis = Array.isArray(base.yAxis) ? base.yAxis[0] : base.yAxis;
  const legend = Array.isArray(base.legend) ? base.legend[0] : base.legend;
  return {
    ...base,
    title: {
      ...title,
      text: view.kind === "day0" ? "Abnormal return on day 0" : `Cumulative abnormal return over ${windowLabel(view.window)}`,
      subtext:
        rows.length === 0
          ? "No event to show."
          : `* p < 0.10, ** p < 0.05, *** p < 0.01 (each event's ${view.kind === "day0" ? "[0, 0]" : windowLabel(view.window)} test)`,
    },
    legend: { ...legend, data: groups },
    xAxis: { ...(xAxis as object), name: what } as NonNullable<EChartsOption["xAxis"]>,
    yAxis: { ...(yAxis as object), type: "category", data: rows.map((r) => chartText(r.label)) } as NonNullable<EChartsOption["yAxis"]>,
    series,
  };
}

/** The CAR paths without the hidden events' lines and bands; the reference lines move to the first line left. */
export function withoutEvents(option: EChartsOption, hidden: ReadonlySet<string>): EChartsOption {
  if (hidden.size === 0) return option;
  const all = seriesList(option) as LineSeriesOption[];
  const eventOf = (id: unknown): string | undefined => (typeof id === "string" ? /^(?:car|band-lower|band-width):(.*)$/.exec(id)?.[1] : undefined);
  const markLine = all.find((s) => s.markLine)?.markLine;
  const kept = all.filter((s) => {
    const e = eventOf(s.id);
    return e === undefined || !hidden.has(e);
  });
  const series: LineSeriesOption[] = kept.map(({ markLine: _markLine, ...s }) => s);
  const firstLine = series.findIndex((s) => typeof s.id === "string" && s.id.startsWith("car:"));
  if (markLine && firstLine >= 0) series[firstLine] = { ...series[firstLine]!, markLine };
  return { ...option, series };
}

/** The study group of a legend entry: the series' name, or the group in its `caar:<group>` id. */
export function legendGroups(option: EChartsOption): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of seriesList(option)) {
    if (s.name === undefined) continue;
    const id = typeof s.id === "string" ? /^caar:(.*)$/.exec(s.id)?.[1] : undefined;
    map.set(String(s.name), id ?? String(s.name));
  }
  return map;
}

/** The legend's selection with the hidden groups switched off: `legend.selected` of ECharts. */
export function legendSelection(option: EChartsOption, hidden: ReadonlySet<string>): Record<string, boolean> {
  const selected: Record<string, boolean> = {};
  for (const [name, group] of legendGroups(option)) selected[name] = !hidden.has(group);
  return selected;
}

const none = "No company could be measured.";

/** Text alternative of the CAR paths: each shown event's CAR over the span, largest first. */
export function carPathsSummary(study: Pick<StoredStudy, "companies" | "result">, hidden: ReadonlySet<string> = new Set()): string {
  const days = spanDays(study.result);
  const from = cumulationStart(study.result);
  const labels = eventLabels(study);
  const rows = measuredEvents(study.result)
    .filter((e) => !hidden.has(e.id))
    .map((e) => ({ e, car: e.days.filter((d) => d.day >= from && days.includes(d.day)).reduce((s, d) => s + (d.ar ?? Number.NaN), 0) }))
    .sort((a, b) => b.car - a.car);
  if (rows.length === 0 || days.length === 0) return none;
  return `Cumulative abnormal return from day ${dayLabel(from)} to day ${dayLabel(days.at(-1)!)}, largest first: ${rows
    .map((r) => `${labels.get(r.e.id)} (${eventGroup(r.e)}) ${percent(r.car)}`)
    .join("; ")}.`;
}

/** Text alternative of the bar chart. */
export function barsSummary(rows: readonly BarRow[], view: BarView): string {
  if (rows.length === 0) return none;
  const what = view.kind === "day0" ? "Abnormal return on day 0" : `Cumulative abnormal return over ${windowLabel(view.window)}`;
  return `${what}, largest first: ${[...rows]
    .reverse()
    .map((r) => `${r.label} (${r.group}) ${percent(r.value)}${r.p === undefined ? "" : `, p ${r.p < 0.001 ? "< 0.001" : `= ${r.p.toFixed(3)}`}`}`)
    .join("; ")}.`;
}

/** Text alternative of the group CAAR chart: each group's CAAR by day 0 and at the end of the span. */
export function groupCaarSummary(result: StudyResult): string {
  const days = spanDays(result);
  const groups = result.groups.filter((g) => g.measured > 0);
  if (groups.length === 0 || days.length === 0) return none;
  const last = days.at(-1)!;
  const from = cumulationStart(result);
  const caarBy = (g: (typeof groups)[number], day: number): number =>
    g.days.filter((d) => d.day >= from && d.day <= day).reduce((s, d) => s + (d.aar ?? Number.NaN), 0);
  return `Cumulative average abnormal return from day ${dayLabel(from)}: ${groups
    .map((g) => {
      const byZero = days.includes(0) && last !== 0 ? `${percent(caarBy(g, 0))} by day 0, ` : "";
      return `${groupLabel(g.group)} (${g.measured} measured) ${byZero}${percent(caarBy(g, last))} by day ${dayLabel(last)}`;
    })
    .join("; ")}.`;
}

/** Below this width the server's charts (laid out for a wide page) are fitted to their column. */
const NARROW_CHART_WIDTH = 640;

/** Rough width of a character of `size` px in the charts' sans-serif face, to count wrapped lines. */
const charWidth = (size: number): number => size * 0.55;

/** Lines `text` takes at `size` px in `width` px. */
function lines(text: unknown, size: number, width: number): number {
  return typeof text === "string" && text !== "" ? Math.max(1, Math.ceil((text.length * charWidth(size)) / width)) : 0;
}

type Plain = Record<string, unknown>;
const isRecord = (x: unknown): x is Plain => typeof x === "object" && x !== null && !Array.isArray(x);
const firstOf = (x: unknown): Plain | undefined => (Array.isArray(x) ? (isRecord(x[0]) ? x[0] : undefined) : isRecord(x) ? x : undefined);

/** Rows a legend of `names` takes in `width` px (13 px text, a 25 px symbol and 24 px between entries). */
function legendRows(names: unknown, width: number): number {
  if (!Array.isArray(names) || names.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const w = String(name).length * charWidth(13) + 25 + 24;
    if (used > 0 && used + w > width) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/** The value range of bar series (0 included), for room beside the bars for their labels. */
function barRange(series: readonly SeriesOption[]): { lo: number; hi: number } | undefined {
  const values = series
    .filter((x) => x.type === "bar")
    .flatMap((x) =>
      (Array.isArray(x.data) ? (x.data as unknown[]) : []).map((d) => (isRecord(d) ? d["value"] : d)).filter((v): v is number => typeof v === "number"),
    );
  return values.length === 0 ? undefined : { lo: Math.min(0, ...values), hi: Math.max(0, ...values) };
}

/**
 * A chart's options fitted to a narrow column (a phone): the title and subtitle wrap within the width
 * and a legend takes as many rows as it needs (the plot moves down by the lines added, and the chart
 * grows by as much, so the plot keeps its height), the margins for names shrink to at most 40 % of the
 * width and the names in them (end labels, category labels) wrap instead of running off the canvas, and
 * the value axis of bars leaves room on each side for the bars' labels. Wide columns get the options as they are.
 */
export function fitToWidth(option: EChartsOption, width: number): { readonly option: EChartsOption; readonly extraHeight: number } {
  if (width >= NARROW_CHART_WIDTH || width <= 0) return { option, extraHeight: 0 };
  const text = width - 32;
  const side = Math.round(width * 0.4);
  const title = firstOf(option.title);
  const titleSize = 14;
  const subSize = 11;
  const legend = firstOf(option.legend);
  const titleExtra = title ? Math.max(0, lines(title["text"], titleSize, text) - 1) * 18 + Math.max(0, lines(title["subtext"], subSize, text) - 1) * 14 : 0;
  const legendExtra = legend ? Math.max(0, legendRows(legend["data"], text) - 1) * 24 : 0;
  const extraHeight = titleExtra + legendExtra;
  const down = (x: unknown, by: number): unknown => (typeof x === "number" ? x + by : x);
  const grid = firstOf(option.grid);
  const xAxis = firstOf(option.xAxis);
  const yAxis = firstOf(option.yAxis);
  const wrap = { width: side - 16, overflow: "break" };
  const given = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const series = given.map((s) => {
    if (!Array.isArray(s.data)) return s;
    const label = s.type === "bar" ? { fontSize: 10 } : wrap;
    const data = (s.data as unknown[]).map((d) =>
      isRecord(d) && isRecord(d["label"]) && d["label"]["show"] === true ? { ...d, label: { ...d["label"], ...label } } : d,
    );
    return { ...s, data } as SeriesOption;
  });
  // Bars keep their labels (about 55 px at 10 px) inside the plot: the value axis reaches that far past
  // the longest bar on each side, and the right margin the labels needed goes to the plot.
  const bars = barRange(given);
  const left = Math.min(typeof grid?.["left"] === "number" ? grid["left"] : 0, side);
  const right = (r: unknown): number => (bars ? 8 : Math.min(typeof r === "number" ? r : 0, side));
  const plot = width - left - right(grid?.["right"]);
  const room = bars && plot > 160 ? (55 / (plot - 110)) * (bars.hi - bars.lo) : 0;
  const fitted: Plain = {
    ...option,
    ...(title
      ? {
          title: {
            ...title,
            textStyle: { ...(isRecord(title["textStyle"]) ? title["textStyle"] : {}), fontSize: titleSize, width: text, overflow: "break" },
            subtextStyle: { ...(isRecord(title["subtextStyle"]) ? title["subtextStyle"] : {}), fontSize: subSize, width: text, overflow: "break" },
          },
        }
      : {}),
    ...(legend ? { legend: { ...legend, top: down(legend["top"], titleExtra) } } : {}),
    ...(grid
      ? {
          grid: {
            ...grid,
            top: down(grid["top"], extraHeight),
            ...(typeof grid["left"] === "number" ? { left } : {}),
            ...(typeof grid["right"] === "number" ? { right: right(grid["right"]) } : {}),
          },
        }
      : {}),
    ...(yAxis && yAxis["type"] === "category"
      ? { yAxis: { ...yAxis, axisLabel: { ...(isRecord(yAxis["axisLabel"]) ? yAxis["axisLabel"] : {}), ...wrap } } }
      : {}),
    ...(bars && xAxis && room > 0
      ? {
          xAxis: {
            ...xAxis,
            ...(bars.lo < 0 ? { min: bars.lo - room } : {}),
            ...(bars.hi > 0 ? { max: bars.hi + room } : {}),
            axisLabel: { ...(isRecord(xAxis["axisLabel"]) ? xAxis["axisLabel"] : {}), showMinLabel: false, showMaxLabel: false },
          },
        }
      : {}),
    series,
  };
  return { option: fitted as EChartsOption, extraHeight };
}

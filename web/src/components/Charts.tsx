import { useId, useMemo, useRef, useState } from "react";
import type { EChartsOption } from "echarts";
import {
  barRows,
  barsHeight,
  barsOption,
  barsSummary,
  CAR_PATHS_HEIGHT,
  carPathsSummary,
  eventGroup,
  eventLabels,
  GROUP_CAAR_HEIGHT,
  groupCaarSummary,
  legendGroups,
  measuredEvents,
  sameWindow,
  legendSelection,
  withoutEvents,
  type BarView,
} from "../charts.js";
import type { ECharts } from "../echarts.js";
import { groupLabel, windowLabel } from "../format.js";
import type { StoredStudy } from "../types.js";
import { EChart } from "./EChart.js";

type ChartKey = "car-paths" | "bars" | "group-caar";

/** Saves a chart as PNG (ECharts draws it again at twice the resolution on a white background). */
function downloadPng(chart: ECharts | undefined, name: string): void {
  if (!chart) return;
  const url = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** The study's three charts, with controls to show or hide companies and groups and to switch the bars' window. */
export function Charts({ study }: { study: StoredStudy }) {
  const id = useId();
  const [hiddenEvents, setHiddenEvents] = useState<ReadonlySet<string>>(new Set());
  const [hiddenGroups, setHiddenGroups] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<BarView>({ kind: "day0" });
  const charts = useRef(new Map<ChartKey, ECharts>());
  const ready = (key: ChartKey) => (c: ECharts | undefined) => {
    if (c) charts.current.set(key, c);
    else charts.current.delete(key);
  };

  const labels = useMemo(() => eventLabels(study), [study]);
  const measured = useMemo(() => measuredEvents(study.result), [study]);
  const groups = useMemo(() => [...new Set(measured.map(eventGroup))], [measured]);
  const windows = study.result.conventions.windows;

  const toggle = (set: ReadonlySet<string>, key: string, show: boolean): Set<string> => {
    const next = new Set(set);
    if (show) next.delete(key);
    else next.add(key);
    return next;
  };
  const onLegend = (option: EChartsOption) => (name: string, selected: boolean) => {
    const group = legendGroups(option).get(name);
    if (group !== undefined && group !== "all") setHiddenGroups((h) => toggle(h, group, selected));
  };

  const carPaths = useMemo(() => withoutEvents(study.charts.carPaths, hiddenEvents), [study, hiddenEvents]);
  const rows = useMemo(() => barRows(study, view, hiddenEvents), [study, view, hiddenEvents]);
  const bars = useMemo(
    () => (view.kind === "day0" && hiddenEvents.size === 0 ? study.charts.day0 : barsOption(study.charts.day0, study, view, hiddenEvents)),
    [study, view, hiddenEvents],
  );
  const groupCaar = study.charts.groupCaar;
  const carPathsShown = useMemo(() => legendSelection(carPaths, hiddenGroups), [carPaths, hiddenGroups]);
  const barsShown = useMemo(() => legendSelection(bars, hiddenGroups), [bars, hiddenGroups]);
  const groupCaarShown = useMemo(() => legendSelection(groupCaar, hiddenGroups), [groupCaar, hiddenGroups]);
  const shownGroups = (summary: string) => (hiddenGroups.size > 0 ? `${summary} Hidden groups: ${[...hiddenGroups].join(", ")}.` : summary);

  const figures: {
    key: ChartKey;
    title: string;
    caption: string;
    summary: string;
    option: EChartsOption;
    selected: Record<string, boolean>;
    height: number;
    onLegendChange: (n: string, s: boolean) => void;
  }[] = [
    {
      key: "car-paths",
      title: "Cumulative abnormal return by company",
      caption: "Each line is one listing’s CAR cumulated from the first day of the event span, coloured by group; the band is ±1.96 standard errors.",
      summary: shownGroups(carPathsSummary(study, hiddenEvents)),
      option: carPaths,
      selected: carPathsShown,
      height: CAR_PATHS_HEIGHT,
      onLegendChange: onLegend(study.charts.carPaths),
    },
    {
      key: "bars",
      title: view.kind === "day0" ? "Abnormal return on day 0" : `Cumulative abnormal return over ${windowLabel(view.window)}`,
      caption: "Each bar is one listing, largest on top, coloured by group; stars give the listing’s own test.",
      summary: shownGroups(barsSummary(rows, view)),
      option: bars,
      selected: barsShown,
      height: barsHeight(rows.length),
      onLegendChange: onLegend(study.charts.day0),
    },
    {
      key: "group-caar",
      title: "Cumulative average abnormal return by group",
      caption: "Each line is a group’s average abnormal return cumulated over the event span; the dashed line averages all measured listings.",
      summary: shownGroups(groupCaarSummary(study.result)),
      option: groupCaar,
      selected: groupCaarShown,
      height: GROUP_CAAR_HEIGHT,
      onLegendChange: onLegend(study.charts.groupCaar),
    },
  ];

  return (
    <section aria-labelledby={`${id}-h`} className="charts">
      <h3 id={`${id}-h`}>Charts</h3>
      <p className="hint">Hover or tap a line or bar for its value. Click a legend entry, or use the boxes below, to hide or show a group or a company.</p>
      <div className="chart-controls">
        {groups.length > 1 && (
          <fieldset>
            <legend>Groups shown</legend>
            <div className="checks">
              {groups.map((g) => (
                <label key={g} className="check">
                  <input type="checkbox" checked={!hiddenGroups.has(g)} onChange={(e) => setHiddenGroups((h) => toggle(h, g, e.target.checked))} />
                  {groupLabel(g)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend>Companies shown</legend>
          <div className="checks">
            {measured.map((e) => (
              <label key={e.id} className="check">
                <input type="checkbox" checked={!hiddenEvents.has(e.id)} onChange={(ev) => setHiddenEvents((h) => toggle(h, e.id, ev.target.checked))} />
                {labels.get(e.id)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {figures.map((f) => (
        <figure key={f.key} className="figure" id={`figure-${f.key}`}>
          <h4 className="sr-only">{f.title}</h4>
          <div className={`figure-tools${f.key === "bars" ? "" : " overlay"}`}>
            {f.key === "bars" && (
              <fieldset className="window-switch">
                <legend>Bars show</legend>
                <div className="segmented">
                  <label className={view.kind === "day0" ? "on" : ""}>
                    <input type="radio" name={`${id}-view`} checked={view.kind === "day0"} onChange={() => setView({ kind: "day0" })} />
                    AR on day 0
                  </label>
                  {windows.map((w) => {
                    const on = view.kind === "car" && sameWindow(view.window, w);
                    return (
                      <label key={windowLabel(w)} className={on ? "on" : ""}>
                        <input type="radio" name={`${id}-view`} checked={on} onChange={() => setView({ kind: "car", window: w })} />
                        CAR {windowLabel(w)}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            )}
            <button
              type="button"
              className="secondary small"
              onClick={() => downloadPng(charts.current.get(f.key), `aftershock-${study.id}-${f.key}.png`)}
              aria-label={`Download “${f.title}” as PNG`}
            >
              PNG
            </button>
          </div>
          <EChart
            option={f.option}
            selected={f.selected}
            height={f.height}
            label={`${f.title}. ${f.summary}`}
            onLegendChange={f.onLegendChange}
            onReady={ready(f.key)}
            testId={`chart-${f.key}`}
          />
          <figcaption>
            {f.caption}
            <details>
              <summary>Values in words</summary>
              <p>{f.summary}</p>
            </details>
          </figcaption>
        </figure>
      ))}
    </section>
  );
}

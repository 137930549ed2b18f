import { useEffect, useMemo, useRef, useState } from "react";
import type { EChartsOption } from "echarts";
import { fitToWidth } from "../charts.js";
import { echarts, type ECharts } from "../echarts.js";

interface Props {
  readonly option: EChartsOption;
  /** Which legend entries are shown (`legend.selected`); changed without re-drawing the chart. */
  readonly selected?: Readonly<Record<string, boolean>>;
  readonly height: number;
  /** The text alternative read instead of the drawing. */
  readonly label: string;
  readonly onLegendChange?: (name: string, selected: boolean) => void;
  readonly onReady?: (chart: ECharts | undefined) => void;
  readonly testId?: string;
}

/** Values on the server's charts are percentages already (rounded for drawing). */
const percentValue = (v: unknown): string =>
  typeof v === "number" ? `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(2)}%` : Array.isArray(v) ? v.map(percentValue).join(", ") : String(v ?? "–");

/** One ECharts chart, re-drawn when its options or its width change, fitted to a narrow column (fitToWidth). */
export function EChart({ option, selected, height, label, onLegendChange, onReady, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const chart = useRef<ECharts | undefined>(undefined);
  const legendHandler = useRef(onLegendChange);
  legendHandler.current = onLegendChange;
  const selection = useRef(selected);
  selection.current = selected;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: "canvas" });
    chart.current = c;
    c.on("legendselectchanged", (params: unknown) => {
      const p = params as { name: string; selected: Record<string, boolean> };
      legendHandler.current?.(p.name, p.selected[p.name] !== false);
    });
    const observer = new ResizeObserver(() => {
      c.resize();
      setWidth(Math.round(el.clientWidth));
    });
    observer.observe(el);
    onReady?.(c);
    return () => {
      observer.disconnect();
      onReady?.(undefined);
      c.dispose();
      chart.current = undefined;
    };
    // The chart is made once per mount; option changes are applied below.
  }, []);

  const fitted = useMemo(() => fitToWidth(option, width), [option, width]);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const { option } = fitted;
    const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
    const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
    c.setOption(
      {
        ...option,
        tooltip: { confine: true, ...tooltip, valueFormatter: percentValue },
        ...(legend && selection.current ? { legend: { ...legend, selected: { ...selection.current } } } : {}),
      },
      { notMerge: true },
    );
    c.resize();
  }, [fitted, height]);

  // Legend changes (from another chart or a checkbox) as ECharts actions: a chart whose own legend was
  // clicked already shows them, so nothing is re-drawn under the pointer.
  useEffect(() => {
    const c = chart.current;
    if (!c || !selected) return;
    const legend = (c.getOption() as { legend?: { selected?: Record<string, boolean> }[] }).legend?.[0];
    for (const [name, show] of Object.entries(selected)) {
      if ((legend?.selected?.[name] ?? true) !== show) c.dispatchAction({ type: show ? "legendSelect" : "legendUnSelect", name });
    }
  }, [selected]);

  return <div ref={box} className="chart" style={{ height: height + fitted.extraHeight }} role="img" aria-label={label} data-testid={testId} />;
}

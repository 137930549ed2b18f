import { useEffect, useRef, useState } from "react";
import type { EChartsOption } from "echarts";
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
const percentValue = (v: unknown): string => (typeof v === "number" ? `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(2)}%` : Array.isArray(v) ? v.map(percentValue).join(", ") : String(v ?? "–"));

/** One ECharts chart, re-drawn when its options change and resized with its box. */
export function EChart({ option, selected, height, label, onLegendChange, onReady, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  // Whether the chart is wider than its frame (a phone): then the frame scrolls, and takes the focus
  // so that the keyboard can scroll it too.
  const [scrolls, setScrolls] = useState(false);
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
      const f = frame.current;
      if (f) setScrolls(f.scrollWidth > f.clientWidth + 1);
    });
    observer.observe(el);
    if (frame.current) observer.observe(frame.current);
    onReady?.(c);
    return () => {
      observer.disconnect();
      onReady?.(undefined);
      c.dispose();
      chart.current = undefined;
    };
    // The chart is made once per mount; option changes are applied below.
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
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
  }, [option, height]);

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

  // The server's charts are laid out for a wide page: on a phone they keep a readable width and scroll.
  return (
    <div className="chart-scroll" ref={frame} {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": "Chart, scrolls sideways" } : {})}>
      <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}

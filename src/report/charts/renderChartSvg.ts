import type { EChartsOption } from "echarts";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

// Only the parts the report's charts use: loading all of ECharts costs about half a second at start-up.
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /**
   * Prefix for the SVG's element ids and CSS classes. ECharts names them `zr<instance>-...`, unique
   * within one process only; several SVGs inlined in one HTML page need distinct prefixes so one
   * chart's clip paths and styles never apply to another.
   */
  readonly idPrefix?: string;
  /** Accessible name of the image: set as the root element's aria-label (with role="img"). */
  readonly description?: string;
}

/** Attribute-safe text: ECharts writes attributes unescaped, so ours are escaped here. */
function attr(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Renders chart options to an SVG string with ECharts' server-side SVG renderer (no DOM, no canvas).
 * Animation is forced off: a static SVG must show the final state, not the first frame.
 */
export function renderChartSvg(options: EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...options, animation: false });
    let svg = chart.renderToSVGString();
    // The painter's own prefix (zr<n>, a per-process counter) as it appears on the first id or class.
    const painter = /(?:class|id)="(zr\d+)-/.exec(svg)?.[1];
    if (size.idPrefix !== undefined && painter !== undefined) {
      const prefix = size.idPrefix.replace(/[^A-Za-z0-9_-]/g, "_");
      svg = svg.replace(new RegExp(`(["#.])${painter}-`, "g"), `$1${prefix}-`);
    }
    if (size.description !== undefined) {
      svg = svg.replace(/^<svg /, `<svg role="img" aria-label="${attr(size.description)}" `);
    }
    return svg;
  } finally {
    chart.dispose();
  }
}

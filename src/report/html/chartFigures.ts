import type { ReportChart } from "../reportCharts.js";
import { html, trusted, type SafeHtml } from "./htmlText.js";

/**
 * Each chart as a figure: the inlined SVG (an image with the numbers as its accessible name) and a
 * caption that says how to read it and gives the same numbers as visible text, which also survives
 * printing in grey.
 */
export function chartFigures(charts: readonly ReportChart[]): SafeHtml {
  return html`${charts.map(
    (c, i) => html`<figure id="figure-${c.key}" aria-labelledby="figure-${c.key}-caption">
<div class="chart">${trusted(c.svg)}</div>
<figcaption id="figure-${c.key}-caption"><strong>Figure ${i + 1}. ${c.title}.</strong> ${c.caption} <span class="alt">In numbers: ${c.summary}</span></figcaption>
</figure>`,
  )}`;
}

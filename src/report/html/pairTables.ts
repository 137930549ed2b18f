import { windowLabel } from "../../study/eventWindow.js";
import type { EventResult } from "../../study/results.js";
import { eventLabelMap } from "../charts/eventLabels.js";
import { day0Cells, reasonCell, sameWindow, STARS_NOTE, windowCells } from "./cells.js";
import { html, type SafeHtml } from "./htmlText.js";
import type { ReportInput } from "./reportInput.js";

/**
 * A cross-listed company on its venues side by side, one column per listing, so readers see at once
 * whether Hong Kong and New York reacted alike. Rows: day 0, AR day 0 and t, each window's CAR, t, p.
 * Event ids not in the result are shown as "not in this study".
 */
export function pairTables(input: ReportInput): SafeHtml {
  const pairs = input.pairs ?? [];
  if (pairs.length === 0) return html``;
  const labels = eventLabelMap(input.result, input.labels);
  const windows = input.result.conventions.windows;
  return html`${pairs.map((pair) => {
    const events = pair.rows.map((id) => ({ id, e: input.result.events.find((x) => x.id === id) }));
    const column = (f: (e: EventResult) => SafeHtml): SafeHtml[] =>
      events.map(({ e }) => (!e ? html`<td class="reason">not in this study</td>` : e.status !== "ok" ? reasonCell(e, 1) : f(e)));
    const rows: SafeHtml[] = [
      html`<tr><th scope="row">Day 0</th>${column((e) => html`<td class="num">${e.day0 ?? ""}</td>`)}</tr>`,
      html`<tr><th scope="row">AR day 0</th>${column((e) => day0Cells(e)[0]!)}</tr>`,
      html`<tr><th scope="row">t (AR day 0)</th>${column((e) => day0Cells(e)[1]!)}</tr>`,
      ...windows.flatMap((w) => {
        const cells = (k: number) => column((e) => windowCells(e.windows.find((x) => sameWindow(x.window, w)))[k]!);
        return [
          html`<tr><th scope="row">CAR ${windowLabel(w)}</th>${cells(0)}</tr>`,
          html`<tr><th scope="row">t</th>${cells(1)}</tr>`,
          html`<tr><th scope="row">p</th>${cells(2)}</tr>`,
        ];
      }),
    ];
    return html`<div class="table-wrap"><table class="pair-table">
<caption>${pair.company}: the same news on ${events.length} listings</caption>
<thead><tr><th scope="col">Measure</th>${events.map(({ id, e }) => html`<th scope="col" class="num">${labels.get(id) ?? id}${e ? html`<small class="note">${e.security}</small>` : ""}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
  })}<p class="footnote">${STARS_NOTE}</p>`;
}

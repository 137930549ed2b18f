import { adjustedPValues, percent, pValue, stars, stat, testNote } from "../../shared/format.js";
import { windowLabel } from "../../study/eventWindow.js";
import type { GroupResult, StudyResult, TestOutcome } from "../../study/results.js";
import { numCell, STARS_NOTE } from "./cells.js";
import { html, type SafeHtml } from "./htmlText.js";

/** "Group “present”" or "All events". */
function groupTitle(group: string): string {
  return group === "all" ? "All events" : `Group “${group}”`;
}

/** A test's statistic with stars, and its p-value; the statistic's df in a title when it has one. */
function testCells(o: TestOutcome | undefined): SafeHtml[] {
  if (!o) return [numCell("–"), numCell("–")];
  const df = testNote(o);
  const cell = html`<td class="num"${df ? html` title="${df}"` : ""}>${stat(o.statistic)}${stars(o.pValue)}</td>`;
  if (!o.adjusted) return [cell, numCell(pValue(o.pValue))];
  return [cell, html`<td class="num">${pValue(o.pValue)}<br><small class="adjusted">${adjustedPValues(o.adjusted)}</small></td>`];
}

/**
 * One table per group with measured events: CAAR and mean BHAR per window, then every window test
 * the result carries (in the order of `conventions.tests`), statistic and p-value side by side.
 * Tests as rows, windows as columns: a study runs up to a dozen window tests but only a few windows.
 */
function groupTable(result: StudyResult, g: GroupResult): SafeHtml {
  const windows = g.windows;
  const tests = result.conventions.tests.filter((t) => windows.some((w) => w.tests[t.name]));
  const caarNote = result.conventions.caar === "mean" ? " (mean of the AARs, estudy2's convention)" : "";
  return html`<div class="table-wrap"><table class="group-table" data-group="${g.group}">
<caption>${groupTitle(g.group)}: ${g.measured} of ${g.events} events measured</caption>
<thead><tr><th scope="col">Measure / test</th>${windows.map((w) => html`<th scope="col" class="num">${windowLabel(w.window)}</th><th scope="col" class="num">p</th>`)}</tr></thead>
<tbody>
<tr><th scope="row">CAAR${caarNote}</th>${windows.map((w) => html`<td class="num" colspan="2">${percent(w.caar, 3)}</td>`)}</tr>
<tr><th scope="row">mean BHAR</th>${windows.map((w) => html`<td class="num" colspan="2">${percent(w.meanBhar, 3)}</td>`)}</tr>
${tests.map((t) => html`<tr><th scope="row">${t.label}</th>${windows.flatMap((w) => testCells(w.tests[t.name]))}</tr>`)}
</tbody>
</table></div>`;
}

/** Every group's table, "all" first as the result lists it; groups with nothing measured say so. */
export function groupTables(result: StudyResult): SafeHtml {
  return html`${result.groups.map((g) =>
    g.measured === 0 ? html`<p>${groupTitle(g.group)}: none of its ${g.events} events could be measured.</p>` : groupTable(result, g),
  )}<p class="footnote">${STARS_NOTE} A statistic’s degrees of freedom show when hovering over it; “–”: the test does not apply to that window or group size.</p>`;
}

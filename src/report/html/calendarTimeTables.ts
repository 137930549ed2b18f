import type { CalendarTimeResult, StudyResult } from "../../study/results.js";
import { CALENDAR_TIME_COLUMNS, calendarTimeCaption, calendarTimeRows } from "../calendarTimeText.js";
import { numCell, STARS_NOTE } from "./cells.js";
import { html, type SafeHtml } from "./htmlText.js";

/**
 * Per group, the calendar-time portfolio's Fama-French 3 and Carhart 4 alphas (daily, OLS t), or the
 * reason there are none; nothing when the study did not ask for it.
 */
export function calendarTimeTables(result: StudyResult): SafeHtml {
  if (!result.calendarTime) return html``;
  return html`<h3 id="h-calendar-time">Calendar-time portfolios</h3>
${result.calendarTime.map(groupTable)}<p class="footnote">Alpha: the intercept of the portfolio's daily return over the risk-free rate regressed on the factors (Jaffe 1974; Mandelker 1974; Fama 1998), in percent a day. ${STARS_NOTE}</p>`;
}

function groupTable(c: CalendarTimeResult): SafeHtml {
  const caption = `Group “${c.group}”: ${calendarTimeCaption(c)}`;
  const reasons = [c.reason, ...c.alphas.map((a) => (a.reason === undefined ? undefined : `${a.label}: ${a.reason}`))].filter(
    (r): r is string => r !== undefined,
  );
  const table =
    c.alphas.length === 0
      ? html`<p>${caption}</p>`
      : html`<div class="table-wrap"><table class="calendar-time-table">
<caption>${caption}</caption>
<thead><tr>${CALENDAR_TIME_COLUMNS.map((h, i) => (i === 0 ? html`<th scope="col">${h}</th>` : html`<th scope="col" class="num">${h}</th>`))}</tr></thead>
<tbody>${calendarTimeRows(c).map(([label, ...cells]) => html`<tr><th scope="row">${label ?? ""}</th>${cells.map(numCell)}</tr>`)}</tbody>
</table></div>`;
  return html`${table}${reasons.map((r) => html`<p class="reason">${r}</p>`)}`;
}

import { windowLabel } from "../../study/eventWindow.js";
import type { EventResult, StudyResult } from "../../study/results.js";
import { eventLabelMap } from "../charts/eventLabels.js";
import { day0Cells, reasonCell, sameWindow, STARS_NOTE, windowCells } from "./cells.js";
import { html, type SafeHtml } from "./htmlText.js";
import type { ReportInput } from "./reportInput.js";

/** One row of the per-company table: a company's listing and the event measured on it, if any. */
interface CompanyRow {
  readonly name: string;
  readonly note?: string;
  readonly role: string;
  readonly security: string;
  readonly event?: EventResult;
}

/**
 * The rows, company by company in the order given, one per security and event; events no company
 * claims follow under their display label and group. Without `companies`, one row per event.
 */
function companyRows(input: ReportInput): CompanyRow[] {
  const { result } = input;
  const labels = eventLabelMap(result, input.labels);
  const claimed = new Set<string>();
  const rows: CompanyRow[] = [];
  for (const c of input.companies ?? []) {
    // A company with no listing studied (unlisted, not yet listed, no prices) still gets its row and reason.
    if (c.securities.length === 0) rows.push({ name: c.name, role: c.role, security: "–", ...(c.note ? { note: c.note } : {}) });
    for (const security of c.securities) {
      const events = result.events.filter((e) => e.security === security);
      const base = { name: c.name, role: c.role, security, ...(c.note ? { note: c.note } : {}) };
      if (events.length === 0) rows.push(base);
      for (const event of events) {
        claimed.add(event.id);
        rows.push({ ...base, event });
      }
    }
  }
  for (const event of result.events) {
    if (!claimed.has(event.id)) rows.push({ name: labels.get(event.id) ?? event.security, role: event.group ?? "", security: event.security, event });
  }
  return rows;
}

/**
 * Per company: role, security, day 0, the day-0 AR with its t, and each window's CAR with t and p;
 * or, for an event that could not be measured, the plain reason.
 */
export function companyTable(input: ReportInput): SafeHtml {
  const windows = input.result.conventions.windows;
  const span = 3 + 3 * windows.length;
  const rows = companyRows(input).map((r) => {
    const e = r.event;
    const head = html`<th scope="row">${r.name}${r.note ? html`<small class="note">${r.note}</small>` : ""}</th><td>${r.role}</td><td>${r.security}</td>`;
    if (!e)
      return html`<tr>${head}<td class="reason" colspan="${span}">${r.security === "–" ? "No listing studied: see the note." : "No event for this security in the study."}</td></tr>`;
    if (e.status !== "ok") return html`<tr>${head}${reasonCell(e, span)}</tr>`;
    const cells = windows.flatMap((w) => windowCells(e.windows.find((x) => sameWindow(x.window, w))));
    return html`<tr>${head}<td class="num">${e.day0 ?? ""}</td>${day0Cells(e)}${cells}</tr>`;
  });
  return html`<div class="table-wrap"><table id="company-table">
<caption>Per company: abnormal return on day 0 and cumulative abnormal return (CAR) per window</caption>
<thead><tr><th scope="col">Company</th><th scope="col">Role</th><th scope="col">Security</th><th scope="col" class="num">Day 0</th><th scope="col" class="num">AR day 0</th><th scope="col" class="num">t</th>${windows.map(
    (w) => html`<th scope="col" class="num">CAR ${windowLabel(w)}</th><th scope="col" class="num">t</th><th scope="col" class="num">p</th>`,
  )}</tr></thead>
<tbody>${rows}</tbody>
</table></div>
<p class="footnote">${STARS_NOTE} Day 0 is the trading day used for the event (${dayZeroNote(input.result)}).</p>`;
}

function dayZeroNote(result: StudyResult): string {
  const rule = result.conventions.nonTradingDay;
  return rule === "exclude"
    ? "events on a day the security did not trade are excluded"
    : `an event on a day the security did not trade moves to the ${rule} trading day`;
}

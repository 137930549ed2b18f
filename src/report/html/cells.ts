import { percent, pValue, stars, stat } from "../format.js";
import { eventReasonText } from "../../shared/eventReasons.js";
import type { EventResult, EventWindowResult } from "../../study/results.js";
import { html, type SafeHtml } from "./htmlText.js";

/** A right-aligned number cell. */
export function numCell(text: string): SafeHtml {
  return html`<td class="num">${text}</td>`;
}

/** CAR with stars, its t and p: the three cells of one window for one event. */
export function windowCells(w: EventWindowResult | undefined): SafeHtml[] {
  if (!w) return [numCell("–"), numCell("–"), numCell("–")];
  return [numCell(percent(w.car) + stars(w.pValue)), numCell(stat(w.t)), numCell(pValue(w.pValue))];
}

/** The day-0 AR of an event and its t, as two cells. */
export function day0Cells(e: EventResult): SafeHtml[] {
  const d = e.days.find((x) => x.day === 0);
  return d ? [numCell(percent(d.ar)), numCell(stat(d.t))] : [numCell("–"), numCell("–")];
}

/** The reason an event was not measured, in words, with its status code. */
export function reasonCell(e: EventResult, colspan: number): SafeHtml {
  return html`<td class="reason" colspan="${colspan}">Not measured: ${eventReasonText(e)} <span class="status">(${e.status})</span></td>`;
}

/** Whether two event windows are the same days. */
export function sameWindow(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The significance footnote every table with stars carries. */
export const STARS_NOTE = "* p < 0.10, ** p < 0.05, *** p < 0.01; p-values as stated under Conventions.";

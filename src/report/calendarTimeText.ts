import type { CalendarTimeResult } from "../study/results.js";
import { textTable } from "../shared/textTable.js";
import { percent, pValue, stars, stat } from "./format.js";

/** What the portfolio holds, in words: "firms within [0, 20] trading days of their events, equal weights; 812 days, 9.4 firms on average". */
export function calendarTimeCaption(c: CalendarTimeResult): string {
  const weights = c.weighting === "equal" ? "equal weights" : c.weight === undefined ? "value weights" : `weighted by ${c.weight}`;
  const held = c.days > 0 ? `; ${c.days} days, ${c.averageFirms.toFixed(1)} firms on average` : "";
  return `firms within [0, ${c.horizon}] trading days of their events, ${weights}${held}`;
}

/** Header and rows of the alphas table, shared by the text and HTML views. */
export const CALENDAR_TIME_COLUMNS = ["model", "days", "alpha (daily)", "se", "t", "df", "p", "R²"] as const;

export function calendarTimeRows(c: CalendarTimeResult): string[][] {
  return c.alphas.map((a) => [
    a.label,
    String(a.days),
    percent(a.alpha, 4) + stars(a.pValue),
    percent(a.standardError, 4).replace(/^\+/, ""),
    stat(a.statistic),
    Number.isFinite(a.df) ? String(a.df) : "–",
    pValue(a.pValue),
    stat(a.rSquared),
  ]);
}

/** Each group's calendar-time portfolio and its alphas (or why there are none), as text. */
export function calendarTimeText(results: readonly CalendarTimeResult[]): string[] {
  return results.flatMap((c) => [
    `Calendar-time portfolio, group ${c.group}: ${calendarTimeCaption(c)}`,
    ...(c.alphas.length > 0 ? [textTable(CALENDAR_TIME_COLUMNS, calendarTimeRows(c))] : []),
    ...(c.reason === undefined ? [] : [c.reason]),
    ...c.alphas.flatMap((a) => (a.reason === undefined ? [] : [`${a.label}: ${a.reason}`])),
    "",
  ]);
}

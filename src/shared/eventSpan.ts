/**
 * The event span of a study, shared by the report's charts and the web page's (both bundle this
 * module; it imports nothing, so the page takes no other code of the program with it).
 */

/** What a study result says of its windows: the part of it these functions read. */
interface WithWindows {
  readonly conventions: { readonly windows: readonly (readonly [number, number])[] };
}

/** The relative trading days of the study's event span, from the first day of its earliest window to the last of its latest. */
export function spanDays(result: WithWindows): number[] {
  const ws = result.conventions.windows;
  if (ws.length === 0) return [];
  const from = Math.min(...ws.map((w) => w[0]));
  const to = Math.max(...ws.map((w) => w[1]));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The day the charts cumulate from: the first day of the window that ends last (the longest of those),
 * so that a path's last value is that window's CAR in the tables and its day-0 value the day-0 AR
 * when that window starts on day 0. Day 0 when there are no windows.
 */
export function cumulationStart(result: WithWindows): number {
  const ws = result.conventions.windows;
  if (ws.length === 0) return 0;
  const end = Math.max(...ws.map((w) => w[1]));
  return Math.min(...ws.filter((w) => w[1] === end).map((w) => w[0]));
}

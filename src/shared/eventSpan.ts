/**
 * The event span of a study, shared by the report's charts and the web page's (both bundle this
 * module; it imports nothing, so the page takes no other code of the program with it).
 */

/** The relative trading days of the study's event span, from the first day of its earliest window to the last of its latest. */
export function spanDays(result: { readonly conventions: { readonly windows: readonly (readonly [number, number])[] } }): number[] {
  const ws = result.conventions.windows;
  if (ws.length === 0) return [];
  const from = Math.min(...ws.map((w) => w[0]));
  const to = Math.max(...ws.map((w) => w[1]));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

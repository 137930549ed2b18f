/** Relative trading days [from, to] around day 0, both ends included. */
export type EventWindow = readonly [number, number];

/**
 * The event-time grid shared by every event of a study: the estimation days, then the event span
 * (from the first window's start to the last window's end). Days between the two belong to neither.
 */
export interface EventGrid {
  readonly estimation: EventWindow;
  readonly span: EventWindow;
  /** Relative day of each grid column: estimation days first, then the span. */
  readonly days: Int32Array;
  readonly estimationLength: number;
  readonly spanLength: number;
}

export function eventGrid(estimation: EventWindow, windows: readonly EventWindow[]): EventGrid {
  const span: EventWindow = [Math.min(...windows.map((w) => w[0])), Math.max(...windows.map((w) => w[1]))];
  const estimationLength = estimation[1] - estimation[0] + 1;
  const spanLength = span[1] - span[0] + 1;
  const days = new Int32Array(estimationLength + spanLength);
  for (let i = 0; i < estimationLength; i++) days[i] = estimation[0] + i;
  for (let i = 0; i < spanLength; i++) days[estimationLength + i] = span[0] + i;
  return { estimation, span, days, estimationLength, spanLength };
}

/** Grid column of a relative day inside the span. */
export function spanColumn(grid: EventGrid, day: number): number {
  return grid.estimationLength + day - grid.span[0];
}

/** "[-1,+1]" */
export function windowLabel(w: EventWindow): string {
  const f = (d: number): string => (d > 0 ? `+${d}` : `${d}`);
  return `[${f(w[0])},${f(w[1])}]`;
}

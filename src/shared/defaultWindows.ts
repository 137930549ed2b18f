/**
 * The windows a study uses when it is given none, in trading days relative to day 0: the one place
 * the engine's defaults, the article job's, the command line's and the web page's come from.
 */

/** A window [first, last] in trading days relative to day 0, both included. */
type Window = readonly [number, number];

/** The estimation window: trading days -250 to -11 (about a year, ending two weeks before the event). */
export const DEFAULT_ESTIMATION: Window = [-250, -11];

/** The event windows: the day itself, the three days around it, and the week after. */
export const DEFAULT_WINDOWS: readonly Window[] = [
  [0, 0],
  [-1, 1],
  [0, 5],
];

/** The event windows when only the date of the news is known: [0, 1] also catches news after a close. */
export const DATE_ONLY_WINDOWS: readonly Window[] = [
  [0, 0],
  [0, 1],
  [-1, 1],
  [0, 5],
];

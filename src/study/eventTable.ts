import type { CrossSection } from "./crossSection.js";
import { EVENT_STATUS_CODES, type EventStatus, type EventStatusCode } from "./eventStatus.js";
import type { EventGrid, EventWindow } from "./eventWindow.js";

/**
 * Every event of a study measured into one set of columns, allocated once: row k of each matrix is
 * event k. Its layout is a CrossSection's, so the significance tests read it directly; the fields
 * beyond are what the result document reports per event. Unmeasured events keep NaN and a status.
 */
export interface EventTable extends CrossSection {
  /** Index into EVENT_STATUS_CODES per event (0 = ok). */
  readonly status: Uint8Array;
  /** The plain reason of each event's status. */
  readonly reasons: string[];
  /** Date of day 0, or NO_DAY when it could not be placed. */
  readonly day0: Int32Array;
  /** First and last estimation dates used. */
  readonly estimationFirst: Int32Array;
  readonly estimationLast: Int32Array;
  /** Fitted parameters, n × parameters. */
  readonly parameters: number;
  readonly coef: Float64Array;
  readonly r2: Float64Array;
  /** Date of each span day, n × span. */
  readonly spanDates: Int32Array;
  /** Var(AR) of each span day, n × span. */
  readonly arVariance: Float64Array;
}

export const NO_DAY = -0x80000000;

/** What to keep of the estimation days: only the tests that need them pay for them. */
export interface TableNeeds {
  /** ARs of the estimation days (rank tests, Brown-Warner 1985, Lamb, Kolari-Pynnönen, ...). */
  readonly estimationDays: boolean;
  /** Market returns beside the ARs (Lamb). */
  readonly marketReturns: boolean;
}

/**
 * The grid the table stores: the study's grid, or only its span when no chosen test reads the
 * estimation days (then estimationLength is 0 and the span starts at column 0).
 */
export function storedGrid(grid: EventGrid, needs: TableNeeds): EventGrid {
  if (needs.estimationDays) return grid;
  return { ...grid, days: grid.days.subarray(grid.estimationLength), estimationLength: 0 };
}

export function allocateEventTable(
  n: number,
  grid: EventGrid,
  windows: readonly EventWindow[],
  parameters: number,
  needs: TableNeeds,
): EventTable {
  const stored = storedGrid(grid, needs);
  const cols = stored.days.length;
  const span = grid.spanLength;
  const nan = (size: number): Float64Array => new Float64Array(size).fill(Number.NaN);
  return {
    n,
    grid: stored,
    windows,
    ar: nan(n * cols),
    rm: nan(needs.marketReturns ? n * cols : 0),
    sar: nan(n * span),
    s2: nan(n),
    m: new Float64Array(n),
    df: nan(n),
    car: nan(n * windows.length),
    carVariance: nan(n * windows.length),
    status: new Uint8Array(n),
    reasons: new Array<string>(n).fill("measured"),
    day0: new Int32Array(n).fill(NO_DAY),
    estimationFirst: new Int32Array(n).fill(NO_DAY),
    estimationLast: new Int32Array(n).fill(NO_DAY),
    parameters,
    coef: nan(n * parameters),
    r2: nan(n),
    spanDates: new Int32Array(n * span),
    arVariance: nan(n * span),
    bhar: nan(n * windows.length),
  };
}

export function setStatus(table: EventTable, k: number, status: EventStatus): void {
  table.status[k] = EVENT_STATUS_CODES.indexOf(status.code);
  table.reasons[k] = status.reason;
}

export function statusCode(table: EventTable, k: number): EventStatusCode {
  return EVENT_STATUS_CODES[table.status[k]!]!;
}

/**
 * The cross-section of some of the table's events (a group): the table itself when that is every
 * event, else the rows copied into a smaller one.
 */
export function selectRows(table: EventTable, rows: readonly number[]): CrossSection {
  if (rows.length === table.n && rows.every((r, i) => r === i)) return table;
  const n = rows.length;
  const pick = (matrix: Float64Array, width: number): Float64Array => {
    const out = new Float64Array(n * width);
    if (matrix.length > 0) rows.forEach((r, i) => out.set(matrix.subarray(r * width, (r + 1) * width), i * width));
    return matrix.length > 0 ? out : matrix;
  };
  const cols = table.grid.days.length;
  const nw = table.windows.length;
  return {
    n,
    grid: table.grid,
    windows: table.windows,
    ar: pick(table.ar, cols),
    rm: pick(table.rm, cols),
    sar: pick(table.sar, table.grid.spanLength),
    s2: pick(table.s2, 1),
    m: pick(table.m, 1),
    df: pick(table.df, 1),
    car: pick(table.car, nw),
    carVariance: pick(table.carVariance, nw),
    bhar: pick(table.bhar, nw),
  };
}

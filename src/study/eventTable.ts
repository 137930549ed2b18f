import type { CrossSection } from "./crossSection.js";
import type { UnmeasuredReason } from "../shared/eventReasons.js";
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
  /** Why each unmeasured event is so, as data (undefined for a measured one). */
  readonly unmeasured: (UnmeasuredReason | undefined)[];
  /** Date of day 0, or NO_DAY when it could not be placed. */
  readonly day0: Int32Array;
  /** First and last estimation dates used. */
  readonly estimationFirst: Int32Array;
  readonly estimationLast: Int32Array;
  /** Fitted parameters, n × parameters. */
  readonly parameters: number;
  readonly coef: Float64Array;
  readonly r2: Float64Array;
  /** Date of each span day, n × span; empty when the table keeps no event days (TableNeeds.eventDays). */
  readonly spanDates: Int32Array;
  /** Var(AR) of each span day, n × span; empty when the table keeps no event days. */
  readonly arVariance: Float64Array;
}

export const NO_DAY = -0x80000000;

/** What to keep of the estimation days: only the tests that need them pay for them. */
export interface TableNeeds {
  /** ARs of the estimation days (rank tests, Brown-Warner 1985, Lamb, Kolari-Pynnönen, ...). */
  readonly estimationDays: boolean;
  /** Market returns beside the ARs (Lamb). */
  readonly marketReturns: boolean;
  /**
   * Each span day's date and Var(AR): what the outputs that list an event's days read (the result
   * document, JSON Lines, columns); no test does. A CSV or Parquet table of a million events spares
   * 132 bytes an event without them.
   */
  readonly eventDays: boolean;
}

/**
 * The grid the table stores: the study's grid, or only its span when no chosen test reads the
 * estimation days (then estimationLength is 0 and the span starts at column 0).
 */
function storedGrid(grid: EventGrid, needs: TableNeeds): EventGrid {
  if (needs.estimationDays) return grid;
  return { ...grid, days: grid.days.subarray(grid.estimationLength), estimationLength: 0 };
}

export function allocateEventTable(n: number, grid: EventGrid, windows: readonly EventWindow[], parameters: number, needs: TableNeeds): EventTable {
  const stored = storedGrid(grid, needs);
  const cols = stored.days.length;
  const span = grid.spanLength;
  // Zeroed, not filled: a fresh array costs nothing until written, and every row is written once,
  // by the market model's hot loop in full or by resetRow before any other path measures it.
  const nw = windows.length;
  return {
    n,
    grid: stored,
    windows,
    ar: new Float64Array(n * cols),
    rm: new Float64Array(needs.marketReturns ? n * cols : 0),
    sar: new Float64Array(n * span),
    s2: new Float64Array(n),
    m: new Float64Array(n),
    df: new Float64Array(n),
    car: new Float64Array(n * nw),
    carVariance: new Float64Array(n * nw),
    status: new Uint8Array(n),
    unmeasured: new Array<UnmeasuredReason | undefined>(n).fill(undefined),
    day0: new Int32Array(n),
    estimationFirst: new Int32Array(n),
    estimationLast: new Int32Array(n),
    parameters,
    coef: new Float64Array(n * parameters),
    r2: new Float64Array(n),
    spanDates: new Int32Array(needs.eventDays ? n * span : 0),
    arVariance: new Float64Array(needs.eventDays ? n * span : 0),
    bhar: new Float64Array(n * nw),
  };
}

/** Row k as unmeasured: NaN figures, no dates, M = 0. Every path but the hot loop starts from it. */
export function resetRow(table: EventTable, k: number): void {
  const cols = table.grid.days.length;
  const span = table.grid.spanLength;
  const nw = table.windows.length;
  table.ar.fill(Number.NaN, k * cols, (k + 1) * cols);
  if (table.rm.length > 0) table.rm.fill(Number.NaN, k * cols, (k + 1) * cols);
  table.sar.fill(Number.NaN, k * span, (k + 1) * span);
  table.arVariance.fill(Number.NaN, k * span, (k + 1) * span);
  table.spanDates.fill(0, k * span, (k + 1) * span);
  table.car.fill(Number.NaN, k * nw, (k + 1) * nw);
  table.carVariance.fill(Number.NaN, k * nw, (k + 1) * nw);
  table.bhar.fill(Number.NaN, k * nw, (k + 1) * nw);
  table.coef.fill(Number.NaN, k * table.parameters, (k + 1) * table.parameters);
  table.s2[k] = Number.NaN;
  table.m[k] = 0;
  table.df[k] = Number.NaN;
  table.r2[k] = Number.NaN;
  table.day0[k] = NO_DAY;
  table.estimationFirst[k] = NO_DAY;
  table.estimationLast[k] = NO_DAY;
}

export function setStatus(table: EventTable, k: number, status: EventStatus): void {
  table.status[k] = EVENT_STATUS_CODES.indexOf(status.code);
  table.unmeasured[k] = status.code === "ok" ? undefined : status;
}

export function statusCode(table: EventTable, k: number): EventStatusCode {
  return EVENT_STATUS_CODES[table.status[k]!]!;
}

/**
 * The cross-section of some of the table's events (a group): the table itself when that is every
 * event, else the rows copied into a smaller one. `rows` ascend; each run of consecutive rows is one
 * block copy (a group is mostly long runs: every event but the few that could not be measured).
 */
export function selectRows(table: EventTable, rows: ArrayLike<number>): CrossSection {
  const n = rows.length;
  let identity = n === table.n;
  for (let i = 0; identity && i < n; i++) identity = rows[i] === i;
  if (identity) return table;
  // Runs of consecutive rows: runStart[r] is the first row of run r, runAt[r] its place in the selection.
  const runStart: number[] = [];
  const runAt: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || rows[i] !== rows[i - 1]! + 1) {
      runStart.push(rows[i]!);
      runAt.push(i);
    }
  }
  runAt.push(n);
  const pick = (matrix: Float64Array, width: number): Float64Array => {
    if (matrix.length === 0) return matrix;
    const out = new Float64Array(n * width);
    for (let r = 0; r < runStart.length; r++) {
      const from = runStart[r]! * width;
      out.set(matrix.subarray(from, from + (runAt[r + 1]! - runAt[r]!) * width), runAt[r]! * width);
    }
    return out;
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

/** The matrices of a cross-section with their row widths, in CrossSection's order. */
function rowMatrices(cs: CrossSection): [Float64Array, number][] {
  const cols = cs.grid.days.length;
  const nw = cs.windows.length;
  return [
    [cs.ar, cols],
    [cs.rm, cols],
    [cs.sar, cs.grid.spanLength],
    [cs.s2, 1],
    [cs.m, 1],
    [cs.df, 1],
    [cs.car, nw],
    [cs.carVariance, nw],
    [cs.bhar, nw],
  ];
}

/**
 * Runs `read` on the cross-section of some of the table's rows (ascending) and returns what it returns.
 * When the rows left out are few (a study's events but the handful that could not be measured), the
 * chosen rows are moved together inside the table's own matrices, `read` sees their first rows, and
 * the table is put back as it was (the rows left out kept aside meanwhile): at a million events this
 * spares writing a second copy of every matrix into fresh memory, the costly part. Otherwise the rows
 * are copied (selectRows). `read` must not keep the cross-section's arrays.
 */
export function withRows<T>(table: EventTable, rows: ArrayLike<number>, read: (cs: CrossSection) => T): T {
  const n = rows.length;
  const left = table.n - n;
  if (left === 0 || left * 8 > table.n) return read(selectRows(table, rows));
  const runStart: number[] = [];
  const runAt: number[] = [];
  const outside: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (i > 0 && !(row > rows[i - 1]!)) return read(selectRows(table, rows));
    if (i === 0 || row !== rows[i - 1]! + 1) {
      for (let skipped = i === 0 ? 0 : rows[i - 1]! + 1; skipped < row; skipped++) outside.push(skipped);
      runStart.push(row);
      runAt.push(i);
    }
  }
  for (let skipped = n === 0 ? 0 : rows[n - 1]! + 1; skipped < table.n; skipped++) outside.push(skipped);
  runAt.push(n);
  const matrices = rowMatrices(table).filter(([matrix]) => matrix.length > 0);
  const kept = matrices.map(([matrix, width]) => {
    const aside = new Float64Array(outside.length * width);
    outside.forEach((row, j) => aside.set(matrix.subarray(row * width, (row + 1) * width), j * width));
    return aside;
  });
  // Runs move towards the top in order (each lands at or before its source and after the earlier
  // runs), and back in reverse order.
  for (const [matrix, width] of matrices) {
    for (let r = 0; r < runStart.length; r++) {
      matrix.copyWithin(runAt[r]! * width, runStart[r]! * width, (runStart[r]! + runAt[r + 1]! - runAt[r]!) * width);
    }
  }
  try {
    const top = (matrix: Float64Array, width: number): Float64Array => matrix.subarray(0, n * width);
    const cols = table.grid.days.length;
    const nw = table.windows.length;
    return read({
      n,
      grid: table.grid,
      windows: table.windows,
      ar: top(table.ar, cols),
      rm: top(table.rm, cols),
      sar: top(table.sar, table.grid.spanLength),
      s2: top(table.s2, 1),
      m: top(table.m, 1),
      df: top(table.df, 1),
      car: top(table.car, nw),
      carVariance: top(table.carVariance, nw),
      bhar: top(table.bhar, nw),
    });
  } finally {
    matrices.forEach(([matrix, width], j) => {
      for (let r = runStart.length - 1; r >= 0; r--) {
        matrix.copyWithin(runStart[r]! * width, runAt[r]! * width, runAt[r + 1]! * width);
      }
      outside.forEach((row, i) => matrix.set(kept[j]!.subarray(i * width, (i + 1) * width), row * width));
    });
  }
}

import type { EventGrid, EventWindow } from "./eventWindow.js";

/**
 * The measured events of one group side by side in event time, as flat row-major matrices
 * (event i's row starts at i · columns): what every cross-sectional test reads.
 */
export interface CrossSection {
  readonly n: number;
  readonly grid: EventGrid;
  readonly windows: readonly EventWindow[];
  /** AR, n × grid columns (estimation days then span), NaN where missing. */
  readonly ar: Float64Array;
  /** Market return beside each AR. */
  readonly rm: Float64Array;
  /** Standardized AR_it / sqrt(Var(AR_it)), n × span days. */
  readonly sar: Float64Array;
  /** Per event: s_i², estimation days M_i, and the degrees of freedom of s_i² under OLS (M_i - k). */
  readonly s2: Float64Array;
  readonly m: Float64Array;
  readonly df: Float64Array;
  /** CAR and Var(CAR), n × windows. */
  readonly car: Float64Array;
  readonly carVariance: Float64Array;
  /** BHAR, n × windows. */
  readonly bhar: Float64Array;
}

/** Column of one event-time day, for every event: out[i] = matrix[i · width + column]. */
export function column(matrix: Float64Array, n: number, width: number, col: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = matrix[i * width + col]!;
  return out;
}

/** Span days [from, to] of a window, as offsets into the span. */
export function windowOffsets(cs: CrossSection, w: EventWindow): readonly [number, number] {
  return [w[0] - cs.grid.span[0], w[1] - cs.grid.span[0]];
}

/** Average abnormal return on every grid column: the mean over the events with an AR that day. */
export function averageAbnormalReturns(cs: CrossSection): Float64Array {
  const cols = cs.grid.days.length;
  const sums = new Float64Array(cols);
  const counts = new Float64Array(cols);
  for (let i = 0; i < cs.n; i++) {
    for (let c = 0; c < cols; c++) {
      const v = cs.ar[i * cols + c]!;
      if (Number.isFinite(v)) {
        sums[c]! += v;
        counts[c]!++;
      }
    }
  }
  for (let c = 0; c < cols; c++) sums[c] = counts[c]! > 0 ? sums[c]! / counts[c]! : Number.NaN;
  return sums;
}

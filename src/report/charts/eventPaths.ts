import type { EventResult, StudyResult } from "../../study/results.js";

/** One event's CAR path over the event span, with the half-width of its 95 % band. */
export interface CarPath {
  readonly event: EventResult;
  readonly days: readonly number[];
  /** Cumulative AR from the span's first day to each day (fractions). */
  readonly car: readonly number[];
  /**
   * 1.96·√(Σ Var(AR_t)) over the cumulated days. The covariance between days that estimation error in
   * the model's parameters induces is left out, so the band is slightly too narrow for long windows;
   * the window CARs' own standard errors (in `windows`) do include it.
   */
  readonly halfWidth: readonly number[];
}

/** Events that have a measured event span (status ok and at least one day). */
export function measuredEvents(result: StudyResult): EventResult[] {
  return result.events.filter((e) => e.status === "ok" && e.days.length > 0);
}

/** CAR from the span's first day, cumulated day by day, with its band (see `CarPath.halfWidth`). */
export function carPath(event: EventResult): CarPath {
  const days: number[] = [];
  const car: number[] = [];
  const halfWidth: number[] = [];
  let sum = 0;
  let variance = 0;
  for (const d of [...event.days].sort((a, b) => a.day - b.day)) {
    sum += d.ar;
    variance += d.se * d.se;
    days.push(d.day);
    car.push(sum);
    halfWidth.push(1.96 * Math.sqrt(variance));
  }
  return { event, days, car, halfWidth };
}

/** Cumulative AAR of a group over the span (the path of its CAAR, as the sum of AARs). */
export function caarPath(days: readonly { readonly day: number; readonly aar: number }[]): { days: number[]; caar: number[] } {
  const sorted = [...days].sort((a, b) => a.day - b.day);
  let sum = 0;
  return { days: sorted.map((d) => d.day), caar: sorted.map((d) => (sum += d.aar)) };
}

import type { EventResult, StudyResult } from "../../study/results.js";

/** One event's CAR path over the event span, with the half-width of its 95 % band. */
export interface CarPath {
  readonly event: EventResult;
  readonly days: readonly number[];
  /**
   * Cumulative AR (fractions), zero on the day before the charted window's first day (see
   * `cumulationStart`): on and after it the CAR from that day, before it minus the ARs still to come.
   */
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

/** Running sums of `values` in day order, shifted to be zero on the day before `from`. */
function cumulatedFrom(days: readonly number[], values: readonly number[], from: number): number[] {
  const running: number[] = [];
  let sum = 0;
  for (const v of values) running.push((sum += v));
  const before = days.findLastIndex((d) => d < from);
  const base = before < 0 ? 0 : running[before]!;
  return running.map((v) => v - base);
}

/** CAR from the charted window's first day, cumulated day by day, with its band (see `CarPath.halfWidth`). */
export function carPath(event: EventResult, from: number): CarPath {
  const sorted = [...event.days].sort((a, b) => a.day - b.day);
  const days = sorted.map((d) => d.day);
  const car = cumulatedFrom(days, sorted.map((d) => d.ar), from);
  const variance = cumulatedFrom(days, sorted.map((d) => d.se * d.se), from);
  return { event, days, car, halfWidth: variance.map((v) => 1.96 * Math.sqrt(Math.abs(v))) };
}

/** Cumulative AAR of a group from the charted window's first day (the path of its CAAR, as the sum of AARs). */
export function caarPath(days: readonly { readonly day: number; readonly aar: number }[], from: number): { days: number[]; caar: number[] } {
  const sorted = [...days].sort((a, b) => a.day - b.day);
  const order = sorted.map((d) => d.day);
  return { days: order, caar: cumulatedFrom(order, sorted.map((d) => d.aar), from) };
}

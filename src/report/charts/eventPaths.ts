import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { EventResult, GroupResult, StudyResult } from "../../study/results.js";
import { finiteMean, finiteSd } from "../../study/significance/sampleStatistics.js";

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
  const car = cumulatedFrom(
    days,
    sorted.map((d) => d.ar),
    from,
  );
  const variance = cumulatedFrom(
    days,
    sorted.map((d) => d.se * d.se),
    from,
  );
  return { event, days, car, halfWidth: variance.map((v) => 1.96 * Math.sqrt(Math.abs(v))) };
}

/** Cumulative AAR of a group from the charted window's first day (the path of its CAAR, as the sum of AARs). */
export function caarPath(days: readonly { readonly day: number; readonly aar: number }[], from: number): { days: number[]; caar: number[] } {
  const sorted = [...days].sort((a, b) => a.day - b.day);
  const order = sorted.map((d) => d.day);
  return {
    days: order,
    caar: cumulatedFrom(
      order,
      sorted.map((d) => d.aar),
      from,
    ),
  };
}

/** A group's CAAR path with the 95 % band of each day from the cross-section of its events' CAR paths. */
export interface CaarBand {
  readonly days: readonly number[];
  /** The CAAR path: the running sum of the group's AARs (as `caarPath`). */
  readonly caar: readonly number[];
  /** Events whose CAR is known on the day (the band's N). */
  readonly n: readonly number[];
  /** Cross-sectional standard error sd(CAR_i) / √N of the day's CAAR (NaN for fewer than two events). */
  readonly se: readonly number[];
  /** t(N − 1, 0.975) · se: the 95 % interval of the cross-sectional t test, as a half-width. */
  readonly halfWidth: readonly number[];
}

/** Agreement asked of an AAR recomputed from the events' ARs: the same doubles, summed in another order. */
const AAR_TOLERANCE = 1e-12;

/**
 * The events a group's AARs average, found from the result: those labelled with the group; for "all"
 * every measured event, or every grouped one (a second listing is measured outside the groups); for a
 * venue's "all · HK" the grouped events of that venue. A candidate counts only when it has the group's
 * number of measured events and reproduces its AAR on every day; otherwise there is none.
 */
function groupEvents(result: StudyResult, group: Pick<GroupResult, "group" | "measured" | "days">): EventResult[] | undefined {
  const measured = measuredEvents(result);
  const all = /^all( · .+)?$/.exec(group.group);
  const suffix = all?.[1];
  const candidates =
    all === null
      ? [measured.filter((e) => e.group === group.group)]
      : suffix === undefined
        ? [measured, measured.filter((e) => e.group !== undefined)]
        : [measured.filter((e) => e.group?.endsWith(suffix) === true)];
  return candidates.find((events) => events.length === group.measured && reproducesAars(events, group.days));
}

/** Whether the events' mean AR on each day is the group's AAR there. */
function reproducesAars(events: readonly EventResult[], days: GroupResult["days"]): boolean {
  return days.every((d) => {
    const ars = events.flatMap((e) => e.days.filter((x) => x.day === d.day).map((x) => x.ar));
    const mean = finiteMean(ars);
    return Number.isNaN(d.aar) ? Number.isNaN(mean) : Math.abs(mean - d.aar) <= AAR_TOLERANCE * Math.max(1, Math.abs(d.aar));
  });
}

/**
 * The CAAR path of a group with its 95 % band per day: CAR_i(τ) cumulated from `from` for each of the
 * group's events, se(τ) = sd(CAR_i(τ)) / √N with divisor N − 1, half-width t(N − 1, 0.975) · se(τ):
 * the interval of the cross-sectional t test on the CAR up to τ (Brown & Warner 1985, JFE 14, 3-31),
 * robust to event-induced variance. Undefined when the group's events cannot be told (see `groupEvents`).
 */
export function caarBand(
  result: StudyResult,
  group: { readonly group: string; readonly measured: number; readonly days: GroupResult["days"] },
  from: number,
): CaarBand | undefined {
  const events = groupEvents(result, group);
  if (events === undefined) return undefined;
  const path = caarPath(group.days, from);
  const cars = events.map((e) => carPath(e, from));
  const n: number[] = [];
  const se: number[] = [];
  const halfWidth: number[] = [];
  for (const day of path.days) {
    const x = cars.flatMap((c) => {
      const i = c.days.indexOf(day);
      return i >= 0 && Number.isFinite(c.car[i]!) ? [c.car[i]!] : [];
    });
    const s = x.length < 2 ? Number.NaN : finiteSd(x) / Math.sqrt(x.length);
    n.push(x.length);
    se.push(s);
    halfWidth.push(x.length < 2 ? Number.NaN : tQuantile(0.975, x.length - 1) * s);
  }
  return { days: path.days, caar: path.caar, n, se, halfWidth };
}

import { percent } from "../format.js";
import type { StudyResult } from "../../study/results.js";
import { dayCategory } from "./chartStyle.js";
import { day0Ar } from "./day0BarChart.js";
import { eventLabelMap, type EventLabels } from "./eventLabels.js";
import { cumulationStart, spanDays } from "../../shared/eventSpan.js";
import { caarPath, carPath, measuredEvents } from "./eventPaths.js";
import { eventGroup } from "./groupPalette.js";
import { caarSeriesName } from "./groupCaarChart.js";

/*
 * Text alternatives of the three charts: the numbers a reader who cannot see the chart needs (screen
 * readers, print in grey, search). Used as aria-labels and figure captions, here and in the browser app.
 */

const noEvents = "No event could be measured.";

/** Each event's CAR at the end of the span with its 95 % band, largest first. */
export function carPathsSummary(result: StudyResult, labels: EventLabels = {}): string {
  const days = spanDays(result);
  const from = cumulationStart(result);
  const paths = measuredEvents(result).map((e) => carPath(e, from));
  if (paths.length === 0 || days.length === 0) return noEvents;
  const names = eventLabelMap(result, labels);
  const end = paths
    .map((p) => ({ p, car: p.car[p.car.length - 1]!, band: p.halfWidth[p.halfWidth.length - 1]! }))
    .sort((a, b) => b.car - a.car)
    .map(({ p, car, band }) => `${names.get(p.event.id)} (${eventGroup(p.event)}) ${percent(car)} ± ${percent(band).replace(/^\+/, "")}`);
  return `Cumulative abnormal return from day ${dayCategory(from)} to day ${dayCategory(days[days.length - 1]!)} for ${paths.length} measured events. At day ${dayCategory(days[days.length - 1]!)}: ${end.join("; ")}.`;
}

/** Every event's day-0 AR, largest first, with its group. */
export function day0Summary(result: StudyResult, labels: EventLabels = {}): string {
  const names = eventLabelMap(result, labels);
  const rows = measuredEvents(result)
    .map((e) => ({ e, d0: day0Ar(e) }))
    .filter((r) => r.d0 !== undefined)
    .sort((a, b) => b.d0!.ar - a.d0!.ar);
  if (rows.length === 0) return noEvents;
  return `Abnormal return on day 0, largest first: ${rows.map((r) => `${names.get(r.e.id)} (${eventGroup(r.e)}) ${percent(r.d0!.ar)}`).join("; ")}.`;
}

/** Each group's CAAR at day 0 and at the end of the span. */
export function groupCaarSummary(result: StudyResult): string {
  const days = spanDays(result);
  const groups = result.groups.filter((g) => g.measured > 0);
  if (groups.length === 0 || days.length === 0) return noEvents;
  const last = days[days.length - 1]!;
  const parts = groups.map((g) => {
    const p = caarPath(g.days, cumulationStart(result));
    const at = (d: number): string => {
      const i = p.days.indexOf(d);
      return i < 0 ? "–" : percent(p.caar[i]!);
    };
    return `${caarSeriesName(g.group, g.measured)} ${days.includes(0) && last !== 0 ? `${at(0)} by day 0, ` : ""}${at(last)} by day ${dayCategory(last)}`;
  });
  return `Cumulative average abnormal return from day ${dayCategory(cumulationStart(result))}: ${parts.join("; ")}.`;
}

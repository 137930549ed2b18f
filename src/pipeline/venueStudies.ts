import type { CompanyRole } from "../news/eventDocument.js";
import type { StudyOptionsInput } from "../study/options.js";
import type { StudyResult } from "../study/results.js";
import { runStudy, type StudyEvent } from "../study/runStudy.js";
import type { Series } from "../series.js";
import type { VenuePlan } from "./studyPlan.js";

/** Role groups compared within a venue, when both are there: the first named minus the second. */
const COMPARED_ROLES: readonly (readonly [CompanyRole, CompanyRole])[] = [
  ["absent", "present"],
  ["target", "mentioned"],
];

/** A venue of the study: its securities, its benchmark, and the group label suffix of its events. */
export interface StudiedVenue {
  readonly plan: VenuePlan;
  readonly benchmarkName: string;
  /** Appended to each group of the venue ("absent · HK", "all · HK"); empty with a single venue. */
  readonly groupSuffix: string;
}

export interface VenueStudyInput {
  readonly venues: readonly StudiedVenue[];
  readonly returnsOf: (symbol: string) => Series;
  readonly calendars: ReadonlyMap<string, Int32Array>;
  /** Day 0 of each listing by event id (days since 1970-01-01). */
  readonly day0: ReadonlyMap<string, number>;
  readonly options: StudyOptionsInput;
}

/**
 * One study per venue, each against its benchmark, joined into one result: a company is one
 * observation per venue (its primary listing there), so no company is counted twice, and nothing is
 * pooled across venues ("all · HK" and "all · US" instead of one "all"). A company's other listings on
 * a venue are measured apart and listed with the events, outside every group.
 */
export function studyByVenue(input: VenueStudyInput): StudyResult {
  const { venues, returnsOf, options } = input;
  const eventOf = (s: VenuePlan["securities"][number], venue: StudiedVenue, grouped: boolean): StudyEvent => ({
    id: s.eventId,
    security: s.symbol,
    date: input.day0.get(s.eventId)!,
    market: venue.plan.benchmark,
    ...(grouped ? { group: s.role + venue.groupSuffix } : {}),
  });
  const run = (events: StudyEvent[], compare?: [string, string][]): StudyResult =>
    runStudy({
      securities: new Map(events.map((e) => [e.security, returnsOf(e.security)])),
      markets: new Map([...new Set(events.map((e) => e.market!))].map((m) => [m, returnsOf(m)])),
      calendars: new Map(events.flatMap((e) => (input.calendars.has(e.security) ? [[e.security, input.calendars.get(e.security)!] as const] : []))),
      events,
      options: compare === undefined ? options : { ...options, compare },
    });

  const parts = venues.map((venue) => {
    const primaries = venue.plan.securities.filter((s) => s.primary);
    const roles = new Set(primaries.map((s) => s.role));
    const compare = COMPARED_ROLES.filter(([a, b]) => roles.has(a) && roles.has(b)).map(([a, b]): [string, string] => [
      a + venue.groupSuffix,
      b + venue.groupSuffix,
    ]);
    const main = run(
      primaries.map((s) => eventOf(s, venue, true)),
      compare,
    );
    const others = venue.plan.securities.filter((s) => !s.primary);
    const extra =
      others.length > 0
        ? run(
            others.map((s) => eventOf(s, venue, false)),
            [],
          ).events
        : [];
    return { venue, main, extra };
  });
  const first = parts[0]?.main ?? run([]);
  return {
    schema: first.schema,
    conventions: first.conventions,
    events: parts.flatMap((p) => [...p.main.events, ...p.extra]),
    groups: parts.flatMap((p) => p.main.groups.map((g) => (g.group === "all" ? { ...g, group: `all${p.venue.groupSuffix}` } : g))),
    comparisons: parts.flatMap((p) => p.main.comparisons),
    regressions: parts.flatMap((p) => p.main.regressions),
  };
}

import type { GroupComparison, GroupResult, StudyResult } from "../study/results.js";
import type { TestName } from "../study/significance/statistic.js";
import { venuePlace } from "../shared/venues.js";

/** A venue the headline speaks of: its name, its benchmark, and the suffix of its groups ("absent · HK"). */
export interface HeadlineVenue {
  readonly name: string;
  readonly benchmark: string;
  readonly groupSuffix: string;
}

/** "fell 6.94 %", "rose 0.52 %", "were flat". */
function moved(x: number): string {
  const pct = Math.abs(x * 100).toFixed(2);
  if (pct === "0.00") return "were flat";
  return `${x < 0 ? "fell" : "rose"} ${pct} %`;
}

/** "p = 0.012", "p < 0.001"; undefined when there is no p-value. */
export function pText(x: number | null | undefined): string | undefined {
  if (x === null || x === undefined || !Number.isFinite(x)) return undefined;
  return x < 0.001 ? "p < 0.001" : `p = ${x.toFixed(3)}`;
}

/** The test behind a group's p-value: Patell's Z, else the cross-sectional t. */
const GROUP_TESTS: readonly TestName[] = ["patell", "cross-sectional-t"];

/**
 * Sentences a journalist could quote, built only from the numbers, one per venue with that venue's
 * benchmark: the mean abnormal return of each role group over the first window that is day 0 alone
 * ([0,0] when present, else the first window), the test behind each p-value named, and for the first
 * comparison of the venue whether the gap is significant at 5 % by Welch's t-test (a group of one has
 * none: the sentence says so), with the permutation test beside it. A group with nothing measured is
 * said to be so; a venue with no group falls back on all its events.
 */
export function headline(result: StudyResult, venues: readonly HeadlineVenue[]): string {
  if (venues.length === 0 || !result.groups.some((g) => g.measured > 0)) return "No company of the event could be measured.";
  const windows = result.conventions.windows;
  const w = Math.max(
    0,
    windows.findIndex(([a, b]) => a === 0 && b === 0),
  );
  const [a, b] = windows[w] ?? [0, 0];
  const when = a === 0 && b === 0 ? "on the day" : `over trading days ${a} to ${b}`;
  const label = (name: TestName): string => result.conventions.tests.find((t) => t.name === name)?.label ?? name;
  return venues
    .map((venue) => {
      const sentence = venueSentence(result, venue, w, when, label);
      return venues.length > 1 ? `In ${venuePlace(venue.name)}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
    })
    .join(" ");
}

function venueSentence(result: StudyResult, venue: HeadlineVenue, w: number, when: string, label: (name: TestName) => string): string {
  const suffix = venue.groupSuffix;
  const ofVenue = result.groups.filter((g) => g.group.endsWith(suffix));
  if (!ofVenue.some((g) => g.measured > 0)) return `No company could be measured against the ${venue.benchmark}.`;
  const roles = ofVenue.filter((g) => g.group !== `all${suffix}`);
  const role = (g: GroupResult): string => g.group.slice(0, g.group.length - suffix.length);
  const against = `relative to the ${venue.benchmark} ${when}`;
  const move = (g: GroupResult): string => {
    const x = g.windows[w]?.caar;
    return g.measured === 0 || x === undefined ? "could not be measured" : moved(x);
  };
  const count = (g: GroupResult): string => (g.measured === 0 ? `${g.events} listed, none measurable` : `${g.measured} measured`);
  const tested = (g: GroupResult): string => {
    const test = GROUP_TESTS.map((t) => [t, g.windows[w]?.tests[t]] as const).find(([, o]) => pText(o?.pValue) !== undefined);
    return test && g.measured > 0 ? `; ${label(test[0])}, ${pText(test[1]!.pValue)}` : "";
  };

  const parts: string[] = [];
  const named = new Set<string>();
  const cmp = result.comparisons.find((c) => c.a.endsWith(suffix) && c.b.endsWith(suffix));
  const ga = cmp && ofVenue.find((g) => g.group === cmp.a);
  const gb = cmp && ofVenue.find((g) => g.group === cmp.b);
  if (cmp && ga && gb) {
    named.add(ga.group).add(gb.group);
    parts.push(
      `${capital(role(ga))} companies ${move(ga)} ${against} (${count(ga)}), ${role(gb)} ones ${move(gb)} (${count(gb)}); ${gapText(cmp.windows[w], ga, gb)}`,
    );
  }
  const rest = (roles.length > 0 ? roles : ofVenue).filter((g) => !named.has(g.group));
  for (const g of rest) {
    const who = roles.length > 0 ? `${capital(role(g))} companies` : "The companies";
    parts.push(`${parts.length === 0 ? who : who.toLowerCase()} ${move(g)}${parts.length === 0 ? ` ${against}` : ""} (${count(g)}${tested(g)})`);
  }
  return `${parts.join("; ")}.`;
}

/** Whether the gap between two groups is significant, by Welch's t-test and the permutation test, or why it cannot be tested. */
function gapText(c: GroupComparison["windows"][number] | undefined, ga: GroupResult, gb: GroupResult): string {
  if (c === undefined || ga.measured === 0 || gb.measured === 0) return "there is no gap to test";
  const size = `the gap of ${Math.abs(c.difference * 100).toFixed(2)} points`;
  const welch = pText(c.welch.pValue);
  const perm = pText(c.permutation.pValue);
  const permutation = perm ? `permutation test, ${perm}` : "";
  if (welch) return `${size} is ${c.welch.pValue < 0.05 ? "" : "not "}significant at 5 % (Welch's t-test, ${welch}${permutation ? `; ${permutation}` : ""})`;
  const why = Math.min(ga.measured, gb.measured) < 2 ? "a group of one has no Welch's t-test" : "no Welch's t-test: no variance within the groups";
  return `${size}: ${why}${permutation ? ` (${permutation})` : ""}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

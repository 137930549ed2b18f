import type { EventResult, StudyResult } from "../../study/results.js";

/**
 * Fixed colours for the roles a news study usually has, so "present" is the same colour in every
 * report and in the browser app. Okabe–Ito hues: distinguishable with the common colour-vision
 * deficiencies and still apart when printed in grey.
 */
export const ROLE_COLORS: Readonly<Record<string, string>> = {
  present: "#D55E00",
  target: "#009E73",
  mentioned: "#CC79A7",
  absent: "#0072B2",
};

/** Colours for any other group label, handed out in the order the groups appear in the result. */
export const OTHER_GROUP_COLORS: readonly string[] = ["#E69F00", "#56B4E9", "#882255", "#117733", "#999933", "#332288", "#AA4499", "#44AA99"];

/** The "all events" line: near-black, so it reads as the reference the groups are set against. */
export const ALL_COLOR = "#222222";

/** Events without a group label. */
export const UNGROUPED_COLOR = "#6B6B6B";

/** Display name of the group of events that have no label. */
export const UNGROUPED = "no group";

/** The group an event is drawn in: its label, or `UNGROUPED`. */
export function eventGroup(e: EventResult): string {
  return e.group ?? UNGROUPED;
}

/**
 * Every group of the study (known roles first, in a fixed order, then the others as the result lists
 * them), each with its colour. Role names match case-insensitively ("Present" is "present").
 */
export function groupColors(result: StudyResult): ReadonlyMap<string, string> {
  const labels: string[] = [];
  const add = (g: string): void => {
    if (g !== "all" && !labels.includes(g)) labels.push(g);
  };
  for (const g of result.groups) add(g.group);
  for (const e of result.events) add(eventGroup(e));
  const roles = Object.keys(ROLE_COLORS);
  const roleIndex = (g: string): number => {
    const i = roles.indexOf(g.toLowerCase());
    return i < 0 ? roles.length : i;
  };
  const ordered = labels.map((g, i) => ({ g, i })).sort((a, b) => roleIndex(a.g) - roleIndex(b.g) || a.i - b.i);
  const colors = new Map<string, string>();
  let next = 0;
  for (const { g } of ordered) {
    const role = ROLE_COLORS[g.toLowerCase()];
    if (role) colors.set(g, role);
    else if (g === UNGROUPED) colors.set(g, UNGROUPED_COLOR);
    else colors.set(g, OTHER_GROUP_COLORS[next++ % OTHER_GROUP_COLORS.length]!);
  }
  return colors;
}

/** The colour of one group (`all` included), for charts that draw groups rather than events. */
export function colorOfGroup(colors: ReadonlyMap<string, string>, group: string): string {
  return group === "all" ? ALL_COLOR : (colors.get(group) ?? UNGROUPED_COLOR);
}

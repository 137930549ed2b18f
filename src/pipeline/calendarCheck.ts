import { calendarYearText, compareWithObserved, getCalendar, type Mic } from "../calendar/index.js";
import { isoDate } from "../calendar/days.js";
import { KNOWN_QUIRKS } from "../calendar/knownDataQuirks.js";
import type { Store } from "../data/store/index.js";
import { withStore } from "./environment.js";

/** The calendars checked, with the country whose stored data each is compared with. */
const CHECKS: readonly { mic: Mic; country: string; quirks: keyof typeof KNOWN_QUIRKS }[] = [
  { mic: "XHKG", country: "HK", quirks: "hk" },
  { mic: "XNYS", country: "US", quirks: "us" },
  { mic: "XSHG", country: "CN", quirks: "csi" },
];

/** One disagreement between a calendar and the stored data, and the known data quirk behind it if any. */
interface Disagreement {
  readonly day: string;
  readonly kind: "session without data" | "data on a closed day";
  readonly knownQuirk?: string;
}

export interface CalendarCheck {
  readonly mic: Mic;
  readonly from: string;
  readonly to: string;
  readonly sessions: number;
  readonly disagreements: readonly Disagreement[];
}

/**
 * Compares each exchange's calendar with the days its stored securities traded, over the range the
 * data covers (within the calendar's 2000-2030), and lists every disagreement, marking those that are
 * known faults of the data. Markets without stored data are left out.
 */
export async function checkCalendars(store: Store): Promise<CalendarCheck[]> {
  const out: CalendarCheck[] = [];
  for (const { mic, country, quirks } of CHECKS) {
    const observed = await store.prices.observedDays(country);
    if (observed.length === 0) continue;
    const a = compareWithObserved(getCalendar(mic), observed);
    const known = KNOWN_QUIRKS[quirks] ?? {};
    const disagreement = (day: number, kind: Disagreement["kind"]): Disagreement => {
      const quirk = known[isoDate(day)];
      return { day: isoDate(day), kind, ...(quirk === undefined ? {} : { knownQuirk: quirk }) };
    };
    out.push({
      mic,
      from: isoDate(a.from),
      to: isoDate(a.to),
      sessions: a.sessions,
      disagreements: [
        ...a.missingInData.map((d) => disagreement(d, "session without data")),
        ...a.extraInData.map((d) => disagreement(d, "data on a closed day")),
      ].sort((x, y) => x.day.localeCompare(y.day)),
    });
  }
  return out;
}

/** The check as text: per calendar the range, sessions and each disagreement with its explanation. */
export function calendarCheckText(checks: readonly CalendarCheck[]): string {
  return checks
    .map((c) => {
      const unexplained = c.disagreements.filter((d) => d.knownQuirk === undefined).length;
      const head = `${c.mic} ${c.from}..${c.to}: ${c.sessions} sessions, ${c.disagreements.length} disagreement(s), ${unexplained} unexplained`;
      return [head, ...c.disagreements.map((d) => `  ${d.day}  ${d.kind}${d.knownQuirk ? `  (known data quirk: ${d.knownQuirk})` : ""}`)].join("\n");
    })
    .join("\n");
}

/** The checks of the calendars against the prices of the store at `storePath` (see openStore). */
export function checkStoredCalendars(storePath: string | undefined): Promise<CalendarCheck[]> {
  return withStore(storePath, checkCalendars);
}

/** An exchange's trading calendar for one year as text: its sessions, closures and half days. */
export function calendarYear(mic: Mic, year: number): string {
  return calendarYearText(getCalendar(mic), year);
}

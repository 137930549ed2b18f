/** Trading calendars: which days an exchange trades, and arithmetic in trading sessions. */
import { type Mic, type TradingCalendar, buildCalendar } from "./tradingCalendar.js";
import { XHKG } from "./xhkg.js";
import { XNAS, XNYS } from "./xnys.js";
import { XSHE, XSHG } from "./xshg.js";

export { calendarYearText } from "./calendarYearText.js";
export { compareWithObserved } from "./compare.js";
export { COVERAGE, CalendarCoverageError, type Mic, type TradingCalendar } from "./tradingCalendar.js";

const DEFINITIONS = { XHKG, XNYS, XNAS, XSHG, XSHE } as const;
const built = new Map<Mic, TradingCalendar>();

/** Exchange codes with a calendar. */
export const MICS: readonly Mic[] = Object.keys(DEFINITIONS) as Mic[];

/** The trading calendar of an exchange, built on first use (2000-2030). */
export function getCalendar(mic: Mic): TradingCalendar {
  let calendar = built.get(mic);
  if (calendar === undefined) {
    const def = DEFINITIONS[mic];
    if (def === undefined) throw new RangeError(`no trading calendar for ${String(mic)}; known: ${MICS.join(", ")}`);
    calendar = buildCalendar(def);
    built.set(mic, calendar);
  }
  return calendar;
}

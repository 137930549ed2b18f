/** A printable year listing of a trading calendar (the `aftershock calendar XHKG 2025` command). */
import { dayFromCivil, isoDate, weekday } from "./days.js";
import type { TradingCalendar } from "./tradingCalendar.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function dated(day: number): string {
  return `${isoDate(day)} ${WEEKDAYS[weekday(day)]!}`;
}

/** Sessions count, full-day closures with their names, and early closes of one year, one item a line. */
export function calendarYearText(calendar: TradingCalendar, year: number): string {
  const holidays = calendar.holidays(year);
  const halfDays = calendar.halfDays(year);
  const sessions = calendar.sessions(dayFromCivil(year, 1, 1), dayFromCivil(year, 12, 31));
  const lines = [
    `${calendar.mic} ${calendar.name}, ${year} (${calendar.timeZone}, regular hours ${calendar.openTime}-${calendar.closeTime})`,
    `${sessions.length} sessions, ${holidays.length} weekday closures, ${halfDays.length} early closes`,
    "",
    "Closed:",
    ...(holidays.length === 0 ? ["  none"] : holidays.map((h) => `  ${dated(h.day)}  ${h.name}${h.projected ? "  [projected]" : ""}`)),
    "",
    "Early close:",
    ...(halfDays.length === 0 ? ["  none"] : halfDays.map((h) => `  ${dated(h.day)}  ${h.closeTime}  ${h.name}`)),
  ];
  if (holidays.some((h) => h.projected)) {
    lines.push("", "[projected]: computed by rule; the exchange had not published this year's closures when the calendar was written.");
  }
  return `${lines.join("\n")}\n`;
}

import { COVERAGE, getCalendar, type Mic, type TradingCalendar } from "../calendar/index.js";
import { parseSymbol } from "../data/securities/index.js";

const CALENDAR_OF: Readonly<Record<string, Mic>> = { XHKG: "XHKG", XNYS: "XNYS", XNAS: "XNAS", ARCX: "XNYS", XSHG: "XSHG", XSHE: "XSHE" };
const BY_COUNTRY: Readonly<Record<string, Mic>> = { HK: "XHKG", US: "XNYS", CN: "XSHG" };

/** The trading calendar of a symbol's exchange, when the symbol says which and it has one. */
export function calendarOf(symbol: string): TradingCalendar | undefined {
  const parsed = parseSymbol(symbol);
  if (!parsed || parsed.kind === "fx") return undefined;
  const mic = (parsed.mic && CALENDAR_OF[parsed.mic]) ?? (parsed.country ? BY_COUNTRY[parsed.country] : undefined);
  return mic ? getCalendar(mic) : undefined;
}

/**
 * The exchange sessions (2000-2030) of each symbol whose exchange has a calendar, for the engine's
 * event-time arithmetic; symbols of unknown markets are left out (the engine then uses the market's days).
 */
export function sessionsBySymbol(symbols: Iterable<string>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const symbol of symbols) {
    const calendar = calendarOf(symbol);
    if (calendar) out.set(symbol, calendar.sessions(COVERAGE.first, COVERAGE.last));
  }
  return out;
}

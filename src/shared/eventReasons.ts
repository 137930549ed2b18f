/**
 * Why an event could not be measured, as data: its status code with the dates and counts behind it
 * (`{ code: "estimation-too-short", days: 87, needed: 120 }`). The engine records these; the English
 * sentence is written here, once, for the result's `reason` text, the report, the CLI and the page.
 */

/** The series a study reads per security: returns, volumes, or highs and lows (range volatility). */
type StudiedSeries = "returns" | "volumes" | "highs and lows";

export type UnmeasuredReason =
  | { readonly code: "unknown-security"; readonly security: string; readonly series: StudiedSeries }
  /** No market series for the event: none named (`market` absent), or none with that name. */
  | { readonly code: "unknown-market"; readonly market?: string; readonly series: StudiedSeries }
  | { readonly code: "no-data" }
  /** The event is before the security's first return. */
  | { readonly code: "not-yet-listed"; readonly eventDate: string; readonly firstReturn: string }
  /** The event window starts `daysShort` trading days before the security's first return. */
  | { readonly code: "not-yet-listed"; readonly daysShort: number; readonly firstReturn: string }
  | { readonly code: "after-last-data"; readonly eventDate: string; readonly lastReturn: string }
  /** The exchange traded on the event date (or, when it did not, on the `policy` session chosen instead) but the security has no return. */
  | { readonly code: "not-traded-on-event-date"; readonly eventDate: string; readonly policy?: "next" | "previous"; readonly session?: string }
  | { readonly code: "non-trading-day-excluded"; readonly eventDate: string }
  | { readonly code: "estimation-too-short"; readonly days: number; readonly needed: number }
  /** The window's last day (`lastDay`) falls on `windowEnd`, or `daysBeyond` trading days, after the last return. */
  | {
      readonly code: "event-window-beyond-data";
      readonly lastReturn: string;
      readonly lastDay: number;
      readonly windowEnd?: string;
      readonly daysBeyond?: number;
    }
  /** The security did not trade on the exchange days before `date`. */
  | { readonly code: "gap-in-event-window"; readonly date: string }
  | { readonly code: "market-missing-in-event-window"; readonly missing: "market" | "factor" | "return"; readonly date: string }
  /** A return inside the window looks like a data error; `suspect` says which and why (see suspect returns). */
  | { readonly code: "suspect-price-in-event-window"; readonly suspect: string }
  /** The model cannot be fitted: constant or collinear regressors, or the model's own `failure`. */
  | { readonly code: "model-failed"; readonly failure?: string }
  | { readonly code: "duplicate-event"; readonly day0: string; readonly sameAs: string };

/** The reason in a plain sentence a reader understands, naming the dates and counts involved. */
export function unmeasuredText(r: UnmeasuredReason): string {
  switch (r.code) {
    case "unknown-security":
      return `no ${r.series} for security "${r.security}"`;
    case "unknown-market":
      return r.market === undefined ? "no market series named for this event" : `no ${r.series} for market "${r.market}"`;
    case "no-data":
      return "the security has no returns";
    case "not-yet-listed":
      return "eventDate" in r
        ? `the event (${r.eventDate}) is before the security's first return (${r.firstReturn})`
        : `the event window starts ${r.daysShort} trading day(s) before the security's first return (${r.firstReturn})`;
    case "after-last-data":
      return `the event (${r.eventDate}) is after the security's last return (${r.lastReturn})`;
    case "not-traded-on-event-date":
      return r.session === undefined
        ? `the exchange traded on ${r.eventDate} but the security has no return that day (suspended or missing)`
        : `${r.eventDate} is not a trading day; the exchange's ${r.policy} one, ${r.session}, has no return of the security (suspended or missing)`;
    case "non-trading-day-excluded":
      return `${r.eventDate} is not a trading day of the security`;
    case "estimation-too-short":
      return `${r.days} estimation day(s) with data, fewer than the ${r.needed} required`;
    case "event-window-beyond-data":
      return r.windowEnd !== undefined
        ? `the event window ends on ${r.windowEnd} (day +${r.lastDay}), after the last return (${r.lastReturn})`
        : `the event window ends ${r.daysBeyond} trading day(s) after the last return (${r.lastReturn})`;
    case "gap-in-event-window":
      return `the security did not trade on exchange days before ${r.date}, inside the event window`;
    case "market-missing-in-event-window":
      return `no ${r.missing} value on ${r.date}, inside the event window`;
    case "suspect-price-in-event-window":
      return `${r.suspect}, inside the event window`;
    case "model-failed":
      return r.failure ?? "the model could not be fitted (constant or collinear regressors over the estimation window)";
    case "duplicate-event":
      return `the same security and day 0 (${r.day0}) as event "${r.sameAs}": counted once`;
  }
}

/** An event's reason as a face shows it: from its code and data when the result carries them, else its `reason` text. */
export function eventReasonText(e: { readonly reason: string; readonly detail?: UnmeasuredReason | undefined }): string {
  return e.detail === undefined ? e.reason : unmeasuredText(e.detail);
}

/** Why an event could not be measured. Every event of a study ends with one of these or `ok`. */
export const EVENT_STATUS_CODES = [
  "ok",
  "unknown-security",
  "unknown-market",
  "no-data",
  "not-yet-listed",
  "after-last-data",
  "not-traded-on-event-date",
  "non-trading-day-excluded",
  "estimation-too-short",
  "event-window-beyond-data",
  "gap-in-event-window",
  "market-missing-in-event-window",
  "suspect-price-in-event-window",
  "model-failed",
  "duplicate-event",
] as const;
export type EventStatusCode = (typeof EVENT_STATUS_CODES)[number];

export interface EventStatus {
  readonly code: EventStatusCode;
  /** A plain sentence a reader understands, naming the dates and counts involved. */
  readonly reason: string;
}

export const OK: EventStatus = { code: "ok", reason: "measured" };

export function failed(code: Exclude<EventStatusCode, "ok">, reason: string): EventStatus {
  return { code, reason };
}

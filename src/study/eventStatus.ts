import type { UnmeasuredReason } from "../shared/eventReasons.js";

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

/** An event's status: measured, or the code of why not with the dates and counts behind it (rendered by src/shared/eventReasons.ts). */
export type EventStatus = { readonly code: "ok" } | UnmeasuredReason;

export const OK: EventStatus = { code: "ok" };

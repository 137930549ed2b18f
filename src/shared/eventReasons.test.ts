import { describe, expect, it } from "vitest";
import { eventReasonText, unmeasuredText, type UnmeasuredReason } from "./eventReasons.js";

/** Each reason's data and the sentence it reads as: one example per code and variant. */
const EXAMPLES: readonly [UnmeasuredReason, string][] = [
  [{ code: "unknown-security", security: "9888.HK", series: "returns" }, 'no returns for security "9888.HK"'],
  [{ code: "unknown-market", market: "^HSI", series: "volumes" }, 'no volumes for market "^HSI"'],
  [{ code: "unknown-market", series: "returns" }, "no market series named for this event"],
  [{ code: "no-data" }, "the security has no returns"],
  [{ code: "not-yet-listed", eventDate: "2025-02-17", firstReturn: "2025-03-03" }, "the event (2025-02-17) is before the security's first return (2025-03-03)"],
  [
    { code: "not-yet-listed", daysShort: 4, firstReturn: "2025-02-12" },
    "the event window starts 4 trading day(s) before the security's first return (2025-02-12)",
  ],
  [{ code: "after-last-data", eventDate: "2025-02-17", lastReturn: "2025-01-31" }, "the event (2025-02-17) is after the security's last return (2025-01-31)"],
  [
    { code: "not-traded-on-event-date", eventDate: "2025-02-17" },
    "the exchange traded on 2025-02-17 but the security has no return that day (suspended or missing)",
  ],
  [
    { code: "not-traded-on-event-date", eventDate: "2025-02-15", policy: "next", session: "2025-02-17" },
    "2025-02-15 is not a trading day; the exchange's next one, 2025-02-17, has no return of the security (suspended or missing)",
  ],
  [{ code: "non-trading-day-excluded", eventDate: "2025-02-15" }, "2025-02-15 is not a trading day of the security"],
  [{ code: "estimation-too-short", days: 87, needed: 120 }, "87 estimation day(s) with data, fewer than the 120 required"],
  [
    { code: "event-window-beyond-data", lastReturn: "2025-02-18", lastDay: 5, windowEnd: "2025-02-24" },
    "the event window ends on 2025-02-24 (day +5), after the last return (2025-02-18)",
  ],
  [
    { code: "event-window-beyond-data", lastReturn: "2025-02-18", lastDay: 5, daysBeyond: 4 },
    "the event window ends 4 trading day(s) after the last return (2025-02-18)",
  ],
  [{ code: "gap-in-event-window", date: "2025-02-19" }, "the security did not trade on exchange days before 2025-02-19, inside the event window"],
  [{ code: "market-missing-in-event-window", missing: "market", date: "2025-02-19" }, "no market value on 2025-02-19, inside the event window"],
  [
    { code: "suspect-price-in-event-window", suspect: "BIDU: the close on 2025-02-19 is 0.500 times the previous close" },
    "BIDU: the close on 2025-02-19 is 0.500 times the previous close, inside the event window",
  ],
  [{ code: "model-failed" }, "the model could not be fitted (constant or collinear regressors over the estimation window)"],
  [{ code: "model-failed", failure: "the GARCH fit did not converge" }, "the GARCH fit did not converge"],
  [{ code: "duplicate-event", day0: "2025-02-17", sameAs: "baidu@9888.HK" }, 'the same security and day 0 (2025-02-17) as event "baidu@9888.HK": counted once'],
];

describe("unmeasured events' reasons", () => {
  it.each(EXAMPLES)("%j reads as a sentence", (reason, text) => {
    expect(unmeasuredText(reason)).toBe(text);
  });

  it("renders an event from its code and data, or its reason text when it carries none", () => {
    expect(eventReasonText({ reason: "written elsewhere", detail: { code: "no-data" } })).toBe("the security has no returns");
    expect(eventReasonText({ reason: "measured" })).toBe("measured");
  });
});

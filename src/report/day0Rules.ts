/**
 * How each rule that places day 0 reads in a report, by the code the pipeline gives it
 * (src/calendar/firstSession.ts). Examples: news at 17:00 in Hong Kong → "after-close"; at 07:00 in
 * New York → "before-open"; with no time → "date-only".
 */
const DAY0_RULES: Readonly<Record<string, string>> = {
  "before-open": "before the open: that session",
  "during-session": "during the session: that session",
  "after-close": "after the close: the next session",
  "no-session": "on a day the exchange did not trade: its next session",
  "date-only": "time unknown: the event date's session, or the next one",
  "no-calendar": "no calendar for the exchange: the event date (the next trading day of the benchmark)",
};

/** The rule's words, or its code when it has none. */
export function day0RuleText(rule: string): string {
  return DAY0_RULES[rule] ?? rule;
}

/** The whole rule in one line, for the method notes. */
export const DAY0_METHOD =
  "Day 0 of each listing is the first session of its exchange that could react: news before the open or during a session stays on it, news after the close (the early close on a half-day) or on a closed day moves to the next session, the time read on the exchange's clock.";

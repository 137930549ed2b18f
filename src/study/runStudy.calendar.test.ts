import { describe, expect, it } from "vitest";
import { dayNumber } from "../calendar/days.js";
import type { Series } from "../series.js";
import { runStudy, type StudyInput } from "./runStudy.js";

/** Weekdays from 2024-01-01 (a Monday) on: the exchange's sessions in these tests. */
const sessions = Int32Array.from({ length: 400 }, (_, i) => dayNumber("2024-01-01") + Math.floor(i / 5) * 7 + (i % 5));
const returns = (days: Int32Array, seed: number): Series => ({
  dates: days,
  values: Float64Array.from(days, (_, i) => Math.sin(i * 0.7 + seed) * 0.01),
});

function study(security: Series, date: string, withCalendar: boolean): ReturnType<typeof runStudy>["events"][number] {
  const input: StudyInput = {
    securities: new Map([["S", security]]),
    events: [{ id: "e", security: "S", date: dayNumber(date) }],
    ...(withCalendar ? { calendars: new Map([["S", sessions]]) } : {}),
    options: { model: "constant-mean", estimation: [-120, -11], minEstimationDays: 60, windows: [[0, 5]] },
  };
  return runStudy(input).events[0]!;
}

describe("event time on the exchange's calendar", () => {
  const day = (i: number): string => new Date(sessions[i]! * 86_400_000).toISOString().slice(0, 10);

  it("sees a suspension inside the window as a gap, with no market series to tell", () => {
    const suspended = Int32Array.from(sessions.filter((_, i) => i !== 203));
    const security = returns(suspended, 1);
    expect(study(security, day(200), false).status).toBe("ok"); // the data alone cannot tell
    const e = study(security, day(200), true);
    expect(e.status).toBe("gap-in-event-window");
    expect(e.reason).toContain(`before ${day(204)}`);
  });

  it("names the date a window reaches past the last price", () => {
    const security = returns(sessions.subarray(0, 300), 2);
    const e = study(security, day(297), true);
    expect(e.status).toBe("event-window-beyond-data");
    expect(e.reason).toBe(`the event window ends on ${day(302)} (day +5), after the last return (${day(299)})`);
  });

  it("moves an event on a weekend to the exchange's next session, and reports a suspension there", () => {
    const saturday = new Date((sessions[204]! + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(study(returns(sessions, 3), saturday, true).day0).toBe(day(205));
    const suspendedMonday = Int32Array.from(sessions.filter((_, i) => i !== 205));
    const e = study(returns(suspendedMonday, 3), saturday, true);
    expect(e.status).toBe("not-traded-on-event-date");
    expect(e.reason).toContain(`the exchange's next one, ${day(205)}, has no return`);
  });
});

describe("a benchmark from another exchange", () => {
  const day = (i: number): string => new Date(sessions[i]! * 86_400_000).toISOString().slice(0, 10);
  // The security's exchange is closed on session 203 (its holiday); the benchmark's exchange trades then.
  const holiday = sessions[203]!;
  const own = Int32Array.from(sessions.filter((d) => d !== holiday));
  const market = returns(sessions, 5);
  const security: Series = { dates: own, values: Float64Array.from(own, (d, i) => Math.sin(i * 1.3) * 0.01 + 0.8 * market.values[sessions.indexOf(d)]!) };

  function withBenchmark(calendar: Int32Array | undefined) {
    return runStudy({
      securities: new Map([["S", security]]),
      markets: new Map([["M", market]]),
      defaultMarket: "M",
      events: [{ id: "e", security: "S", date: dayNumber(day(204)) }],
      ...(calendar ? { calendars: new Map([["S", calendar]]) } : {}),
      options: { model: "market-model", estimation: [-120, -11], minEstimationDays: 60, windows: [[-1, 1]] },
    }).events[0]!;
  }

  it("does not turn the listing's exchange holiday into a suspension: the market's return spans the holiday", () => {
    const e = withBenchmark(own);
    expect(e.status).toBe("ok");
    const compounded = (1 + market.values[203]!) * (1 + market.values[204]!) - 1;
    const beta = e.parameters!.beta!;
    const day0 = e.days.find((d) => d.day === 0)!;
    const r = security.values[own.indexOf(sessions[204]!)]!;
    expect(day0.ar).toBeCloseTo(r - e.parameters!.alpha! - beta * compounded, 14);
  });

  it("without the exchange's calendar the skipped benchmark day is still a gap", () => {
    expect(withBenchmark(undefined).status).toBe("gap-in-event-window");
  });

  it("a day the listing's own exchange traded and the listing did not stays a gap", () => {
    expect(withBenchmark(sessions).status).toBe("gap-in-event-window");
  });
});

import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { runStudy } from "./runStudy.js";
import { crossSectionalTStatistic } from "./significance/crossSectionalT.js";
import { bmpStatistic } from "./significance/bmp.js";

const dates = Int32Array.from({ length: 200 }, (_, i) => 19_000 + i);
const market: Series = { dates, values: Float64Array.from(dates, (_, i) => Math.sin(i * 0.9) * 0.01) };
/** A security moving with the market plus its own noise, and `jump` on day 150 over the market. */
function security(seed: number, jump: number): Series {
  return {
    dates,
    values: Float64Array.from(dates, (_, i) => market.values[i]! + (i === 150 ? jump : Math.sin(i * 1.7 + seed) * 0.004)),
  };
}

describe("duplicate events", () => {
  it("the same security on the same day 0 is one observation; the later event says which it repeats", () => {
    const result = runStudy({
      securities: new Map([
        ["A", security(1, 0.03)],
        ["B", security(2, -0.01)],
      ]),
      markets: new Map([["M", market]]),
      defaultMarket: "M",
      events: [
        { id: "a1", security: "A", date: 19_150 },
        { id: "b", security: "B", date: 19_150 },
        { id: "a2", security: "A", date: 19_150 },
      ],
      options: { model: "market-adjusted", estimation: [-100, -11], minEstimationDays: 50, windows: [[0, 0]] },
    });
    expect(result.events.map((e) => e.status)).toEqual(["ok", "ok", "duplicate-event"]);
    expect(result.events[2]!.reason).toBe('the same security and day 0 (2022-06-07) as event "a1": counted once');
    expect(result.groups[0]!.measured).toBe(2);
  });

  it("events on two closed days moving to the same day 0: the first in the list is kept, whatever their dates", () => {
    // No trading on days 148 and 149: both events move to day 150; the later date comes first in the list.
    const open = (s: Series): Series => {
      const keep = Array.from(s.dates.keys()).filter((i) => i !== 148 && i !== 149);
      return { dates: Int32Array.from(keep, (i) => s.dates[i]!), values: Float64Array.from(keep, (i) => s.values[i]!) };
    };
    const result = runStudy({
      securities: new Map([["A", open(security(1, 0.03))]]),
      markets: new Map([["M", open(market)]]),
      defaultMarket: "M",
      events: [
        { id: "late", security: "A", date: 19_149 },
        { id: "early", security: "A", date: 19_148 },
      ],
      options: { model: "market-adjusted", estimation: [-100, -11], minEstimationDays: 50, windows: [[0, 0]] },
    });
    expect(result.events.map((e) => [e.status, e.day0])).toEqual([
      ["ok", "2022-06-07"],
      ["duplicate-event", "2022-06-07"],
    ]);
    expect(result.events[1]!.reason).toBe('the same security and day 0 (2022-06-07) as event "late": counted once');
  });
});

describe("a cross-sectional variance of zero", () => {
  it("gives no t and no p-value, with the reason, not t = 1.6e16 and p = 0", () => {
    // Equal to rounding: 0.3 - 0.2 is 0.09999999999999998.
    const x = Float64Array.of(0.1, 0.1, 0.3 - 0.2);
    for (const s of [crossSectionalTStatistic(x), bmpStatistic(x)]) {
      expect(s.statistic).toBeNaN();
      expect(s.upper).toBeNaN();
      expect(s.reason).toContain("zero cross-sectional variance");
    }
    expect(crossSectionalTStatistic(Float64Array.of(0.1, 0.1, 0.12)).statistic).toBeCloseTo(16, 6);
  });

  it("through a study: identical day-0 abnormal returns give the test a reason and a NaN p-value", () => {
    const result = runStudy({
      securities: new Map([
        ["A", security(1, 0.05)],
        ["B", security(2, 0.05)],
        ["C", security(3, 0.05)],
      ]),
      markets: new Map([["M", market]]),
      defaultMarket: "M",
      events: ["A", "B", "C"].map((s) => ({ id: s, security: s, date: 19_150 })),
      options: { model: "market-adjusted", estimation: [-100, -11], minEstimationDays: 50, windows: [[0, 0]], tests: ["cross-sectional-t"] },
    });
    const test = result.groups[0]!.windows[0]!.tests["cross-sectional-t"]!;
    expect(test.statistic).toBeNaN();
    expect(test.pValue).toBeNaN();
    expect(test.reason).toContain("zero cross-sectional variance");
  });
});

describe("a bad close in the market series", () => {
  it("gives the events whose window holds it a status naming the market, and leaves it out of the others' fits", () => {
    const values = Float64Array.from(market.values);
    values[120] = Math.expm1(0.4); // the index's close on day 120 is 1.49 times the one before...
    values[121] = Math.expm1(-0.4); // ...and back the next day
    const bad: Series = { dates, values };
    const study = (date: number) =>
      runStudy({
        securities: new Map([["A", security(1, 0)]]),
        markets: new Map([["M", bad]]),
        defaultMarket: "M",
        events: [{ id: "e", security: "A", date }],
        options: { model: "market-model", estimation: [-100, -11], minEstimationDays: 50, windows: [[-1, 1]] },
      });
    const inside = study(19_121);
    expect(inside.events[0]!.status).toBe("suspect-price-in-event-window");
    expect(inside.events[0]!.reason).toMatch(
      /^M: the close on 2022-05-08 is 1\.49 times the previous close and returns the next session \(a bad close\), inside the event window$/,
    );
    const later = study(19_180);
    expect(later.events[0]!.status).toBe("ok");
    expect(later.events[0]!.estimation!.excluded!.map((x) => x.date)).toEqual(["2022-05-08", "2022-05-09"]);
  });
});

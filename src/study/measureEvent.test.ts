import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { CONVENTIONS, type Convention } from "./conventions.js";
import { eventGrid, spanColumn, type EventWindow } from "./eventWindow.js";
import { expectAllClose, expectClose } from "./fixtures/expectClose.js";
import { fixtures, type MeasureCaseFixture } from "./fixtures/studyFixtures.js";
import { measureEvent } from "./fixtures/measureOne.js";
import { RETURN_MODELS } from "./models/index.js";
import { marketModel } from "./models/marketModel.js";
import { buildPanel } from "./panel.js";
import { runStudy, type StudyEvent } from "./runStudy.js";

const fx = fixtures.measure;

function conventionOf(c: MeasureCaseFixture): Convention {
  return c.convention === "ols" ? { ...CONVENTIONS.textbook, residualVariance: "ols" } : CONVENTIONS[c.convention];
}

function measureCase(c: MeasureCaseFixture) {
  const dates = Int32Array.from(fx.dates);
  const rm = Float64Array.from(fx.rm);
  for (const d of c.marketNaN) rm[d] = Number.NaN;
  const market: Series = { dates, values: rm };
  const security: Series = { dates: Int32Array.from(fx.securityDates), values: Float64Array.from(fx.r) };
  const factors = {
    dates,
    rf: Float64Array.from(fx.rf),
    columns: Object.fromEntries(Object.entries(fx.factors).map(([k, v]) => [k, Float64Array.from(v)])),
  };
  const model = RETURN_MODELS[c.model];
  const panel = c.model === "market-model" ? buildPanel(security, market) : buildPanel(security, undefined, factors);
  const grid = eventGrid(fx.estimation, fx.windows);
  const row = fx.eventDay - fx.listed;
  const m = measureEvent(
    panel,
    model,
    model.design(panel),
    row,
    { grid, windows: fx.windows, minEstimationDays: 30, convention: conventionOf(c), returnType: c.returnType },
    c.model === "market-model" ? market : undefined,
  );
  return { m, grid, row };
}

describe("measureEvent against explicit matrix formulas (numpy, security listed inside the estimation window)", () => {
  for (const c of fx.cases) {
    it(`${c.name}: coefficients, M, s², AR, Var(AR) = s²(1 + x*'(X'X)⁻¹x*), CAR, Var(CAR) = s²(L + 1'X*(X'X)⁻¹X*'1), BHAR (relative 1e-10)`, () => {
      const { m, grid } = measureCase(c);
      expect(m.status.code, JSON.stringify(m.status)).toBe("ok");
      const ctx = c.name;
      expect(m.m, `${ctx}: M`).toBe(c.m);
      expect(m.fit!.df, `${ctx}: df`).toBe(c.df);
      expectAllClose(m.fit!.coef, c.coef, 1e-10, `${ctx}: coef`, 1e-15);
      expectClose(m.s2, c.s2, 1e-10, `${ctx}: s2`);
      expectAllClose(m.ar.subarray(grid.estimationLength), c.ar, 1e-10, `${ctx}: AR`, 1e-15);
      expectAllClose(m.arVariance, c.arVariance, 1e-10, `${ctx}: Var(AR)`);
      expectAllClose(m.car, c.car, 1e-10, `${ctx}: CAR`, 1e-15);
      expectAllClose(m.carVariance, c.carVariance, 1e-10, `${ctx}: Var(CAR)`);
      expectAllClose(m.bhar, c.bhar, 1e-10, `${ctx}: BHAR`, 1e-15);
      expect(Array.from(m.estimationDates!), `${ctx}: first/last estimation dates`).toEqual(c.estimationDates);
      expect(Array.from(m.spanDates)).toEqual(fx.securityDates.slice(fx.eventDay - fx.listed - 5, fx.eventDay - fx.listed + 6));
    });
  }

  it("estimation-day ARs: NaN before the listing and where the market is missing, else R - α - βRm (relative 1e-10)", () => {
    const c = fx.cases[0]!;
    const { m, row } = measureCase(c);
    const estFrom = Math.max(0, row + fx.estimation[0]);
    const n = fx.estimation[1] - fx.estimation[0] + 1;
    for (let g = 0; g < n; g++) {
      const i = row + fx.estimation[0] + g;
      const want = i < estFrom ? null : c.estimationAr[i - estFrom]!;
      if (want === null) expect(m.ar[g], `estimation column ${g} (row ${i})`).toBeNaN();
      else expectClose(m.ar[g]!, want, 1e-10, `estimation column ${g} (row ${i})`, 1e-15);
    }
  });

  it("the conventions really differ on this data (so each case discriminates)", () => {
    const [textbook, ols, py, estudy2] = fx.cases;
    expect(Math.abs(textbook!.s2 / ols!.s2 - 1)).toBeGreaterThan(1e-3);
    expect(Math.abs(textbook!.arVariance[5]! / py!.arVariance[5]! - 1)).toBeGreaterThan(1e-3);
    const plainTextbook = fx.cases[4]!; // same market as estudy2's case, textbook moments
    expect(Math.abs(estudy2!.carVariance[2]! / (plainTextbook.carVariance[2]! * 1) - 1)).toBeGreaterThan(1e-6);
  });
});

// ---------------------------------------------------------------------------------------------- statuses
const DAY0 = 19_000;
const weekday = (d: number): number => (d + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
/** 120 weekdays from DAY0 on. */
const tradingDays = Array.from({ length: 200 }, (_, i) => DAY0 + i)
  .filter((d) => weekday(d) !== 0 && weekday(d) !== 6)
  .slice(0, 120);

function series(days: readonly number[], seed: number, scale = 0.01): Series {
  return {
    dates: Int32Array.from(days),
    values: Float64Array.from(days, (d, i) => scale * Math.sin(seed * 1.37 + i * 0.91 + d * 0.013)),
  };
}

const statusOptions = { model: "market-model", estimation: [-40, -6], windows: [[-2, 2]], minEstimationDays: 20 } as const;

function statusOf(
  security: Series,
  date: number,
  options: Record<string, unknown> = {},
  market = series(tradingDays, 1),
): { code: string; day0?: string; reason: string } {
  const events: StudyEvent[] = [{ id: "e", security: "S", date }];
  const r = runStudy({
    securities: new Map([["S", security]]),
    markets: new Map([["M", market]]),
    defaultMarket: "M",
    events,
    options: { ...statusOptions, ...options, tests: ["cross-sectional-t"] },
  });
  const e = r.events[0]!;
  return { code: e.status, reason: e.reason, ...(e.day0 === undefined ? {} : { day0: e.day0 }) };
}

const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
const sec = (days: readonly number[]): Series => ({
  dates: Int32Array.from(days),
  values: Float64Array.from(days, (d, i) => 0.002 + 1.1 * series(tradingDays, 1).values[tradingDays.indexOf(d)]! + 0.004 * Math.cos(i * 2.3)),
});

describe("event statuses", () => {
  const all = sec(tradingDays);
  const at = (k: number): number => tradingDays[k]!;

  it("ok in the middle of the data", () => {
    expect(statusOf(all, at(60)).code).toBe("ok");
  });

  it("not-yet-listed: the event is before the security's first return", () => {
    const s = statusOf(sec(tradingDays.slice(50)), at(30));
    expect(s.code).toBe("not-yet-listed");
    expect(s.reason).toContain(iso(at(50)));
  });

  it("not-yet-listed: the event window starts before the first return", () => {
    expect(statusOf(sec(tradingDays.slice(50)), at(51)).code).toBe("not-yet-listed");
  });

  it("after-last-data: the event is after the last return", () => {
    expect(statusOf(sec(tradingDays.slice(0, 70)), at(90)).code).toBe("after-last-data");
  });

  it("event-window-beyond-data: the window ends after the last return", () => {
    const s = statusOf(sec(tradingDays.slice(0, 70)), at(68));
    expect(s.code).toBe("event-window-beyond-data");
    expect(statusOf(sec(tradingDays.slice(0, 70)), at(67)).code).toBe("ok");
  });

  it("estimation-too-short: fewer estimation days with data than required (boundary exact)", () => {
    // Listed at day 40, event at 65: estimation rows max(0, 25-40)..25-6 → 20 days.
    const s = sec(tradingDays.slice(40));
    expect(statusOf(s, at(65), { minEstimationDays: 21 }).code).toBe("estimation-too-short");
    expect(statusOf(s, at(65), { minEstimationDays: 20 }).code).toBe("ok");
  });

  it("gap-in-event-window: the security misses a day the market traded inside the window", () => {
    const gap = sec(tradingDays.filter((_, k) => k !== 59));
    const s = statusOf(gap, at(60));
    expect(s.code).toBe("gap-in-event-window");
    // The same gap in the estimation window only masks that return.
    expect(statusOf(gap, at(80)).code).toBe("ok");
  });

  it("not-traded-on-event-date: the market traded on the event date but the security has no return", () => {
    const s = statusOf(sec(tradingDays.filter((_, k) => k !== 60)), at(60));
    expect(s.code).toBe("not-traded-on-event-date");
  });

  it("market-missing-in-event-window: the market has no return on a security day inside the window", () => {
    const market = series(
      tradingDays.filter((_, k) => k !== 61),
      1,
    );
    expect(statusOf(all, at(60), {}, market).code).toBe("market-missing-in-event-window");
  });

  it("model-failed: a market that is constant over the estimation window", () => {
    const flat: Series = { dates: Int32Array.from(tradingDays), values: Float64Array.from(tradingDays, (_, k) => (k < 58 ? 0 : 0.01 * Math.sin(k))) };
    expect(statusOf(all, at(60), {}, flat).code).toBe("model-failed");
  });

  describe("an event on a weekend (no one traded)", () => {
    const saturday = tradingDays.find((d, k) => k > 50 && weekday(d) === 5)! + 1;
    it("is a Saturday between two trading days", () => {
      expect(weekday(saturday)).toBe(6);
      expect(tradingDays.includes(saturday)).toBe(false);
    });
    it("next: day 0 is the following Monday", () => {
      const s = statusOf(all, saturday, { nonTradingDay: "next" });
      expect(s.code).toBe("ok");
      expect(s.day0).toBe(iso(saturday + 2));
    });
    it("previous: day 0 is the Friday before", () => {
      const s = statusOf(all, saturday, { nonTradingDay: "previous" });
      expect(s.code).toBe("ok");
      expect(s.day0).toBe(iso(saturday - 1));
    });
    it("exclude: the event is not measured", () => {
      expect(statusOf(all, saturday, { nonTradingDay: "exclude" }).code).toBe("non-trading-day-excluded");
    });
  });
});

// ---------------------------------------------------------------------------------------------- properties

describe("measureEvent properties", () => {
  const ret = fc.integer({ min: -50_000, max: 50_000 }).map((i) => i / 1e6);
  const windows: EventWindow[] = [
    [0, 0],
    [-3, 2],
    [1, 4],
    [-3, 4],
  ];
  const grid = eventGrid([-60, -5], windows);
  /** The market model measured with day 0 at row 70 of a panel (textbook convention). */
  const measuredAtRow70 = (panel: ReturnType<typeof buildPanel>, market: Series): ReturnType<typeof measureEvent> =>
    measureEvent(
      panel,
      marketModel,
      marketModel.design(panel),
      70,
      { grid, windows, minEstimationDays: 20, convention: CONVENTIONS.textbook, returnType: "simple" },
      market,
    );
  const days = Array.from({ length: 80 }, (_, i) => 3000 + i);

  it("CAR of every window is the sum of its ARs, and BHAR of a one-day window is that day's AR (property, 1e-15 absolute)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ret, ret), { minLength: 80, maxLength: 80 }), (rows) => {
        const market = { dates: Int32Array.from(days), values: Float64Array.from(rows, (r) => r[0]) };
        const panel = buildPanel({ dates: Int32Array.from(days), values: Float64Array.from(rows, (r) => r[1] + 0.8 * r[0]) }, market);
        const m = measuredAtRow70(panel, market);
        fc.pre(m.status.code === "ok");
        windows.forEach(([a, b], w) => {
          let sum = 0;
          for (let d = a; d <= b; d++) sum += m.ar[spanColumn(grid, d)]!;
          expect(Math.abs(m.car[w]! - sum), `window ${w}: ${m.car[w]} vs Σ AR ${sum}`).toBeLessThanOrEqual(1e-15);
        });
        expect(Math.abs(m.bhar[0]! - m.ar[spanColumn(grid, 0)]!)).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it("Var(CAR) of a one-day window equals Var(AR) of that day (property, relative 1e-12)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ret, ret), { minLength: 80, maxLength: 80 }), (rows) => {
        const market = { dates: Int32Array.from(days), values: Float64Array.from(rows, (r) => r[0]) };
        const panel = buildPanel({ dates: Int32Array.from(days), values: Float64Array.from(rows, (r) => r[1]) }, market);
        const m = measuredAtRow70(panel, market);
        fc.pre(m.status.code === "ok");
        expectClose(m.carVariance[0]!, m.arVariance[-grid.span[0]]!, 1e-12, "day-0 window");
      }),
    );
  });
});

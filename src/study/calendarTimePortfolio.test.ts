import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { calendarTimeAlpha, calendarTimeReturns, holdingReturns, type Holding } from "./calendarTimePortfolio.js";
import { expectAllClose, expectClose } from "./fixtures/expectClose.js";
import { f64, type Nullable } from "./fixtures/studyFixtures.js";
import type { FactorSeries } from "./panel.js";
import type { StudyOptionsInput } from "./options.js";
import { runStudy } from "./runStudy.js";
import { StudyInputError } from "./studyInputError.js";

interface AlphaFixture {
  days: number;
  alpha: number;
  standardError: number;
  statistic: number;
  df: number;
  lower: number;
  upper: number;
  rSquared: number;
}

/** Written by make_calendar_time.py (numpy/scipy). */
interface CalendarTimeFixture {
  dates: number[];
  factors: Record<"Mkt-RF" | "SMB" | "HML" | "MOM" | "RF", Nullable>;
  market: number[];
  securities: Record<string, Nullable>;
  events: { id: string; security: string; date: number; marketCap: number }[];
  cases: {
    horizon: number;
    weighting: "equal" | "value";
    portfolio: { dates: number[]; returns: number[]; firms: number[] };
    alphas: Record<"fama-french-3" | "carhart-4", AlphaFixture>;
  }[];
}

const fx: CalendarTimeFixture = JSON.parse(readFileSync(new URL("./fixtures/calendarTime.json", import.meta.url), "utf8"));
const dates = Int32Array.from(fx.dates);
const securities = new Map<string, Series>(Object.entries(fx.securities).map(([name, values]) => [name, { dates, values: f64(values) }]));
const { RF, ...columns } = fx.factors;
const factors: FactorSeries = { dates, rf: f64(RF), columns: Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, f64(v)])) };
const MODELS = { "fama-french-3": ["Mkt-RF", "SMB", "HML"], "carhart-4": ["Mkt-RF", "SMB", "HML", "MOM"] } as const;

function holdings(horizon: number, weighting: "equal" | "value", from = securities): Holding[] {
  return fx.events.map((e) => ({
    security: e.security,
    ...holdingReturns(from.get(e.security)!, e.date, horizon),
    weight: weighting === "value" ? e.marketCap : 1,
  }));
}

/** Alpha, its se and t relative 1e-10 (R² 1e-10), tails 1e-9, days and df exact. */
function expectAlpha(got: ReturnType<typeof calendarTimeAlpha>, want: AlphaFixture, context: string): void {
  expect(got.days, context).toBe(want.days);
  expect(got.t.df, context).toBe(want.df);
  expectClose(got.alpha, want.alpha, 1e-10, `${context} alpha`);
  expectClose(got.standardError, want.standardError, 1e-10, `${context} se`);
  expectClose(got.t.statistic, want.statistic, 1e-10, `${context} t`);
  expectClose(got.t.lower, want.lower, 1e-9, `${context} lower tail`, 1e-15);
  expectClose(got.t.upper, want.upper, 1e-9, `${context} upper tail`, 1e-15);
  expectClose(got.rSquared, want.rSquared, 1e-10, `${context} R²`);
}

describe("calendar-time portfolio against numpy (make_calendar_time.py)", () => {
  for (const c of fx.cases) {
    const context = `H ${c.horizon}, ${c.weighting} weights`;
    it(`${context}: the daily portfolio (returns relative 1e-12) and its FF3 and Carhart alphas`, () => {
      const p = calendarTimeReturns(holdings(c.horizon, c.weighting));
      expect([...p.dates]).toEqual(c.portfolio.dates);
      expect([...p.firms]).toEqual(c.portfolio.firms);
      expectAllClose(p.returns, c.portfolio.returns, 1e-12, `${context} returns`);
      for (const [model, names] of Object.entries(MODELS))
        expectAlpha(calendarTimeAlpha(p, factors, names), c.alphas[model as keyof typeof MODELS], `${context} ${model}`);
    });
  }
});

const study = (calendarTime: NonNullable<StudyOptionsInput["calendarTime"]>, withFactors = true, events = fx.events) =>
  runStudy({
    securities,
    markets: new Map([["M", { dates, values: Float64Array.from(fx.market) }]]),
    defaultMarket: "M",
    ...(withFactors ? { factors } : {}),
    events: events.map((e) => ({ id: e.id, security: e.security, date: e.date, covariates: { marketCap: e.marketCap } })),
    options: { estimation: [-120, -11], minEstimationDays: 60, windows: [[0, 0]], suspectReturns: "keep", calendarTime },
  });

describe("calendar-time portfolio in a study (option calendarTime)", () => {
  it("reports each group's portfolio days, average firms and both alphas, as the numpy reference", () => {
    for (const c of fx.cases) {
      const r = study({ horizon: c.horizon, weighting: c.weighting, ...(c.weighting === "value" ? { weight: "marketCap" } : {}) });
      expect(r.groups[0]!.measured).toBe(fx.events.length);
      const all = r.calendarTime![0]!;
      expect(all).toMatchObject({ group: "all", horizon: c.horizon, weighting: c.weighting, days: c.portfolio.dates.length });
      expectClose(all.averageFirms, c.portfolio.firms.reduce((a, b) => a + b, 0) / c.portfolio.firms.length, 1e-12, "average firms");
      expect(all.alphas.map((a) => a.model)).toEqual(["fama-french-3", "carhart-4"]);
      for (const a of all.alphas) {
        const want = c.alphas[a.model];
        expectClose(a.alpha, want.alpha, 1e-10, `${a.model} alpha`);
        expectClose(a.statistic, want.statistic, 1e-10, `${a.model} t`);
        expectClose(a.pValue, 2 * Math.min(want.lower, want.upper), 1e-9, `${a.model} p`);
        expect(a.df).toBe(want.df);
      }
    }
  });

  it("gives each group its own portfolio, over its own events", () => {
    const grouped = runStudy({
      securities,
      markets: new Map([["M", { dates, values: Float64Array.from(fx.market) }]]),
      defaultMarket: "M",
      factors,
      events: fx.events.map((e, i) => ({ id: e.id, security: e.security, date: e.date, group: i % 2 === 0 ? "even" : "odd" })),
      options: { estimation: [-120, -11], minEstimationDays: 60, windows: [[0, 0]], suspectReturns: "keep", calendarTime: { horizon: 5 } },
    });
    expect(grouped.calendarTime!.map((c) => c.group)).toEqual(["all", "even", "odd"]);
    for (const [g, parity] of [
      [1, 0],
      [2, 1],
    ] as const) {
      const own = holdings(5, "equal").filter((_, i) => i % 2 === parity);
      const p = calendarTimeReturns(own);
      const got = grouped.calendarTime![g]!;
      expect(got.days).toBe(p.dates.length);
      expectClose(got.alphas[0]!.alpha, calendarTimeAlpha(p, factors, MODELS["fama-french-3"]).alpha, 1e-12, `${got.group} alpha`);
    }
  });

  it("says why there is no alpha without factors, and no value weighting without a weight", () => {
    const noFactors = study({ horizon: 5 }, false).calendarTime![0]!;
    expect(noFactors.alphas).toEqual([]);
    expect(noFactors.days).toBe(fx.cases[2]!.portfolio.dates.length);
    expect(noFactors.reason).toMatch(/no factor returns given/);
    const noWeight = study({ horizon: 5, weighting: "value" }).calendarTime![0]!;
    expect(noWeight.reason).toMatch(/value weighting needs each event's market capitalisation/);
  });

  it("rejects a value weight that is missing or not positive, naming the event", () => {
    const bad = fx.events.map((e, i) => (i === 3 ? { ...e, marketCap: -1 } : e));
    expect(() => study({ horizon: 5, weighting: "value", weight: "marketCap" }, true, bad)).toThrow(StudyInputError);
    expect(() => study({ horizon: 5, weighting: "value", weight: "size" })).toThrow(/value weighting needs "size" for every event; event "e1" has none/);
  });
});

describe("calendar-time portfolio (properties)", () => {
  it("adding a to every security's return on every day adds a to the alpha and leaves its standard error (relative 1e-10)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        fc.constantFrom(0, 5, 20),
        fc.constantFrom("equal" as const, "value" as const),
        (a, horizon, weighting) => {
          const shifted = new Map([...securities].map(([name, s]) => [name, { dates, values: s.values.map((v) => v + a) }]));
          for (const names of Object.values(MODELS)) {
            const base = calendarTimeAlpha(calendarTimeReturns(holdings(horizon, weighting)), factors, names);
            const moved = calendarTimeAlpha(calendarTimeReturns(holdings(horizon, weighting, shifted)), factors, names);
            expect(Math.abs(moved.alpha - (base.alpha + a))).toBeLessThanOrEqual(1e-10 * (Math.abs(base.alpha) + Math.abs(a)) + 1e-15);
            expectClose(moved.standardError, base.standardError, 1e-10, "se");
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("scaling every market capitalisation by c > 0 leaves the value-weighted portfolio (relative 1e-12)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.constantFrom(0, 5, 20), (c, horizon) => {
        const base = calendarTimeReturns(holdings(horizon, "value"));
        const scaled = calendarTimeReturns(holdings(horizon, "value").map((h) => ({ ...h, weight: h.weight * c })));
        expectAllClose(scaled.returns, base.returns, 1e-12, `c ${c}`);
      }),
      { numRuns: 60 },
    );
  });
});

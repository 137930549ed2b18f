import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose } from "../fixtures/expectClose.js";
import { runStudy, type StudyEvent, type StudyInput } from "../runStudy.js";
import type { StudyResult } from "../results.js";
import type { Series } from "../../series.js";
import { returnsFromPrices } from "../returns.js";
import { isoDate } from "../../calendar/days.js";
import { StudyInputError } from "../studyInputError.js";

/** Written by make_kinds_fixtures.py (numpy), beside this file; null stands for NaN. */
interface KindFixtures {
  options: { estimation: [number, number]; windows: [number, number][]; minEstimationDays: number };
  dates: number[];
  names: string[];
  eventDates: number[];
  indexVolume: number[];
  volumes: (number | null)[][];
  indexClose: number[];
  closes: number[][];
  volume: Record<"benchmark" | "sample", { events: ReferenceEvent[]; group: ReferenceGroup }>;
  highs: (number | null)[][];
  lows: (number | null)[][];
  range: {
    events: (Omit<ReferenceEvent, "alpha" | "beta" | "s2" | "m"> & { mean: number })[];
    group: Omit<ReferenceGroup, "dayBmp" | "windows"> & { windows: { caar: number; t: number }[] };
  };
  volatility: {
    events: { day0: number; s2: number; ar: number[]; windows: { car: number }[] }[];
    group: Omit<ReferenceGroup, "dayBmp" | "windows"> & { windows: { caar: number; t: number }[] };
  };
}
interface ReferenceEvent {
  day0: number;
  alpha: number;
  beta: number;
  s2: number;
  m: number;
  ar: number[];
  varAr: number[];
  windows: { car: number; varCar: number }[];
}
interface ReferenceGroup {
  aar: number[];
  dayT: number[];
  dayBmp: number[];
  windows: { caar: number; t: number; bmp: number }[];
}

const fx: KindFixtures = JSON.parse(readFileSync(new URL("./fixtures/kinds.json", import.meta.url), "utf8"));
const dates = Int32Array.from(fx.dates);
const series = (values: readonly (number | null)[]): Series => ({ dates, values: Float64Array.from(values, (v) => v ?? Number.NaN) });
const events: StudyEvent[] = fx.names.map((security, i) => ({ id: `e${i}`, security, date: fx.eventDates[i]!, market: "IDX" }));
const volumes = new Map<string, Series>([["IDX", series(fx.indexVolume)], ...fx.names.map((n, i) => [n, series(fx.volumes[i]!)] as const)]);
const closes = new Map<string, Series>([["IDX", series(fx.indexClose)], ...fx.names.map((n, i) => [n, series(fx.closes[i]!)] as const)]);
const returns = new Map([...closes].map(([name, s]) => [name, returnsFromPrices(s, "simple")]));

// Relative 1e-10, with an absolute floor of 1e-12 for figures near zero (log volumes are near 15, so
// their rounding is some 1e-15).
const TOL = 1e-10;
const ABS = 1e-12;

function volumeStudy(volumeMarket: "benchmark" | "sample"): StudyResult {
  const input: StudyInput = {
    securities: new Map(),
    volumes,
    events,
    options: { ...fx.options, kind: "volume", volumeMarket, tests: ["cross-sectional-t", "bmp"] },
  };
  return runStudy(input);
}

describe.each(["benchmark", "sample"] as const)("abnormal log volume against the %s's log volume (Campbell & Wasley 1996), against numpy", (market) => {
  const result = volumeStudy(market);
  const want = fx.volume[market];

  it("fits each security's market model on log volume and reports its abnormal log volumes and CARs", () => {
    expect(result.conventions.kind).toBe("volume");
    result.events.forEach((e, i) => {
      const ref = want.events[i]!;
      expect(e.status, e.reason).toBe("ok");
      expect(e.day0).toBe(isoDate(ref.day0));
      expect(e.estimation!.days).toBe(ref.m);
      expectClose(e.parameters!["alpha"]!, ref.alpha, TOL, `${e.id} alpha`, ABS);
      expectClose(e.parameters!["beta"]!, ref.beta, TOL, `${e.id} beta`, ABS);
      expectClose(e.residualSd! ** 2, ref.s2, TOL, `${e.id} s2`);
      expectAllClose(
        e.days.map((d) => d.ar),
        ref.ar,
        TOL,
        `${e.id} AR`,
        ABS,
      );
      expectAllClose(
        e.days.map((d) => d.se ** 2),
        ref.varAr,
        TOL,
        `${e.id} Var(AR)`,
      );
      expectAllClose(
        e.windows.map((w) => w.car),
        ref.windows.map((w) => w.car),
        TOL,
        `${e.id} CAR`,
        ABS,
      );
      expectAllClose(
        e.windows.map((w) => w.se ** 2),
        ref.windows.map((w) => w.varCar),
        TOL,
        `${e.id} Var(CAR)`,
      );
      for (const w of e.windows) expect(w.bhar, "a buy-and-hold return of log volume means nothing").toBeNaN();
    });
  });

  it("averages them and tests them with the cross-sectional t and BMP", () => {
    const all = result.groups[0]!;
    expect(all.measured).toBe(fx.names.length);
    expectAllClose(
      all.days.map((d) => d.aar),
      want.group.aar,
      TOL,
      "AAR",
      ABS,
    );
    expectAllClose(
      all.days.map((d) => d.tests["cross-sectional-t"]!.statistic),
      want.group.dayT,
      TOL,
      "daily t",
      ABS,
    );
    expectAllClose(
      all.days.map((d) => d.tests.bmp!.statistic),
      want.group.dayBmp,
      TOL,
      "daily BMP",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.caar),
      want.group.windows.map((w) => w.caar),
      TOL,
      "CAAR",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.tests["cross-sectional-t"]!.statistic),
      want.group.windows.map((w) => w.t),
      TOL,
      "window t",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.tests.bmp!.statistic),
      want.group.windows.map((w) => w.bmp),
      TOL,
      "window BMP",
      ABS,
    );
  });
});

describe("abnormal volume: zero and missing volumes", () => {
  it("reads a zero volume as ln(1) = 0, and a missing one as no day at all", () => {
    const result = volumeStudy("benchmark");
    // S2 traded nothing on day +2: its log volume 0 is far below normal.
    expect(result.events[2]!.days.find((d) => d.day === 2)!.ar).toBeLessThan(-5);
    // S4 has no volume on the calendar day after day 0: day +1 is the next day with a volume.
    const s4 = result.events[4]!;
    expect(s4.days.find((d) => d.day === 1)!.date).toBe(isoDate(fx.eventDates[4]! + 2));
  });

  it("asks for volumes when a volume study gets none, and refuses factor models", () => {
    expect(() => runStudy({ securities: returns, events, options: { kind: "volume" } })).toThrow(/needs each security's trading volume/);
    expect(() => runStudy({ securities: new Map(), volumes, events, options: { kind: "volume", model: "fama-french-3" } })).toThrow(StudyInputError);
  });
});

describe("abnormal volatility, AR²/s² against 1 (Beaver 1968; Landsman & Maydew 2002), against numpy", () => {
  const result = runStudy({ securities: returns, markets: returns, events, options: { ...fx.options, kind: "volatility" } });

  it("turns each abnormal return into its volatility ratio minus one, summed over the windows", () => {
    expect(result.conventions.kind).toBe("volatility");
    expect(result.conventions.tests.map((t) => t.name)).toEqual(["cross-sectional-t"]);
    result.events.forEach((e, i) => {
      const ref = fx.volatility.events[i]!;
      expect(e.status, e.reason).toBe("ok");
      expect(e.day0).toBe(isoDate(ref.day0));
      expectClose(e.residualSd! ** 2, ref.s2, TOL, `${e.id} s2`);
      expectAllClose(
        e.days.map((d) => d.ar),
        ref.ar,
        TOL,
        `${e.id} U - 1`,
        ABS,
      );
      expectAllClose(
        e.windows.map((w) => w.car),
        ref.windows.map((w) => w.car),
        TOL,
        `${e.id} sum of U - 1`,
        ABS,
      );
      e.windows.forEach((w) => expectClose(w.se, Math.sqrt(2 * (w.window[1] - w.window[0] + 1)), 1e-15, `${e.id} se`));
    });
  });

  it("tests the mean ratio against 1 with the cross-sectional t", () => {
    const all = result.groups[0]!;
    const want = fx.volatility.group;
    expectAllClose(
      all.days.map((d) => d.aar),
      want.aar,
      TOL,
      "mean U - 1",
      ABS,
    );
    expectAllClose(
      all.days.map((d) => d.tests["cross-sectional-t"]!.statistic),
      want.dayT,
      TOL,
      "daily t",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.caar),
      want.windows.map((w) => w.caar),
      TOL,
      "CAAR",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.tests["cross-sectional-t"]!.statistic),
      want.windows.map((w) => w.t),
      TOL,
      "window t",
      ABS,
    );
  });

  it("refuses a test that standardizes returns", () => {
    expect(() => runStudy({ securities: returns, markets: returns, events, options: { kind: "volatility", tests: ["patell"] } })).toThrow(
      /patell test does not apply to abnormal volatility/,
    );
  });
});

describe("range volatility, Parkinson's (1980) high-low variance over its estimation mean, against numpy", () => {
  const highLow = new Map(fx.names.map((n, i) => [n, { high: series(fx.highs[i]!), low: series(fx.lows[i]!) }]));
  const options = { ...fx.options, kind: "volatility", volatilityMeasure: "parkinson-range" } as const;
  const result = runStudy({ securities: new Map(), highLow, events, options });

  it("reports each day's range-variance ratio minus one, its se and the window sums", () => {
    expect(result.conventions.model).toBe("constant-mean");
    expect(result.conventions.measure).toMatch(/^ar is the range-volatility ratio minus one/);
    result.events.forEach((e, i) => {
      const ref = fx.range.events[i]!;
      expect(e.status, e.reason).toBe("ok");
      expect(e.day0).toBe(isoDate(ref.day0));
      expectClose(e.parameters!["mean"]!, ref.mean, TOL, `${e.id} mean range variance`);
      expectAllClose(
        e.days.map((d) => d.ar),
        ref.ar,
        TOL,
        `${e.id} P/P̄ - 1`,
        ABS,
      );
      expectAllClose(
        e.days.map((d) => d.se ** 2),
        ref.varAr,
        TOL,
        `${e.id} Var`,
      );
      expectAllClose(
        e.windows.map((w) => w.car),
        ref.windows.map((w) => w.car),
        TOL,
        `${e.id} window sum`,
        ABS,
      );
      expectAllClose(
        e.windows.map((w) => w.se ** 2),
        ref.windows.map((w) => w.varCar),
        TOL,
        `${e.id} window Var`,
      );
      for (const w of e.windows) expect(w.bhar).toBeNaN();
    });
    const all = result.groups[0]!;
    expectAllClose(
      all.days.map((d) => d.aar),
      fx.range.group.aar,
      TOL,
      "mean ratio - 1",
      ABS,
    );
    expectAllClose(
      all.days.map((d) => d.tests["cross-sectional-t"]!.statistic),
      fx.range.group.dayT,
      TOL,
      "daily t",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.caar),
      fx.range.group.windows.map((w) => w.caar),
      TOL,
      "CAAR",
      ABS,
    );
    expectAllClose(
      all.windows.map((w) => w.tests["cross-sectional-t"]!.statistic),
      fx.range.group.windows.map((w) => w.t),
      TOL,
      "window t",
      ABS,
    );
  });

  it("asks for highs and lows, and names a bar whose high is below its low", () => {
    expect(() => runStudy({ securities: returns, events, options })).toThrow(/needs each security's daily highs and lows/);
    const low = series(fx.lows[0]!);
    const bad = new Map([["S0", { high: series(fx.highs[0]!.map((h, i) => (i === 7 ? low.values[7]! / 2 : h))), low }]]);
    expect(() => runStudy({ securities: new Map(), highLow: bad, events: events.slice(0, 1), options })).toThrow(/highLow\.S0\.7: high .* no price range/);
  });
});

describe("a returns study", () => {
  it("says so, and keeps its BHARs", () => {
    const result = runStudy({ securities: returns, markets: returns, events, options: fx.options });
    expect(result.conventions.kind).toBe("returns");
    expect(Number.isFinite(result.events[0]!.windows[0]!.bhar)).toBe(true);
  });
});

describe("abnormal volatility: laws", () => {
  it("does not depend on the unit of returns: scaling every return by c leaves each ratio as it was (property, relative 1e-9)", () => {
    // Scaled returns may look like data errors to the screen; kept, so that the law is what is tested.
    const options = { ...fx.options, kind: "volatility", suspectReturns: "keep" } as const;
    const base = runStudy({ securities: returns, markets: returns, events, options });
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), (c) => {
        const scaled = new Map([...returns].map(([name, s]) => [name, { dates: s.dates, values: s.values.map((v) => v * c) }]));
        const result = runStudy({ securities: scaled, markets: scaled, events, options });
        result.events.forEach((e, i) => {
          expect(e.status, e.reason).toBe("ok");
          expectAllClose(
            e.days.map((d) => d.ar),
            base.events[i]!.days.map((d) => d.ar),
            1e-9,
            `c = ${c}, ${e.id}`,
            1e-12,
          );
        });
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it("does not depend on the price level: scaling a day's high and low by the same factor leaves its range ratio as it was (property, relative 1e-9)", () => {
    const options = { ...fx.options, kind: "volatility", volatilityMeasure: "parkinson-range" } as const;
    const highLow = new Map(fx.names.map((n, i) => [n, { high: series(fx.highs[i]!), low: series(fx.lows[i]!) }]));
    const base = runStudy({ securities: new Map(), highLow, events, options });
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: fx.dates.length, maxLength: fx.dates.length }), (factors) => {
        const scale = (s: Series): Series => ({ dates: s.dates, values: s.values.map((v, t) => v * factors[t]!) });
        const moved = new Map([...highLow].map(([n, b]) => [n, { high: scale(b.high), low: scale(b.low) }]));
        const result = runStudy({ securities: new Map(), highLow: moved, events, options });
        result.events.forEach((e, i) =>
          expectAllClose(
            e.days.map((d) => d.ar),
            base.events[i]!.days.map((d) => d.ar),
            1e-9,
            e.id,
            1e-12,
          ),
        );
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Series } from "../../series.js";
import type { ConventionName } from "../conventions.js";
import type { ModelName } from "../models/returnModel.js";
import { runStudy } from "../runStudy.js";
import { DEFAULT_TEST_NAMES, SIGNIFICANCE_TESTS, TEST_NAMES } from "./index.js";
import { seededUniform } from "../../../test/support/seededUniform.js";

const rng = seededUniform;

/** Seven securities on one market, one listed late and one with a missing day in its estimation window. */
function study(seed: number, c: number, model: ModelName, convention: ConventionName) {
  const u = rng(seed);
  const n = 160;
  const dates = Int32Array.from({ length: n }, (_, i) => 12_000 + i);
  const rm = Float64Array.from(dates, () => (u() - 0.5) * 0.025);
  const names = ["A", "B", "C", "D", "E", "F", "G"];
  const securities = new Map<string, Series>(
    names.map((name, k) => {
      const values = Float64Array.from(rm, (m, i) => (k === 1 && i < 40 ? Number.NaN : 0.0003 * k + (0.5 + 0.2 * k) * m + (u() - 0.5) * 0.02 * (1 + k / 3)));
      if (k === 4) values[70] = Number.NaN;
      values[130 + k] = values[130 + k]! + 0.02 * (u() - 0.3);
      return [name, { dates, values: values.map((v) => c * v) }];
    }),
  );
  return runStudy({
    securities,
    markets: new Map([["M", { dates, values: rm.map((v) => c * v) }]]),
    defaultMarket: "M",
    events: names.map((s, k) => ({ id: s, security: s, date: 12_130 + k })),
    // Scaled by up to 20, noise returns reach split-like sizes; the data screen is about levels, not scale.
    options: {
      model,
      convention,
      estimation: [-100, -6],
      windows: [
        [0, 0],
        [-2, 2],
        [0, 5],
      ],
      minEstimationDays: 40,
      suspectReturns: "keep",
    },
  });
}

describe("SIGNIFICANCE_TESTS", () => {
  it("registers every test name once, each with a label, a citation and a daily or window form", () => {
    expect(Object.keys(SIGNIFICANCE_TESTS).sort()).toEqual([...TEST_NAMES].sort());
    for (const [name, t] of Object.entries(SIGNIFICANCE_TESTS)) {
      expect(t.name).toBe(name);
      expect(t.citation.length).toBeGreaterThan(10);
      expect(t.daily ?? t.window).toBeDefined();
    }
  });
});

describe("scaling every return (security and market) by c > 0 (property)", () => {
  const models: ModelName[] = ["market-model", "constant-mean", "market-adjusted"];
  it("leaves every test statistic unchanged (relative 1e-8) and scales AR and CAR by c (relative 1e-9)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.constantFrom(...models),
        fc.constantFrom("textbook" as const, "estudy2" as const, "eventstudy-py" as const),
        (seed, c, model, convention) => {
          const a = study(seed, 1, model, convention);
          const b = study(seed, c, model, convention);
          const ctx = `seed ${seed} c ${c} ${model} ${convention}`;
          expect(a.groups[0]!.measured, ctx).toBe(7);
          a.events.forEach((e, i) => {
            const f = b.events[i]!;
            e.days.forEach((d, k) =>
              expect(Math.abs(f.days[k]!.ar - c * d.ar), `${ctx} event ${i} AR day ${d.day}`).toBeLessThanOrEqual(1e-9 * Math.abs(c * d.ar) + 1e-15),
            );
            e.windows.forEach((w, k) => {
              expect(Math.abs(f.windows[k]!.car - c * w.car), `${ctx} event ${i} CAR`).toBeLessThanOrEqual(1e-9 * Math.abs(c * w.car) + 1e-15);
              expect(Math.abs(f.windows[k]!.t - w.t), `${ctx} event ${i} t`).toBeLessThanOrEqual(1e-8 * Math.abs(w.t) + 1e-12);
            });
          });
          const ga = a.groups[0]!;
          const gb = b.groups[0]!;
          const compare = (x: Record<string, { statistic: number }>, y: Record<string, { statistic: number }>, where: string) => {
            expect(Object.keys(y).sort()).toEqual(Object.keys(x).sort());
            for (const [name, s] of Object.entries(x)) {
              const t = y[name]!.statistic;
              if (Number.isNaN(s.statistic)) {
                // Lamb needs a market: NaN under the constant-mean model, and NaN must stay NaN.
                expect(model === "constant-mean" && name === "lamb", `${ctx} ${where} ${name} is NaN`).toBe(true);
                expect(t, `${ctx} ${where} ${name}`).toBeNaN();
                continue;
              }
              expect(Math.abs(t - s.statistic), `${ctx} ${where} ${name}: ${s.statistic} vs ${t}`).toBeLessThanOrEqual(1e-8 * Math.abs(s.statistic) + 1e-10);
            }
          };
          ga.days.forEach((d, k) => compare(d.tests, gb.days[k]!.tests, `day ${d.day}`));
          ga.windows.forEach((w, k) => compare(w.tests, gb.windows[k]!.tests, `window ${w.window}`));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("DEFAULT_TEST_NAMES", () => {
  it("is the battery run when a study names no tests; the newer tests run only when named", () => {
    expect(DEFAULT_TEST_NAMES).toEqual(TEST_NAMES.slice(0, 15));
    const ran = Object.keys(study(1, 1, "market-model", "textbook").groups[0]!.windows[0]!.tests).sort();
    expect(ran).toEqual(DEFAULT_TEST_NAMES.filter((n) => SIGNIFICANCE_TESTS[n].window).sort());
    expect(ran).not.toContain("grank-t");
  });
});

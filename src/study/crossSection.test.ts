import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageAbnormalReturns, column, windowOffsets } from "./crossSection.js";
import { expectAllClose, expectClose } from "./fixtures/expectClose.js";
import { significanceCrossSection } from "./fixtures/significanceCrossSection.js";
import { f64, fixtures, type Nullable } from "./fixtures/studyFixtures.js";
import { runStudy } from "./runStudy.js";
import { seededUniform } from "../../test/support/seededUniform.js";

const sig = fixtures.significance;

describe("crossSection", () => {
  const cs = significanceCrossSection();

  it("lays the events out row-major: AR, CAR, s², M, df as given", () => {
    const cols = cs.grid.days.length;
    expect(cs.n).toBe(sig.n);
    for (let i = 0; i < sig.n; i++) {
      const row = f64(sig.ar[i]!);
      for (let c = 0; c < cols; c++) expect(Object.is(cs.ar[i * cols + c], row[c]), `event ${i} column ${c}`).toBe(true);
      expect(Array.from(cs.car.subarray(i * sig.windows.length, (i + 1) * sig.windows.length))).toEqual(sig.car[i]);
    }
    expect(Array.from(cs.s2)).toEqual(sig.s2);
    expect(Array.from(cs.m)).toEqual(sig.m);
    expect(Array.from(cs.df)).toEqual(sig.df);
  });

  it("SAR_it = AR_it/√Var(AR_it) on span days (relative 1e-15)", () => {
    const span = cs.grid.spanLength;
    for (let i = 0; i < sig.n; i++) {
      for (let d = 0; d < span; d++) {
        const ar = sig.ar[i]![cs.grid.estimationLength + d]!;
        expectClose(cs.sar[i * span + d]!, ar / Math.sqrt(sig.arVariance[i]![d]!), 1e-15, `event ${i} day ${d}`);
      }
    }
  });

  it("averageAbnormalReturns is numpy.nanmean per column (relative 1e-14)", () => {
    expectAllClose(averageAbnormalReturns(cs), f64(sig.expected.aar as unknown as Nullable), 1e-14, "AAR", 1e-18);
  });

  it("column and windowOffsets", () => {
    expect(Array.from(column(new Float64Array([1, 2, 3, 4, 5, 6]), 2, 3, 1))).toEqual([2, 5]);
    expect(windowOffsets(cs, [0, 4])).toEqual([1, 5]); // span starts at day -1
  });
});

const rng = seededUniform;

describe("CAAR is the sum of the window's AARs (textbook) and their mean (estudy2) (property, relative 1e-12)", () => {
  it("holds on random studies", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom("textbook" as const, "estudy2" as const), (seed, convention) => {
        const u = rng(seed);
        const dates = Int32Array.from({ length: 120 }, (_, i) => 10_000 + i);
        const market = Float64Array.from(dates, () => (u() - 0.5) * 0.02);
        const securities = new Map(
          ["A", "B", "C", "D"].map(
            (name, k) =>
              [name, { dates, values: Float64Array.from(market, (m, i) => (k === 3 && i < 30 ? Number.NaN : 0.9 * m + (u() - 0.5) * 0.03)) }] as const,
          ),
        );
        const windows: [number, number][] = [
          [0, 0],
          [-2, 3],
          [1, 5],
        ];
        const r = runStudy({
          securities,
          markets: new Map([["M", { dates, values: market }]]),
          defaultMarket: "M",
          events: ["A", "B", "C", "D"].map((s, k) => ({ id: s, security: s, date: 10_090 + k })),
          options: { estimation: [-60, -6], windows, minEstimationDays: 20, convention, tests: ["cross-sectional-t"] },
        });
        const g = r.groups[0]!;
        expect(g.measured).toBe(4);
        g.windows.forEach((w, k) => {
          const [a, b] = windows[k]!;
          let sum = 0;
          for (const d of g.days) if (d.day >= a && d.day <= b) sum += d.aar;
          expectClose(w.caar, convention === "textbook" ? sum : sum / (b - a + 1), 1e-12, `seed ${seed} ${convention} window [${a},${b}]`, 1e-17);
        });
      }),
      { numRuns: 30 },
    );
  });
});

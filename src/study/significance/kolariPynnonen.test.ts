import { describe, expect, it } from "vitest";
import { crossSection, type EventMeasurement } from "../fixtures/measureOne.js";
import { OK } from "../eventStatus.js";
import { eventGrid } from "../eventWindow.js";
import { expectClose } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { averageResidualCorrelation, kolariPynnonenFactor } from "./kolariPynnonen.js";

const kp = fixtures.significance.expected.kolariPynnonen as unknown as { rbar: number; factor: number; events: number };

/** n events with complete, cross-correlated ARs on 40 estimation days (deterministic, no RNG). */
function correlatedEvents(n: number): EventMeasurement[] {
  const common = Array.from({ length: 41 }, (_, t) => Math.sin(t * 1.7) + Math.cos(t * 0.31));
  return Array.from({ length: n }, (_, i) => {
    const ar = Float64Array.from({ length: 41 }, (_, t) => 0.3 * common[t]! + ((Math.sin((i + 1) * 12.9898 + t * 78.233) * 43758.5453) % 1));
    return {
      status: OK,
      fit: { coef: new Float64Array(2), xMean: new Float64Array(1), sInv: new Float64Array(1), s2: 1, df: 38, m: 40, r2: 0, estimated: true },
      s2: 1,
      m: 40,
      ar,
      rm: new Float64Array(41),
      arVariance: new Float64Array(1).fill(1),
      spanDates: new Int32Array(1),
      car: new Float64Array(1),
      carVariance: new Float64Array(1),
      bhar: new Float64Array(1),
    };
  });
}

describe("Kolari-Pynnönen factor", () => {
  it("r̄ = the average of z_it·z_jt over every pair and common day, z standardized over each event's own days (numpy pair loop, relative 1e-12)", () => {
    const cs = significanceCrossSection();
    expect(kp.events).toBe(7); // event 7 (24 estimation days) is left out
    expectClose(averageResidualCorrelation(cs), kp.rbar, 1e-12, "r̄");
    expectClose(kolariPynnonenFactor(cs), kp.factor, 1e-12, "factor");
  });

  it("above 1000 events on complete data, r̄ equals the direct mean of the pairwise correlations (relative 1e-9)", () => {
    const n = 1001;
    const events = correlatedEvents(n);
    const grid = eventGrid([-45, -6], [[0, 0]]);
    const cs = crossSection(events, grid, [[0, 0]]);
    // Direct mean of the n(n-1)/2 Pearson correlations over the 40 estimation days.
    const est = 40;
    const z = events.map((e) => {
      const x = e.ar.subarray(0, est);
      const mean = x.reduce((a, b) => a + b, 0) / est;
      const ss = x.reduce((a, b) => a + (b - mean) ** 2, 0);
      return x.map((v) => (v - mean) / Math.sqrt(ss));
    });
    let total = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let r = 0;
        for (let t = 0; t < est; t++) r += z[i]![t]! * z[j]![t]!;
        total += r;
      }
    const direct = total / ((n * (n - 1)) / 2);
    expect(direct).toBeGreaterThan(0.01);
    expectClose(averageResidualCorrelation(cs), direct, 1e-9, "r̄ from the grouped sums");
  });

  it("above 1000 events with missing days, the same estimator: z_it·z_jt averaged over every pair's common days (direct pair loop, relative 1e-9)", () => {
    const n = 1001;
    // Every third event lacks its first 8 estimation days (listed later): pairs differ in their common days.
    const events = correlatedEvents(n).map((e, i) => (i % 3 === 0 ? { ...e, ar: e.ar.map((v, t) => (t < 8 ? Number.NaN : v)) } : e));
    const grid = eventGrid([-45, -6], [[0, 0]]);
    const cs = crossSection(events, grid, [[0, 0]]);
    const est = 40;
    const z = events.map((e, i) => {
      const from = i % 3 === 0 ? 8 : 0;
      const x = e.ar.subarray(from, est);
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length);
      return Float64Array.from({ length: est }, (_, t) => (t < from ? Number.NaN : (e.ar[t]! - mean) / sd));
    });
    let cross = 0;
    let common = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const from = i % 3 === 0 || j % 3 === 0 ? 8 : 0;
        for (let t = from; t < est; t++) cross += z[i]![t]! * z[j]![t]!;
        common += est - from;
      }
    expectClose(averageResidualCorrelation(cs), cross / common, 1e-9, "r̄ over every pair's common days");
  });

  it("is 1 for a single event", () => {
    const grid = eventGrid([-45, -6], [[0, 0]]);
    expect(kolariPynnonenFactor(crossSection(correlatedEvents(1), grid, [[0, 0]]))).toBe(1);
  });
});

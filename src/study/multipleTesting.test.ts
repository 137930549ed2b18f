import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { expectAllClose } from "./fixtures/expectClose.js";
import { f64 } from "./fixtures/studyFixtures.js";
import { battery } from "./significance/fixtures/battery.js";
import { benjaminiHochberg, holm, WINDOW_FAMILY } from "./multipleTesting.js";
import { runStudy } from "./runStudy.js";

describe("Holm and Benjamini-Hochberg against numpy/scipy (make_battery.py: ties, a NaN, p = 1, one value)", () => {
  battery.multipleTesting.forEach((c, k) => {
    it(`case ${k} (m = ${c.p.filter((v) => v !== null).length}; relative 1e-12)`, () => {
      const p = Array.from(f64(c.p));
      expectAllClose(holm(p), f64(c.holm), 1e-12, `holm case ${k}`);
      expectAllClose(benjaminiHochberg(p), f64(c["benjamini-hochberg"]), 1e-12, `bh case ${k}`);
    });
  });
});

describe("laws of the adjustments (property)", () => {
  const pValues = fc.array(
    fc.integer({ min: 0, max: 10_000 }).map((v) => v / 10_000),
    { minLength: 1, maxLength: 60 },
  );
  it("p ≤ BH ≤ Holm ≤ 1, order kept, and the same numbers whatever the order of the family", () => {
    fc.assert(
      fc.property(pValues, fc.integer(), (p, seed) => {
        const h = holm(p);
        const b = benjaminiHochberg(p);
        p.forEach((v, i) => {
          expect(b[i]!).toBeGreaterThanOrEqual(v * (1 - 1e-15));
          expect(h[i]!).toBeGreaterThanOrEqual(b[i]! - 1e-15);
          expect(h[i]!).toBeLessThanOrEqual(1);
          p.forEach((w, j) => {
            if (v <= w) {
              expect(h[i]!).toBeLessThanOrEqual(h[j]!);
              expect(b[i]!).toBeLessThanOrEqual(b[j]!);
            }
          });
        });
        const order = p.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 97) - ((y * 7919 + seed) % 97) || x - y);
        const hp = holm(order.map((i) => p[i]!));
        const bp = benjaminiHochberg(order.map((i) => p[i]!));
        order.forEach((i, k) => {
          expect(hp[k]).toBe(h[i]);
          expect(bp[k]).toBe(b[i]);
        });
      }),
    );
  });
});

describe("a study with `adjust` (groups and windows as one family per test)", () => {
  const n = 300;
  const dates = Int32Array.from({ length: n }, (_, i) => 17_000 + i);
  let s = 5;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648 - 0.5);
  const market: Series = { dates, values: Float64Array.from(dates, () => 0.02 * u()) };
  const names = ["A", "B", "C", "D", "E", "F"];
  const securities = new Map<string, Series>(names.map((name) => [name, { dates, values: market.values.map((m) => 0.9 * m + 0.02 * u()) }]));
  const study = (adjust: ("holm" | "benjamini-hochberg")[]) =>
    runStudy({
      securities,
      markets: new Map([["M", market]]),
      defaultMarket: "M",
      events: names.map((sec, k) => ({ id: sec, security: sec, date: dates[260 + k]!, group: k % 2 ? "odd" : "even" })),
      options: {
        estimation: [-200, -11],
        windows: [
          [0, 0],
          [-1, 1],
          [0, 5],
        ],
        tests: ["cross-sectional-t", "bmp"],
        adjust,
      },
    });

  it("states the family and puts each adjusted p beside its raw p", () => {
    const r = study(["holm", "benjamini-hochberg"]);
    expect(r.conventions.multipleTesting).toEqual({ methods: ["holm", "benjamini-hochberg"], family: WINDOW_FAMILY });
    for (const name of ["cross-sectional-t", "bmp"] as const) {
      const family = r.groups.flatMap((g) => g.windows.map((w) => w.tests[name]!));
      expect(family.length).toBe(3 * 3);
      const raw = family.map((o) => o.pValue);
      const h = holm(raw);
      const b = benjaminiHochberg(raw);
      family.forEach((o, k) => expect(o.adjusted).toEqual({ holm: h[k], "benjamini-hochberg": b[k] }));
    }
  });

  it("without `adjust` the result is what it was: no adjusted p-values, no family", () => {
    const r = study([]);
    expect(r.conventions.multipleTesting).toBeUndefined();
    expect(r.groups.every((g) => g.windows.every((w) => Object.values(w.tests).every((o) => o.adjusted === undefined)))).toBe(true);
    expect(r.groups).toEqual(study([]).groups);
  });
});

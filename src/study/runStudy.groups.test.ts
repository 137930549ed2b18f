import { describe, expect, it } from "vitest";
import { runStudy, type StudyEvent } from "./runStudy.js";
import type { Series } from "../series.js";

/** A deterministic pseudo-random walk of daily returns (a linear congruential generator). */
function returns(seed: number, n: number, scale = 0.01): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648 - 0.5) * 2 * scale;
  });
}

const N = 400;
const dates = Int32Array.from({ length: N }, (_, i) => 18000 + i);
const market: Series = { dates, values: returns(7, N) };
const securities = new Map<string, Series>();
const events: StudyEvent[] = [];
for (let i = 0; i < 9; i++) {
  const values = returns(100 + i, N).map((v, t) => v + 0.8 * market.values[t]!);
  const group = i < 5 ? "present" : "absent";
  if (group === "absent") values[300] = values[300]! - 0.05; // a shock on day 0 for the absent group
  securities.set(`S${i}`, { dates, values });
  events.push({ id: `e${i}`, security: `S${i}`, date: dates[300]!, group });
}

describe("runStudy with groups", () => {
  const result = runStudy({
    securities,
    markets: new Map([["M", market]]),
    defaultMarket: "M",
    events,
    options: {
      windows: [
        [0, 0],
        [-1, 1],
      ],
      compare: [["absent", "present"]],
    },
  });

  it("measures every event and reports the groups after 'all'", () => {
    expect(result.events.every((e) => e.status === "ok")).toBe(true);
    expect(result.groups.map((g) => [g.group, g.measured])).toEqual([
      ["all", 9],
      ["present", 5],
      ["absent", 4],
    ]);
  });

  it("compares absent - present: the difference of mean CARs, Welch, rank-sum, an exact permutation test", () => {
    const cmp = result.comparisons[0]!;
    expect([cmp.a, cmp.b]).toEqual(["absent", "present"]);
    const car = (g: string): number[] => result.events.filter((e) => e.group === g).map((e) => e.windows[0]!.car);
    const mean = (x: number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
    const w = cmp.windows[0]!;
    expect(w.difference).toBeCloseTo(mean(car("absent")) - mean(car("present")), 14);
    expect(w.difference).toBeLessThan(-0.03);
    expect(w.permutation.method).toBe("exact");
    expect(w.permutation.permutations).toBe(126); // C(9, 4)
    // Every absent CAR lies below every present one: the rank-sum statistic is 0, and of the 126 splits
    // into 4 and 5 only the observed one is as extreme (groups of unequal size have no mirror split).
    expect(w.wilcoxonRankSum.statistic).toBe(0);
    expect(w.permutation.pValue).toBeCloseTo(1 / 126, 12);
    expect(w.welch.pValue).toBeLessThan(0.01);
  });

  it("regresses CAR on group dummies: the dummy's coefficient is the difference of means", () => {
    const reg = result.regressions[0]!;
    expect(reg.baseline).toBe("present");
    const absent = reg.terms.find((t) => t.name === "absent")!;
    expect(absent.estimate).toBeCloseTo(result.comparisons[0]!.windows[0]!.difference, 14);
    expect(absent.hc3.standardError).toBeGreaterThan(absent.hc1.standardError * 0.9);
  });

  it("refuses to compare a group that has no events", () => {
    expect(() => runStudy({ securities, markets: new Map([["M", market]]), defaultMarket: "M", events, options: { compare: [["absent", "nobody"]] } })).toThrow(
      /no events in group "nobody"/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { computeStudy, runStudy, studyDocument, type StudyEvent } from "./runStudy.js";
import { SIGNIFICANCE_TESTS } from "./significance/index.js";
import { TEST_NAMES, type TestName } from "./significance/statistic.js";
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
for (let i = 0; i < 8; i++) {
  securities.set(`S${i}`, { dates, values: returns(100 + i, N).map((v, t) => v + 0.8 * market.values[t]!) });
  events.push({ id: `e${i}`, security: `S${i}`, date: dates[280 + i]!, market: "M" });
}

/** A test that reads estimation days, run beside another so that the event table keeps them. */
const READS_ESTIMATION = TEST_NAMES.find((name) => SIGNIFICANCE_TESTS[name].needs?.estimationDays)!;

/**
 * The event table keeps estimation days only when a chosen test declares it reads them. A test that
 * reads them without saying so would see none and report other numbers, silently: each test alone must
 * give what it gives beside one that keeps them.
 */
describe("each significance test declares what it reads", () => {
  const study = (tests: readonly TestName[]) =>
    runStudy({
      securities,
      markets: new Map([["M", market]]),
      events,
      options: {
        windows: [
          [0, 0],
          [-1, 1],
        ],
        tests,
      },
    });
  it.each(TEST_NAMES)("%s", (name) => {
    const alone = study([name]).groups[0]!;
    const beside = study([name, READS_ESTIMATION]).groups[0]!;
    expect(alone.days.map((d) => d.tests[name])).toEqual(beside.days.map((d) => d.tests[name]));
    expect(alone.windows.map((w) => w.tests[name])).toEqual(beside.windows.map((w) => w.tests[name]));
  });
});

/**
 * A table without event days (for CSV and Parquet outputs) holds no dates or Var(AR) per day; every
 * other figure, and every test of every group, is the same as with them. A document of it is refused.
 */
describe("a study computed without event days", () => {
  const input = {
    securities,
    markets: new Map([["M", market]]),
    events: events.map((e, i) => ({ ...e, group: i % 2 === 0 ? "even" : "odd" })),
    options: {
      windows: [
        [0, 0],
        [-1, 1],
      ] as [number, number][],
    },
  };
  it("gives the same figures and tests, and refuses to make the result document", () => {
    const full = computeStudy(input);
    const lean = computeStudy(input, { eventDays: false });
    expect(lean.table.arVariance.length).toBe(0);
    expect(lean.table.spanDates.length).toBe(0);
    expect(full.table.arVariance.length).toBeGreaterThan(0);
    for (const key of ["ar", "sar", "s2", "m", "df", "car", "carVariance", "bhar", "coef", "r2", "day0", "status"] as const) {
      expect(lean.table[key], key).toEqual(full.table[key]);
    }
    expect(lean.groups).toEqual(full.groups);
    expect(lean.comparisons).toEqual(full.comparisons);
    expect(() => studyDocument(lean)).toThrow(/without its event days/);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CrossSection } from "./crossSection.js";
import { allocateEventTable, selectRows, withRows, type EventTable } from "./eventTable.js";
import { eventGrid, type EventWindow } from "./eventWindow.js";
import { seededUniform } from "../../test/support/seededUniform.js";

const WINDOWS: readonly EventWindow[] = [
  [-2, 2],
  [0, 0],
];

/** A table of n rows filled with seeded values, some NaN (as unmeasured rows have). */
function filledTable(n: number, seed: number, estimationDays: boolean): EventTable {
  const table = allocateEventTable(n, eventGrid([-20, -3], WINDOWS), WINDOWS, 2, { estimationDays, marketReturns: estimationDays, eventDays: true });
  const u = seededUniform(seed);
  for (const matrix of [table.ar, table.rm, table.sar, table.s2, table.m, table.df, table.car, table.carVariance, table.bhar]) {
    for (let i = 0; i < matrix.length; i++) matrix[i] = u() < 0.05 ? Number.NaN : u() - 0.5;
  }
  return table;
}

const MATRICES = ["ar", "rm", "sar", "s2", "m", "df", "car", "carVariance", "bhar"] as const;
const snapshot = (cs: CrossSection): Record<string, number[]> => Object.fromEntries(MATRICES.map((name) => [name, Array.from(cs[name])]));

describe("a group's cross-section read in place", () => {
  it("sees exactly the rows selectRows copies, and leaves the table as it was", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (n, seed, estimationDays, leaveOut) => {
          const table = filledTable(n, seed, estimationDays);
          const u = seededUniform(seed + 1);
          const rows: number[] = [];
          for (let k = 0; k < n; k++) if (u() >= leaveOut) rows.push(k);
          if (rows.length === 0) return true;
          const before = snapshot(table);
          const want = snapshot(selectRows(table, rows));
          const seen = withRows(table, rows, (cs) => ({ n: cs.n, values: snapshot(cs) }));
          expect(seen.n).toBe(rows.length);
          expect(seen.values).toEqual(want);
          expect(snapshot(table)).toEqual(before);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it("puts the table back when the reading throws", () => {
    const table = filledTable(50, 3, true);
    const before = snapshot(table);
    const rows = Array.from({ length: 50 }, (_, k) => k).filter((k) => k % 17 !== 5);
    expect(() =>
      withRows(table, rows, () => {
        throw new Error("test failed");
      }),
    ).toThrow("test failed");
    expect(snapshot(table)).toEqual(before);
  });
});

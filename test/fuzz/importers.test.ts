/**
 * Seeded fuzzing of the price and factor importers: valid files of each layout, damaged by cuts,
 * deletions, insertions of awkward characters, duplicated, blank and swapped lines. Each damaged
 * file is read (a batch, or an InputError naming the file: never another exception), and a file read
 * into the store keeps its numbers: every stored close is the number on its line, and no dated line
 * is left out without being reported. A refused batch leaves the store as it was.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayNumber, isoDate } from "../../src/calendar/days.js";
import { importText } from "../../src/data/importers/index.js";
import { InputError } from "../../src/data/inputError.js";
import type { ImportBatch } from "../../src/data/priceBatch.js";
import { openStore, type Store } from "../../src/data/store/index.js";
import { budget, FUZZ_RUNS } from "./budget.js";
import { mutated } from "./mutations.js";

const DATE_CLOSE = "Date,Close\n2025-02-10,97.48\n2025-02-11,98.10\n2025-02-12,96.75\n2025-02-13,95.20\n2025-02-14,97.00\n2025-02-17,90.31\n2025-02-18,91.07\n";
const BASES: readonly [string, string][] = [
  ["BIDU.csv", DATE_CLOSE],
  ["HSI.csv", "date,open,close,volume\n2025-02-14,22500.1,22620.33,0\n2025-02-17,22640.0,22616.23,0\n2025-02-18,22600.5,22976.81,0\n2025-02-19,,,\n"],
  [
    "0700.HK.csv",
    "Price,Close,High,Low,Open,Volume\nTicker,0700.HK,0700.HK,0700.HK,0700.HK,0700.HK\nDate,,,,,\n2025-02-14,490.2,495.0,488.4,489.0,21000000\n2025-02-17,509.5,512.0,494.6,495.0,35000000\n2025-02-18,505.0,511.0,503.5,509.0,25000000\n",
  ],
  [
    "F-F_Research_Data_Factors_daily.csv",
    "Made with CRSP data.\n\n,Mkt-RF,SMB,HML,RF\n20250214, 0.01, -0.20, 0.31, 0.017\n20250218, 0.22, 0.10, -0.05, 0.017\n\nCopyright\n",
  ],
  ["wide.csv", "date,0700.HK,9888.HK\n2025-02-14,490.2,97.0\n2025-02-17,509.5,90.3\n2025-02-18,505.0,91.1\n"],
  [
    "panel.csv",
    "date,open,high,low,close,volume,Name\n2013-02-08,15.07,15.12,14.63,14.75,8407500,AAL\n2013-02-11,14.89,15.01,14.26,14.46,8882000,AAL\n2013-02-08,67.71,68.4,66.89,67.43,158168,AAPL\n",
  ],
];

/** Lines that plainly read `YYYY-MM-DD,<number>`: the date and the number as the file says. */
function plainRows(text: string): Map<number, { line: number; value: number }[]> {
  const rows = new Map<number, { line: number; value: number }[]>();
  text.split(/\r\n|\n|\r/).forEach((l, i) => {
    const m = /^(\d{4}-\d{2}-\d{2}),([+-]?\d+(?:\.\d*)?)$/.exec(l);
    if (!m) return;
    const day = dayNumber(m[1]!);
    if (Number.isNaN(day)) return;
    rows.set(day, [...(rows.get(day) ?? []), { line: i + 1, value: Number(m[2]) }]);
  });
  return rows;
}

function read(text: string, source: string): ImportBatch | InputError {
  try {
    return importText(text, source);
  } catch (e) {
    if (e instanceof InputError) {
      expect(e.file).toBe(source);
      return e;
    }
    throw e;
  }
}

let store: Store;
beforeAll(async () => {
  store = await openStore(":memory:");
  for (const [name, text] of BASES) await store.importBatch(importText(text, name));
});
afterAll(() => store.close());

describe("fuzzed price and factor files", () => {
  for (const [name, base] of BASES) {
    it(`${name}: read whole or refused with its name, never another exception`, () => {
      fc.assert(
        fc.property(mutated(base), (text) => {
          read(text, name);
        }),
        budget(),
      );
    });
  }

  it("a date-close file read is stored as written: no value changed, no dated line dropped without a report", () => {
    fc.assert(
      fc.property(mutated(DATE_CLOSE), (text) => {
        const batch = read(text, "BIDU.csv");
        if (batch instanceof InputError || batch.format !== "date-close") return;
        const rows = plainRows(text);
        const skipped = new Set(batch.skipped.map((s) => s.line));
        const series = batch.prices[0];
        const stored = new Map<number, number>();
        if (series) series.dates.forEach((d, i) => stored.set(d, series.close[i]!));
        for (const [day, lines] of rows) {
          for (const { line, value } of lines) {
            if (skipped.has(line)) continue;
            expect(stored.has(day), `${isoDate(day)} (line ${line}) left out of ${JSON.stringify(text)}`).toBe(true);
            const got = stored.get(day)!;
            if (value > 0) expect(got, `${isoDate(day)} in ${JSON.stringify(text)}`).toBe(value);
          }
        }
      }),
      budget(),
    );
  });

  it("a refused batch leaves the store as it was", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BASES), fc.nat(), async ([name, base], k) => {
        const text = fc.sample(mutated(base), { numRuns: 1, seed: k })[0]!;
        const batch = read(text, name);
        if (batch instanceof InputError) return;
        const before = await store.counts();
        try {
          await store.importBatch(batch);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(await store.counts()).toEqual(before);
        }
      }),
      budget(Math.ceil(FUZZ_RUNS / 5)),
    );
  });
});

/**
 * Seeded fuzzing of study files and study options: a small valid study (synthetic returns) whose
 * YAML is damaged, and options replaced by arbitrary values. Each run gives a result or a clear
 * refusal (InputError naming the file and field, StudyInputError naming the option), never another
 * exception and never a hang (the limits are checked before any work, as the faces do).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, dayNumber } from "../../src/calendar/days.js";
import { InputError } from "../../src/data/inputError.js";
import { studyFromFile } from "../../src/pipeline/studyFromFile.js";
import { checkStudyInputLimits } from "../../src/pipeline/studyLimits.js";
import { runStudy } from "../../src/study/runStudy.js";
import { StudyInputError } from "../../src/study/studyInputError.js";
import { seededUniform } from "../support/seededUniform.js";
import { budget, FUZZ_RUNS } from "./budget.js";
import { mutated } from "./mutations.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-fuzz-study-"));
const next = seededUniform(7);
const dates: number[] = [];
for (let d = dayNumber("2024-01-01"); dates.length < 320; d++) if (![0, 6].includes(new Date(d * 86_400_000).getUTCDay())) dates.push(d);
writeFileSync(
  join(dir, "returns.csv"),
  [
    "date,A,B,M",
    ...dates.map((d) => `${isoDate(d)},${((next() - 0.5) * 0.04).toFixed(5)},${((next() - 0.5) * 0.04).toFixed(5)},${((next() - 0.5) * 0.02).toFixed(5)}`),
  ].join("\n") + "\n",
);
const STUDY = `title: fuzz
securities: { file: returns.csv }
markets: { file: returns.csv }
market: M
events:
  - { security: A, date: ${isoDate(dates[300]!)}, group: up }
  - { security: B, date: ${isoDate(dates[301]!)}, group: down }
estimation: [-250, -11]
windows: [[0, 0], [-1, 1]]
permutation: { draws: 2000, seed: 3 }
`;

const series = (k: number): { dates: Int32Array; values: Float64Array } => ({
  dates: Int32Array.from(dates),
  values: Float64Array.from(dates, (_, i) => Math.sin(i * (k + 1)) * 0.01),
});
const OPTION_KEYS = [
  "model",
  "estimation",
  "minEstimationDays",
  "windows",
  "nonTradingDay",
  "convention",
  "residualVariance",
  "alternative",
  "returnType",
  "tests",
  "compare",
  "permutation",
] as const;

describe("fuzzed study files", () => {
  it("a damaged study file gives a result or an InputError naming it", { timeout: 600_000 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutated(STUDY), async (text) => {
        const file = join(dir, `study-${n++}.yaml`);
        writeFileSync(file, text);
        try {
          const { result } = await studyFromFile(file);
          expect(result.schema).toBe("aftershock.study/1");
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          // The study file, or a data file it names.
          expect(e.file.startsWith(dir)).toBe(true);
        }
      }),
      budget(Math.ceil(FUZZ_RUNS / 2)),
    );
  });

  it("arbitrary option values give a result or a StudyInputError naming the option", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPTION_KEYS), fc.anything({ maxDepth: 2, withNullPrototype: false }), (key, value) => {
        const input = {
          securities: new Map([
            ["A", series(1)],
            ["B", series(2)],
          ]),
          markets: new Map([["M", series(3)]]),
          defaultMarket: "M",
          events: [
            { id: "1", security: "A", date: dates[300]!, group: "x" },
            { id: "2", security: "B", date: dates[300]!, group: "y" },
          ],
          options: { [key]: value } as never,
        };
        try {
          // As every face does: the limits first, then the engine.
          checkStudyInputLimits(input);
          runStudy(input);
        } catch (e) {
          if (!(e instanceof StudyInputError)) throw e;
          expect(e.issues.length).toBeGreaterThan(0);
        }
      }),
      budget(),
    );
  });
});

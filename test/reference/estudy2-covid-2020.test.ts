/**
 * Reference case: estudy2 0.10.0's documented example (seven US stocks, 16-20 March 2020), every
 * statistic of ../shared/reference/cases/estudy2-covid-2020/expected.txt to the printed digits, under
 * the textbook convention and under estudy2's. Tolerance: half a unit of the last printed digit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import type { StudyResult } from "../../src/study/results.js";
import { runStudy } from "../../src/study/runStudy.js";
import type { TestName } from "../../src/study/significance/statistic.js";
import { hasShared, repoRoot } from "../support/paths.js";
import { expectPrinted } from "../support/printedDigits.js";

const DAYS = ["2020-03-16", "2020-03-17", "2020-03-18", "2020-03-19", "2020-03-20"];

/** expected.txt, parametric_tests and nonparametric_tests blocks (estudy2's own values). */
const ESTUDY2_DAILY: Partial<Record<TestName | "mean", string[]>> = {
  mean: ["0.02329740", "-0.03157867", "-0.01617850", "0.07672027", "0.05840545"],
  "brown-warner-1980": ["2.486449", "-3.370281", "-1.726675", "8.188085", "6.233409"],
  "brown-warner-1985": ["1.858514", "-2.519140", "-1.290615", "6.120241", "4.659205"],
  "cross-sectional-t": ["1.3941497", "-1.2769075", "-0.4023135", "1.7958275", "5.1233281"],
  patell: ["2.5507399", "-2.9495613", "0.3283654", "8.4216222", "6.3196352"],
  bmp: ["1.20471169", "-1.17531339", "0.07606284", "2.16657728", "8.65212561"],
  lamb: ["1.620049", "-2.435456", "-1.254626", "6.105794", "4.565195"],
  sign: ["1.1338934", "0.3779645", "1.1338934", "1.8898224", "2.6457513"],
  "generalized-sign": ["1.1516761", "0.3957301", "1.1516761", "1.9076220", "2.6635680"],
  "corrado-sign": ["0.8636930", "0.2878977", "0.8636930", "1.4394883", "2.0152836"],
  "corrado-rank": ["0.7962064", "-0.1857202", "1.0205417", "2.1127972", "2.9255529"],
  "modified-rank": ["0.8499246", "-0.2283881", "0.9865178", "2.1665371", "2.9786668"],
  wilcoxon: ["23", "10", "15", "27", "28"],
};

/** expected.txt, the "textbook" line: the values a faithful textbook implementation gives. */
const TEXTBOOK_DAILY: Partial<Record<TestName, string[]>> = {
  patell: ["2.54995", "-2.94872", "0.32909", "8.42158", "6.31939"],
  bmp: ["1.20436", "-1.17523", "0.07624", "2.16659", "8.65339"],
  "corrado-rank": ["0.81660", "-0.19048", "1.04668", "2.16690", "3.00047"],
  "modified-rank": ["0.86733", "-0.23307", "1.00672", "2.21091", "3.03967"],
  "corrado-sign": ["0.88585", "0.29528", "0.88585", "1.47642", "2.06699"],
};

/** Statistics that do not depend on the two estudy2 conventions: the same printed values hold. */
const SHARED: readonly (TestName | "mean")[] = [
  "mean",
  "brown-warner-1980",
  "brown-warner-1985",
  "cross-sectional-t",
  "lamb",
  "sign",
  "generalized-sign",
  "wilcoxon",
];

/** Fitted market-model coefficients stored in estudy2's data (alpha, beta, estimation days). */
const COEFFICIENTS: Record<string, [string, string, number]> = {
  AMZN: ["0.00013418914672297968", "0.8646351225979552", 240],
  ZM: ["0.0025165397351333448", "0.3063879194916479", 227],
  UBER: ["-0.002548507685210831", "1.1344338855109173", 212],
  NFLX: ["-0.00013992866938100274", "0.9581999009038756", 240],
  SHOP: ["0.002954660601801734", "1.2272838801275159", 240],
  FB: ["0.0002801588074822719", "1.034075273421285", 240],
  UPWK: ["-0.003810214977167326", "0.6928419453624548", 240],
};

describe.skipIf(!hasShared)("estudy2 COVID-2020 reference case", () => {
  const results: Partial<Record<"textbook" | "estudy2" | "textbookDefault", StudyResult>> = {};
  beforeAll(async () => {
    const { input } = await loadStudyFile(`${repoRoot}/examples/estudy2-covid-2020.study.yaml`);
    for (const convention of ["textbook", "estudy2"] as const) {
      // The printed textbook line standardizes by the M-1 sd, as estudy2 does, and keeps Patell's
      // (M-2)/(M-4) beside it: the "t-df" choice. The textbook default is checked against it below.
      const patell = convention === "textbook" ? { patellVariance: "t-df" as const } : {};
      results[convention] = runStudy({ ...input, options: { ...input.options, windows: [[0, 4]], convention, ...patell } });
    }
    results.textbookDefault = runStudy({ ...input, options: { ...input.options, windows: [[0, 4]], convention: "textbook" } });
  });

  it("the textbook default's Patell Z is the printed one times √(Σ(M_i-2)/(M_i-4) / Σ(M_i-1)/(M_i-4)) (relative 1e-12)", () => {
    const m = results.textbook!.events.map((e) => e.estimation!.days);
    const factor = Math.sqrt(m.reduce((s, k) => s + (k - 2) / (k - 4), 0) / m.reduce((s, k) => s + (k - 1) / (k - 4), 0));
    results.textbookDefault!.groups[0]!.days.forEach((day, d) => {
      const printedWay = results.textbook!.groups[0]!.days[d]!.tests.patell!.statistic;
      expect(Math.abs(day.tests.patell!.statistic - factor * printedWay)).toBeLessThan(1e-12 * Math.abs(printedWay));
    });
    expect(results.textbookDefault!.conventions.patellVariance).toBe("divisor-in-force");
  });

  it("fits every stock's alpha and beta on its own estimation days", () => {
    for (const e of results.textbook!.events) {
      const [alpha, beta, days] = COEFFICIENTS[e.security]!;
      expect(e.status).toBe("ok");
      expect(e.estimation?.days).toBe(days);
      // Stored to 16-17 significant digits: agreement to 1e-12 relative shows the same regression.
      expect(Math.abs(e.parameters!.alpha! - Number(alpha))).toBeLessThan(1e-12 * Math.abs(Number(alpha)) + 1e-17);
      expect(Math.abs(e.parameters!.beta! - Number(beta))).toBeLessThan(1e-12);
    }
  });

  it("places day 0 on 16 March 2020 and reports the five event days", () => {
    expect(results.textbook!.groups[0]!.days.map((d) => d.day)).toEqual([0, 1, 2, 3, 4]);
    expect(results.textbook!.events[0]!.days.map((d) => d.date)).toEqual(DAYS);
  });

  for (const convention of ["estudy2", "textbook"] as const) {
    it(`reproduces every daily statistic under the ${convention} convention`, () => {
      const expected = convention === "estudy2" ? ESTUDY2_DAILY : { ...pick(ESTUDY2_DAILY, SHARED), ...TEXTBOOK_DAILY };
      const days = results[convention]!.groups[0]!.days;
      for (const [name, printed] of Object.entries(expected)) {
        printed.forEach((value, d) => {
          const day = days[d]!;
          const actual = name === "mean" ? day.aar : day.tests[name as TestName]!.statistic;
          expectPrinted(actual, value, `${convention} ${name} on ${DAYS[d]}`);
        });
      }
    });
  }

  it("reproduces estudy2's CAR tests over the five days", () => {
    const w = results.estudy2!.groups[0]!.windows[0]!;
    expectPrinted(w.caar, "0.02213319", "car_mean (estudy2 reports the mean AAR)");
    expectPrinted(w.tests["brown-warner-1985"]!.statistic, "3.948093", "car_brown_warner_1985");
    expectPrinted(w.tests.lamb!.statistic, "3.846464", "car_lamb");
    expectPrinted(w.tests["cowan-rank"]!.statistic, "3.0537", "car_rank_test");
  });

  it("reports the textbook CAAR as the sum of the AARs", () => {
    const g = results.textbook!.groups[0]!;
    const sum = g.days.reduce((s, d) => s + d.aar, 0);
    expect(Math.abs(g.windows[0]!.caar - sum)).toBeLessThan(1e-15);
    expectPrinted(g.windows[0]!.caar / 5, "0.02213319", "textbook CAAR / 5");
  });
});

function pick<T extends object>(from: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([k]) => keys.includes(k))) as Partial<T>;
}

import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../../test/support/paths.js";
import { expectClose } from "../fixtures/expectClose.js";
import { buildPanel } from "../panel.js";
import type { Series } from "../../series.js";
import { marketModel } from "./marketModel.js";

/** estudy2 0.10.0's documented case beside the clone (../shared), as the reference tests use it. */
const caseDir = `${shared("reference", "cases", "estudy2-covid-2020")}/`;
const hasCase = present(existsSync(`${caseDir}rates.csv`), `${caseDir}rates.csv`);

/** Days since 1970-01-01 of an ISO date. */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A wide CSV (date, then one column per ticker, NA for missing) as one Series per column. */
function readWide(file: string): Map<string, Series> {
  const [head, ...rows] = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split(","));
  const dates = Int32Array.from(rows, (r) => dayNumber(r[0]!));
  return new Map(
    head!.slice(1).map((name, j) => [name, { dates, values: Float64Array.from(rows, (r) => (r[j + 1] === "NA" ? Number.NaN : Number(r[j + 1]))) }]),
  );
}

// expected.txt, "Fitted SIM coefficients stored in securities_returns (alpha, beta, estimation_length)".
const PUBLISHED: readonly [string, number, number, number][] = [
  ["AMZN", 0.00013418914672297968, 0.8646351225979552, 240],
  ["ZM", 0.0025165397351333448, 0.3063879194916479, 227],
  ["UBER", -0.002548507685210831, 1.1344338855109173, 212],
  ["NFLX", -0.00013992866938100274, 0.9581999009038756, 240],
  ["SHOP", 0.002954660601801734, 1.2272838801275159, 240],
  ["FB", 0.0002801588074822719, 1.034075273421285, 240],
  ["UPWK", -0.003810214977167326, 0.6928419453624548, 240],
];

describe.skipIf(!hasCase)("marketModel against estudy2's published coefficients (COVID-2020 case)", () => {
  it("alpha, beta (relative 1e-12) and M over 2019-04-01..2020-03-13 on the days each stock has a return", () => {
    const securities = readWide(`${caseDir}rates.csv`);
    const market = readWide(`${caseDir}rates_indx.csv`).get("^GSPC")!;
    const eventDay = dayNumber("2020-03-16");
    for (const [ticker, alpha, beta, m] of PUBLISHED) {
      const panel = buildPanel(securities.get(ticker)!, market);
      const design = marketModel.design(panel);
      let end = 0;
      while (panel.dates[end]! < eventDay) end++;
      const fit = marketModel.fit(design, 0, end);
      expect(fit.m, `${ticker} M`).toBe(m);
      expect(fit.df, `${ticker} df`).toBe(m - 2);
      expectClose(fit.coef[0]!, alpha, 1e-12, `${ticker} alpha`);
      expectClose(fit.coef[1]!, beta, 1e-12, `${ticker} beta`);
    }
  });
});

describe("marketModel", () => {
  it("regresses the security's raw returns on the market's, parameters alpha and beta", () => {
    const dates = Int32Array.from({ length: 4 }, (_, i) => 100 + i);
    const panel = buildPanel({ dates, values: new Float64Array([0.01, 0.02, 0.03, 0.04]) }, { dates, values: new Float64Array([1, 2, 3, 4]) });
    const design = marketModel.design(panel);
    expect(Array.from(design.y)).toEqual([0.01, 0.02, 0.03, 0.04]);
    expect(design.columns.map((c) => Array.from(c))).toEqual([[1, 2, 3, 4]]);
    expect(marketModel.parameters).toEqual(["alpha", "beta"]);
    expect(marketModel.requires).toBe("market");
  });

  const ret = fc.integer({ min: -60_000, max: 60_000 }).map((i) => i / 1e6);
  it("recovers alpha and beta of R = a + b·Rm + ε as ε → 0 (property: |error| ≤ 1e-6 at noise 1e-11)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ret, fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 10, maxLength: 120 }),
        fc.double({ min: -0.005, max: 0.005, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (rows, a, b) => {
          const rm = Float64Array.from(rows, (r) => r[0]);
          fc.pre(Math.max(...rm) - Math.min(...rm) > 0.02);
          const dates = Int32Array.from(rows, (_, i) => 1000 + i);
          const r = Float64Array.from(rows, (x) => a + b * x[0] + 1e-11 * x[1]);
          const fit = marketModel.fit(marketModel.design(buildPanel({ dates, values: r }, { dates, values: rm })), 0, rows.length);
          const ctx = `a=${a} b=${b} rows=${JSON.stringify(rows)}`;
          expect(Math.abs(fit.coef[0]! - a), ctx).toBeLessThan(1e-6);
          expect(Math.abs(fit.coef[1]! - b), ctx).toBeLessThan(1e-6);
        },
      ),
    );
  });
});

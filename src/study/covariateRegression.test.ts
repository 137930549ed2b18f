import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { parseEventsCsv } from "../data/csv/events.js";
import { olsHC3 } from "./compare/olsHC3.js";
import { runStudy } from "./runStudy.js";
import { seededUniform } from "../../test/support/seededUniform.js";
import { StudyInputError } from "./studyInputError.js";

const u = seededUniform(21);
const n = 300;
const dates = Int32Array.from({ length: n }, (_, i) => 18_000 + i);
const market: Series = { dates, values: Float64Array.from(dates, () => 0.02 * (u() - 0.5)) };
const names = Array.from({ length: 14 }, (_, k) => `S${k}`);
const securities = new Map<string, Series>(names.map((name) => [name, { dates, values: market.values.map((m) => m + 0.02 * (u() - 0.5)) }]));
const events = names.map((security, k) => ({
  id: security,
  security,
  date: dates[270 + (k % 5)]!,
  group: k % 3 === 0 ? "target" : "peer",
  covariates: { size: 1 + k * 0.3 + u(), leverage: k === 4 ? Number.NaN : u() },
}));
const study = (covariates?: string[]) =>
  runStudy({
    securities,
    markets: new Map([["M", market]]),
    defaultMarket: "M",
    events,
    options: {
      estimation: [-200, -11],
      windows: [
        [0, 0],
        [-1, 1],
      ],
      tests: ["cross-sectional-t"],
      ...(covariates ? { covariates } : {}),
    },
  });

describe("cross-sectional regression of CARs on event covariates", () => {
  it("is OLS with HC3 of each window's CARs on the covariates and group dummies, an event with a missing covariate left out", () => {
    const r = study(["size", "leverage"]);
    expect(r.covariateRegressions).toHaveLength(2);
    r.covariateRegressions!.forEach((reg, w) => {
      const rows = r.events.filter((e, k) => e.status === "ok" && k !== 4);
      const y = Float64Array.from(rows, (e) => e.windows[w]!.car);
      const cov = (name: "size" | "leverage") => Float64Array.from(rows, (e) => events.find((v) => v.id === e.id)!.covariates[name]);
      const dummy = Float64Array.from(rows, (e) => (e.group === "peer" ? 1 : 0));
      const want = olsHC3(y, [cov("size"), cov("leverage"), dummy], ["size", "leverage", "group peer"]);
      expect(reg.baseline).toBe("target");
      expect(reg.leftOut).toBe(1);
      expect(reg.observations).toBe(13);
      expect(reg.terms).toEqual(want.terms);
    });
  });

  it("leaves the result as it was when no covariates are named, and names a covariate no event has", () => {
    expect(study().covariateRegressions).toBeUndefined();
    expect(() => study(["beta"])).toThrow(StudyInputError);
    expect(() => study(["beta"])).toThrow(/"beta"/);
  });

  it("an events CSV keeps the covariate columns asked for as numbers, and names the line and field of a bad cell", () => {
    const csv = "id,security,date,size,code\n1,AAPL,2020-01-02,12.5,0700\n2,MSFT,2020-01-03,NA,0005\n";
    const read = parseEventsCsv(csv, "events.csv", { covariateColumns: ["size"] });
    expect(read.map((e) => e.covariates)).toEqual([{ size: 12.5 }, { size: Number.NaN }]);
    expect(parseEventsCsv(csv, "events.csv")[0]!.covariates).toBeUndefined();
    expect(() => parseEventsCsv("security,date,size\nAAPL,2020-01-02,big\n", "events.csv", { covariateColumns: ["size"] })).toThrow(
      `events.csv:2: field "size": "big" is not a number`,
    );
  });
});

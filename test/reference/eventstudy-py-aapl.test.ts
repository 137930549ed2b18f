/**
 * The `eventstudy-py` convention against an independent reimplementation of the Python package
 * eventstudy's formulas (fixtures/eventstudy_py.py, numpy) on the four runs of
 * ../shared/reference/cases/aapl-spy-2013: AR, Var(AR), CAR, Var(CAR), t and p on every event day.
 * The package counts windows in rows: estimation = [w0 - gap - est, w0 - gap - 1].
 * Tolerance: 1e-12 absolute (the two implementations agree to about 1e-14).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/calendar/days.js";
import { readWideCsv } from "../../src/data/csv/index.js";
import type { ModelName } from "../../src/study/models/returnModel.js";
import { runStudy } from "../../src/study/runStudy.js";
import { hasShared, repoRoot, shared } from "../support/paths.js";

interface PackageRun {
  readonly name: string;
  readonly AR: number[];
  readonly var_AR: number[];
  readonly CAR: number[];
  readonly var_CAR: number[];
  readonly t: number[];
  readonly p: number[];
}

const RUNS: readonly { model: ModelName; date: string; window: readonly [number, number]; est: number; gap: number }[] = [
  { model: "market-model", date: "2013-03-04", window: [-10, 10], est: 400, gap: 30 },
  { model: "constant-mean", date: "2013-03-04", window: [-2, 10], est: 300, gap: 30 },
  { model: "market-model", date: "2007-01-09", window: [-5, 20], est: 300, gap: 30 },
  { model: "fama-french-3", date: "2007-01-09", window: [-5, 20], est: 300, gap: 30 },
];

describe.skipIf(!hasShared)("eventstudy-py convention, AAPL runs", async () => {
  const expected = JSON.parse(readFileSync(`${repoRoot}/test/reference/fixtures/eventstudy-py-aapl.json`, "utf8")) as PackageRun[];
  const returns = hasShared ? await readWideCsv(shared("reference/cases/aapl-spy-2013/returns_small.csv")) : new Map();
  const ff = hasShared ? await readWideCsv(shared("reference/cases/aapl-spy-2013/famafrench.csv")) : new Map();
  const percent = (name: string): Float64Array => ff.get(name)!.values.map((v: number) => v / 100);

  RUNS.forEach((run, k) => {
    it(`run ${k + 1}: ${expected[k]!.name}`, () => {
      const [w0, w1] = run.window;
      const windows: [number, number][] = [];
      for (let d = w0; d <= w1; d++) windows.push([w0, d]);
      const result = runStudy({
        securities: new Map([["AAPL", returns.get("AAPL")!]]),
        markets: new Map([["SPY", returns.get("SPY")!]]),
        defaultMarket: "SPY",
        factors: {
          dates: ff.get("RF")!.dates,
          rf: percent("RF"),
          columns: { "Mkt-RF": percent("Mkt-RF"), SMB: percent("SMB"), HML: percent("HML") },
        },
        events: [{ id: "AAPL", security: "AAPL", date: dayNumber(run.date) }],
        options: {
          model: run.model,
          convention: "eventstudy-py",
          estimation: [w0 - run.gap - run.est, w0 - run.gap - 1],
          minEstimationDays: run.est,
          windows,
          tests: ["cross-sectional-t"],
        },
      });
      const event = result.events[0]!;
      expect(event.status, event.reason).toBe("ok");
      const want = expected[k]!;
      const check = (what: string, got: number[], exp: number[]): void => {
        expect(got).toHaveLength(exp.length);
        got.forEach((g, d) => expect(Math.abs(g - exp[d]!), `${what} on day ${w0 + d}: ${g} vs ${exp[d]}`).toBeLessThan(1e-12));
      };
      check(
        "AR",
        event.days.map((d) => d.ar),
        want.AR,
      );
      check(
        "Var(AR)",
        event.days.map((d) => d.se ** 2),
        want.var_AR,
      );
      check(
        "CAR",
        event.windows.map((w) => w.car),
        want.CAR,
      );
      check(
        "Var(CAR)",
        event.windows.map((w) => w.se ** 2),
        want.var_CAR,
      );
      check(
        "t",
        event.windows.map((w) => w.t),
        want.t,
      );
      check(
        "p",
        event.windows.map((w) => w.pValue),
        want.p,
      );
    });
  });
});

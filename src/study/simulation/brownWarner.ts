import { Xoshiro128StarStar } from "../compare/xoshiro128.js";
import { runStudy, type StudyEvent } from "../runStudy.js";
import type { TestName } from "../significance/statistic.js";
import type { Series } from "../../series.js";
import { StudyInputError } from "../studyInputError.js";

/** The design of a size-and-power simulation. */
export interface SimulationDesign {
  /** Events per sample (N). */
  readonly events: number;
  /** Samples drawn (each tested once per abnormal return). */
  readonly samples: number;
  /** Abnormal returns injected on day 0, as fractions; 0 measures size. */
  readonly abnormal: readonly number[];
  readonly tests: readonly TestName[];
  readonly seed: number;
  /** Significance level of a two-sided rejection. */
  readonly level: number;
  /** Estimation window, trading days relative to day 0. */
  readonly estimation: readonly [number, number];
}

/** Rejection rate of each test for each abnormal return: rejections / samples (NaN-p samples count as not rejected, and are counted). */
export interface SimulationTable {
  readonly design: SimulationDesign;
  readonly rows: readonly {
    readonly abnormal: number;
    readonly rejections: Readonly<Partial<Record<TestName, number>>>;
    readonly undefinedP: Readonly<Partial<Record<TestName, number>>>;
  }[];
}

/**
 * Size and power by simulation in the design of Brown & Warner (1985), Journal of Financial Economics
 * 14, 3-31: each sample draws N events, a security uniformly from those with enough history, then a
 * day uniformly among its days with a full estimation window before and day 0 inside the data (with
 * replacement, xoshiro128** from the seed). For each abnormal return k, k is added to each event
 * security's return on day 0 and the study (market model, window [0, 0]) is run; a test rejects when
 * its two-sided p-value is below the level. Returns the share of samples rejected per test and k.
 * Each event gets its own copy of its security's series, so two events on one security stay apart.
 */
export function simulateBrownWarner(
  securities: ReadonlyMap<string, Series>,
  market: Series,
  design: SimulationDesign,
  progress?: (done: number, total: number) => void,
): SimulationTable {
  const rng = Xoshiro128StarStar.fromSeed(design.seed);
  const history = -design.estimation[0];
  const eligible = [...securities].filter(([, s]) => s.dates.length > history + 1);
  if (eligible.length === 0) throw new StudyInputError([{ path: "panel", message: `no security has more than ${history + 1} days of returns` }]);
  const counts = design.abnormal.map(() => ({ rejections: new Map<TestName, number>(), undefinedP: new Map<TestName, number>() }));
  const total = design.samples * design.abnormal.length;
  for (let s = 0; s < design.samples; s++) {
    const draws = Array.from({ length: design.events }, () => {
      const [name, series] = eligible[rng.nextBelow(eligible.length)]!;
      const row = history + rng.nextBelow(series.dates.length - history);
      return { name, series, row };
    });
    design.abnormal.forEach((k, a) => {
      const chosen = new Map<string, Series>();
      const events: StudyEvent[] = draws.map((d, i) => {
        const values = Float64Array.from(d.series.values);
        values[d.row] = values[d.row]! + k;
        const key = `${d.name}#${i}`;
        chosen.set(key, { dates: d.series.dates, values });
        return { id: String(i), security: key, date: d.series.dates[d.row]! };
      });
      const result = runStudy({
        securities: chosen,
        markets: new Map([["market", market]]),
        defaultMarket: "market",
        events,
        options: { estimation: design.estimation, windows: [[0, 0]], tests: design.tests, nonTradingDay: "exclude" },
      });
      const group = result.groups[0]!;
      for (const t of design.tests) {
        // Window [0, 0] is day 0: a test with only a daily form is read on that day.
        const p = (group.windows[0]?.tests[t] ?? group.days[0]?.tests[t])?.pValue ?? Number.NaN;
        const bucket = Number.isNaN(p) ? counts[a]!.undefinedP : p < design.level ? counts[a]!.rejections : undefined;
        bucket?.set(t, (bucket.get(t) ?? 0) + 1);
      }
      progress?.(s * design.abnormal.length + a + 1, total);
    });
  }
  return {
    design,
    rows: design.abnormal.map((k, a) => ({
      abnormal: k,
      rejections: Object.fromEntries(design.tests.map((t) => [t, (counts[a]!.rejections.get(t) ?? 0) / design.samples])),
      undefinedP: Object.fromEntries(design.tests.map((t) => [t, counts[a]!.undefinedP.get(t) ?? 0])),
    })),
  };
}

/**
 * The equally weighted market index of a panel: on each date, the mean return of the securities with
 * a return that date (Brown & Warner's equally weighted index).
 */
export function equalWeightedIndex(securities: ReadonlyMap<string, Series>): Series {
  const sums = new Map<number, [number, number]>();
  for (const s of securities.values()) {
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const cell = sums.get(s.dates[i]!) ?? [0, 0];
      cell[0] += v;
      cell[1]++;
      sums.set(s.dates[i]!, cell);
    });
  }
  const dates = Int32Array.from([...sums.keys()].sort((a, b) => a - b));
  return { dates, values: Float64Array.from(dates, (d) => sums.get(d)![0] / sums.get(d)![1]) };
}

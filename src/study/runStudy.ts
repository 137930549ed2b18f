import { permutationTest } from "./compare/permutationTest.js";
import { olsHC3 } from "./compare/olsHC3.js";
import { welchT } from "./compare/welchT.js";
import { wilcoxonRankSum } from "./compare/wilcoxonRankSum.js";
import { sidedPValue } from "./alternative.js";
import { CONVENTIONS, type Convention } from "./conventions.js";
import { averageAbnormalReturns, windowOffsets, type CrossSection } from "./crossSection.js";
import { failed } from "./eventStatus.js";
import { eventGrid } from "./eventWindow.js";
import { locateEventDay } from "./locateEventDay.js";
import { adjustWindowTests, WINDOW_FAMILY } from "./multipleTesting.js";
import { measureEventInto } from "./measureEvent.js";
import { allocateEventTable, NO_DAY, selectRows, setStatus, statusCode, type EventTable } from "./eventTable.js";
import { RETURN_MODELS } from "./models/index.js";
import type { ModelDesign, ReturnModel } from "./models/returnModel.js";
import { studyOptionsSchema, type StudyOptions, type StudyOptionsInput } from "./options.js";
import { buildPanel, type FactorSeries, type SecurityPanel } from "./panel.js";
import { studyCovariateRegressions } from "./covariateRegression.js";
import type {
  CovariateRegression,
  EventDayResult,
  EventResult,
  GroupComparison,
  GroupRegression,
  GroupResult,
  StudyConventions,
  StudyResult,
  TestOutcome,
} from "./results.js";
import { RESULT_SCHEMA } from "./results.js";
import { type Series } from "../series.js";
import { isoDate } from "../calendar/days.js";
import { DEFAULT_TEST_NAMES, SIGNIFICANCE_TESTS, type Statistic, type TestName } from "./significance/index.js";
import { studentT, type TestSettings } from "./significance/statistic.js";
import { StudyInputError } from "./studyInputError.js";

/** One event: a security on a date, optionally in a group and against a named market. */
export interface StudyEvent {
  readonly id: string;
  readonly security: string;
  /** Days since 1970-01-01. */
  readonly date: number;
  readonly group?: string;
  readonly market?: string;
  /** Numeric characteristics of the event (size, leverage, ...) for the cross-sectional regression. */
  readonly covariates?: Readonly<Record<string, number>>;
}

/** Returns as fractions (0.01 = 1 %), each series on its own trading days. */
export interface StudyInput {
  readonly securities: ReadonlyMap<string, Series>;
  readonly markets?: ReadonlyMap<string, Series>;
  /** The market of events that name none. */
  readonly defaultMarket?: string;
  readonly factors?: FactorSeries;
  /**
   * Each security's exchange sessions (days since 1970-01-01, ascending), when its calendar is known:
   * day 0 then moves along the exchange's days, a suspension inside a window is seen as a gap, and a
   * window past the last price is named by its date. Without, the market index's dates serve.
   */
  readonly calendars?: ReadonlyMap<string, Int32Array>;
  readonly events: readonly StudyEvent[];
  readonly options?: StudyOptionsInput;
}

interface Prepared {
  readonly panel: SecurityPanel;
  readonly design: ModelDesign;
  readonly market?: Series;
}

/**
 * A study computed: every event's figures as columns (the event table), and the per-group tests,
 * comparisons and regressions. `studyDocument` turns it into the result document.
 */
export interface StudyComputation {
  readonly input: StudyInput;
  readonly options: StudyOptions;
  readonly convention: Convention;
  readonly model: ReturnModel;
  readonly table: EventTable;
  readonly conventions: StudyConventions;
  readonly groups: readonly GroupResult[];
  readonly comparisons: readonly GroupComparison[];
  readonly regressions: readonly GroupRegression[];
  readonly covariateRegressions?: readonly CovariateRegression[];
}

/**
 * Runs an event study: per event, the model's abnormal returns, CARs and BHARs (or the reason the event
 * cannot be measured); per group and overall, AARs, CAARs and the chosen significance tests; between
 * groups, differences of mean CAR. Pure: no I/O, inputs are not modified.
 */
export function runStudy(input: StudyInput): StudyResult {
  return studyDocument(computeStudy(input));
}

/** The result document of a computed study: per-event figures expanded from the event table. */
export function studyDocument(c: StudyComputation): StudyResult {
  const dateText = memoizedIsoDate();
  return {
    schema: RESULT_SCHEMA,
    conventions: c.conventions,
    events: c.input.events.map((event, k) => eventResult(event, c.table, k, c.model, c.options, c.convention, dateText)),
    groups: c.groups,
    comparisons: c.comparisons,
    regressions: c.regressions,
    ...(c.covariateRegressions ? { covariateRegressions: c.covariateRegressions } : {}),
  };
}

/** isoDate with a cache: events share few distinct dates, and formatting them is the costly part. */
function memoizedIsoDate(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let text = cache.get(day);
    if (text === undefined) {
      text = isoDate(day);
      cache.set(day, text);
    }
    return text;
  };
}

/** Computes a study into columns; see runStudy. */
export function computeStudy(input: StudyInput): StudyComputation {
  const parsed = studyOptionsSchema.safeParse(input.options ?? {});
  if (!parsed.success) throw StudyInputError.fromZod(parsed.error, "options");
  const options = parsed.data;
  const base = CONVENTIONS[options.convention];
  const convention: Convention = options.residualVariance ? { ...base, residualVariance: options.residualVariance } : base;
  const model = RETURN_MODELS[options.model];
  if (model.requires === "factors" && !input.factors) {
    throw new StudyInputError([{ path: "options.model", message: `the ${model.label} needs factor returns, and none were given` }]);
  }
  input.events.forEach((e, i) => {
    if (!Number.isInteger(e.date)) {
      throw new StudyInputError([{ path: `events.${i}.date`, message: `${e.date} is not a day number (days since 1970-01-01)` }]);
    }
  });
  const grid = eventGrid(options.estimation, options.windows);
  const testNames = options.tests ?? [...DEFAULT_TEST_NAMES];

  const markets = new Map<string, Series>();
  for (const [name, s] of input.markets ?? []) markets.set(name, finiteOnly(s));
  const needs = {
    estimationDays: testNames.some((t) => SIGNIFICANCE_TESTS[t].needs?.estimationDays),
    marketReturns: testNames.some((t) => SIGNIFICANCE_TESTS[t].needs?.marketReturns),
  };
  const table = allocateEventTable(input.events.length, grid, options.windows, model.parameters.length, needs);
  const measureOptions = {
    grid,
    windows: options.windows,
    minEstimationDays: options.minEstimationDays,
    convention,
    returnType: options.returnType,
  };
  const prepared = new Map<string, Prepared>();
  input.events.forEach((event, k) => {
    const security = input.securities.get(event.security);
    if (!security) return setStatus(table, k, failed("unknown-security", `no returns for security "${event.security}"`));
    const marketName = event.market ?? input.defaultMarket;
    const market = marketName === undefined ? undefined : markets.get(marketName);
    if (model.requires === "market" && !market) {
      const reason = marketName === undefined ? "no market series named for this event" : `no returns for market "${marketName}"`;
      return setStatus(table, k, failed("unknown-market", reason));
    }
    const key = `${event.security}\u0000${model.requires === "market" ? marketName : ""}`;
    let p = prepared.get(key);
    if (!p) {
      const panel = buildPanel(security, model.requires === "market" ? market : undefined, input.factors, input.calendars?.get(event.security));
      p = { panel, design: maskBridged(model.design(panel), panel), ...(market ? { market } : {}) };
      prepared.set(key, p);
    }
    const located = locateEventDay(p.panel.dates, event.date, options.nonTradingDay, exchangeDays(p, event.date));
    if ("status" in located) return setStatus(table, k, located.status);
    measureEventInto(table, k, p.panel, model, p.design, located.row, measureOptions, p.market);
  });
  const measured = (k: number): boolean => table.status[k] === 0;

  const labels = [...new Set(input.events.flatMap((e) => (e.group === undefined ? [] : [e.group])))];
  const groupOf = (label: string): number[] =>
    input.events.flatMap((e, i) => (label === "all" || e.group === label ? [i] : []));
  const rawGroups: GroupResult[] = ["all", ...labels].map((label) => {
    const members = groupOf(label);
    const ok = members.filter(measured);
    return groupResult(label, members.length, ok, table, options, convention, testNames);
  });
  const groups = adjustWindowTests(rawGroups, options.adjust);

  const pairs = options.compare ?? labels.flatMap((a, i) => labels.slice(i + 1).map((b) => [a, b] as [string, string]));
  for (const [a, b] of pairs) {
    for (const g of [a, b]) {
      if (!labels.includes(g)) throw new StudyInputError([{ path: "options.compare", message: `no events in group "${g}"` }]);
    }
  }
  const carsOf = (label: string, w: number): Float64Array =>
    Float64Array.from(groupOf(label).filter(measured), (k) => table.car[k * options.windows.length + w]!);
  const comparisons: GroupComparison[] = pairs.map(([a, b]) => ({
    a,
    b,
    windows: options.windows.map((window, w) => {
      const x = carsOf(a, w);
      const y = carsOf(b, w);
      const welch = welchT(x, y, options.alternative);
      const rankSum = wilcoxonRankSum(x, y, options.alternative);
      const perm = permutationTest(x, y, {
        alternative: options.alternative,
        maxExactSplits: options.permutation.exactLimit,
        draws: options.permutation.draws,
        seed: options.permutation.seed,
      });
      return {
        window,
        difference: welch.difference,
        welch: { statistic: welch.statistic, pValue: welch.pValue, distribution: "t", df: welch.df, standardError: welch.standardError },
        wilcoxonRankSum: { statistic: rankSum.statistic, pValue: rankSum.pValue, method: rankSum.method },
        permutation: {
          pValue: perm.pValue,
          method: perm.method,
          permutations: perm.permutations,
          ...(perm.method === "monte-carlo" ? { seed: options.permutation.seed } : {}),
        },
      };
    }),
  }));

  const regressions: GroupRegression[] =
    labels.length < 2
      ? []
      : options.windows.map((window, w) => {
          const rows = input.events.flatMap((e, k) => (e.group !== undefined && measured(k) ? [k] : []));
          const y = Float64Array.from(rows, (k) => table.car[k * options.windows.length + w]!);
          const dummies = labels.slice(1).map((g) => Float64Array.from(rows, (i) => (input.events[i]!.group === g ? 1 : 0)));
          const fit = olsHC3(y, dummies, labels.slice(1));
          return { window, baseline: labels[0]!, observations: fit.observations, terms: fit.terms };
        });

  const covariateResults = options.covariates
    ? studyCovariateRegressions(input.events, measured, table.car, options.windows, options.covariates)
    : undefined;

  return {
    input,
    options,
    convention,
    model,
    table,
    conventions: conventionsOf(options, convention, model, testNames, (input.calendars?.size ?? 0) > 0),
    groups,
    comparisons,
    regressions,
    ...(covariateResults ? { covariateRegressions: covariateResults } : {}),
  };
}

/** The days the security's exchange traded around a date: its calendar where that covers the date, else the market's. */
function exchangeDays(p: Prepared, date: number): Int32Array | undefined {
  const sessions = p.panel.sessions;
  if (sessions && sessions.length > 0 && date >= sessions[0]! && date <= sessions[sessions.length - 1]!) return sessions;
  return p.market?.dates;
}

/** Drops the dates where a series has no value, so neighbouring rows are neighbouring trading days. */
function finiteOnly(s: Series): Series {
  const keep: number[] = [];
  s.values.forEach((v, i) => {
    if (Number.isFinite(v)) keep.push(i);
  });
  if (keep.length === s.values.length) return s;
  return { dates: Int32Array.from(keep, (i) => s.dates[i]!), values: Float64Array.from(keep, (i) => s.values[i]!) };
}

/** A return that spans days the security skipped is no one-day return: the fit must not use it. */
function maskBridged(design: ModelDesign, panel: SecurityPanel): ModelDesign {
  if (!panel.bridged.includes(1)) return design;
  const y = Float64Array.from(design.y, (v, i) => (panel.bridged[i] ? Number.NaN : v));
  return { ...design, y };
}

function outcome(s: Statistic, alternative: StudyOptions["alternative"]): TestOutcome {
  return {
    statistic: s.statistic,
    pValue: sidedPValue(s.lower, s.upper, alternative),
    distribution: s.distribution,
    ...(s.df === undefined ? {} : { df: s.df }),
    ...(s.draws === undefined ? {} : { draws: s.draws, seed: s.seed! }),
  };
}

function eventResult(
  event: StudyEvent,
  table: EventTable,
  k: number,
  model: ReturnModel,
  options: StudyOptions,
  convention: Convention,
  dateText: (day: number) => string,
): EventResult {
  const day0 = table.day0[k]!;
  const base = {
    id: event.id,
    security: event.security,
    ...(event.market === undefined ? {} : { market: event.market }),
    ...(event.group === undefined ? {} : { group: event.group }),
    eventDate: dateText(event.date),
    ...(day0 === NO_DAY ? {} : { day0: dateText(day0) }),
    status: statusCode(table, k),
    reason: table.reasons[k]!,
  };
  if (table.status[k] !== 0) return { ...base, days: [], windows: [] };
  const m = table.m[k]!;
  const df = convention.eventTDf === "residual" ? table.df[k]! : m - 1;
  const parameters: Record<string, number> = {};
  model.parameters.forEach((name, j) => (parameters[name] = table.coef[k * table.parameters + j]!));
  const nw = options.windows.length;
  return {
    ...base,
    estimation: { from: dateText(table.estimationFirst[k]!), to: dateText(table.estimationLast[k]!), days: m },
    parameters,
    residualSd: Math.sqrt(table.s2[k]!),
    rSquared: table.r2[k]!,
    days: eventDays(table, k, dateText),
    windows: options.windows.map((window, w) => {
      const car = table.car[k * nw + w]!;
      const se = Math.sqrt(table.carVariance[k * nw + w]!);
      const t = studentT(car / se, df);
      const pValue = convention.eventPValue === "one-tail-of-abs-t" ? Math.min(t.lower, t.upper) : sidedPValue(t.lower, t.upper, options.alternative);
      return { window, car, se, t: t.statistic, pValue, bhar: table.bhar[k * nw + w]! };
    }),
  };
}

/** The span days of event k: AR, its standard error and t. */
function eventDays(table: EventTable, k: number, dateText: (day: number) => string): EventDayResult[] {
  const span = table.grid.spanLength;
  const at = k * table.grid.days.length + table.grid.estimationLength;
  const days: EventDayResult[] = new Array<EventDayResult>(span);
  for (let d = 0; d < span; d++) {
    const ar = table.ar[at + d]!;
    const se = Math.sqrt(table.arVariance[k * span + d]!);
    days[d] = { day: table.grid.span[0] + d, date: dateText(table.spanDates[k * span + d]!), ar, se, t: ar / se };
  }
  return days;
}

function groupResult(
  label: string,
  events: number,
  ok: readonly number[],
  table: EventTable,
  options: StudyOptions,
  convention: Convention,
  testNames: readonly TestName[],
): GroupResult {
  const empty = { group: label, events, measured: ok.length, days: [], windows: [] };
  const settings: TestSettings = { bootstrap: options.bootstrap };
  if (ok.length === 0) return empty;
  const grid = table.grid;
  const cs: CrossSection = selectRows(table, ok);
  const aar = averageAbnormalReturns(cs);
  const daily: Partial<Record<TestName, Statistic[]>> = {};
  const windowed: Partial<Record<TestName, Statistic[]>> = {};
  for (const name of testNames) {
    const test = SIGNIFICANCE_TESTS[name];
    if (test.daily) daily[name] = test.daily(cs, convention, settings);
    if (test.window) windowed[name] = test.window(cs, convention, settings);
  }
  const pick = (from: Partial<Record<TestName, Statistic[]>>, k: number): Partial<Record<TestName, TestOutcome>> => {
    const out: Partial<Record<TestName, TestOutcome>> = {};
    for (const name of testNames) {
      const s = from[name]?.[k];
      if (s) out[name] = outcome(s, options.alternative);
    }
    return out;
  };
  return {
    ...empty,
    days: Array.from({ length: grid.spanLength }, (_, d) => ({
      day: grid.span[0] + d,
      aar: aar[grid.estimationLength + d]!,
      tests: pick(daily, d),
    })),
    windows: options.windows.map((window, w) => {
      const [a, b] = windowOffsets(cs, window);
      let caar = 0;
      for (let d = a; d <= b; d++) caar += aar[grid.estimationLength + d]!;
      if (convention.caarAs === "mean") caar /= b - a + 1;
      const meanBhar = ok.reduce((s, k) => s + table.bhar[k * options.windows.length + w]!, 0) / ok.length;
      return { window, caar, meanBhar, tests: pick(windowed, w) };
    }),
  };
}

function conventionsOf(options: StudyOptions, convention: Convention, model: ReturnModel, tests: readonly TestName[], calendars: boolean): StudyConventions {
  return {
    convention: convention.name,
    model: model.name,
    modelLabel: model.label,
    returnType: options.returnType,
    estimation: options.estimation,
    minEstimationDays: options.minEstimationDays,
    windows: options.windows,
    nonTradingDay: options.nonTradingDay,
    residualVariance: convention.residualVariance,
    predictionError: convention.predictionError,
    marketMoments: convention.marketMoments,
    crossSectionalSum: convention.crossSectionalSum,
    windowRankCentre: convention.windowRankCentre,
    caar: convention.caarAs,
    eventPValue: convention.eventPValue,
    constantMeanVariance: convention.constantMeanVariance,
    pValues: options.alternative,
    tradingDays: calendars
      ? "each security counts days on the dates it has a return; day 0 and gaps follow its exchange's calendar where one was given (2000-2030), else the market's days"
      : "each security counts days on the dates it has a return; day 0 and gaps follow the market's days",
    tests: tests.map((name) => ({ name, label: SIGNIFICANCE_TESTS[name].label, citation: SIGNIFICANCE_TESTS[name].citation })),
    ...(options.adjust.length > 0 ? { multipleTesting: { methods: options.adjust, family: WINDOW_FAMILY } } : {}),
  };
}

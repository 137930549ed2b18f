import { permutationTest } from "./compare/permutationTest.js";
import { olsHC3 } from "./compare/olsHC3.js";
import { welchT } from "./compare/welchT.js";
import { wilcoxonRankSum } from "./compare/wilcoxonRankSum.js";
import { sidedPValue } from "./alternative.js";
import { CONVENTIONS, type Convention } from "./conventions.js";
import { averageAbnormalReturns, windowOffsets, type CrossSection } from "./crossSection.js";
import { unmeasuredText, type UnmeasuredReason } from "../shared/eventReasons.js";
import { eventGrid } from "./eventWindow.js";
import { locateEventDay } from "./locateEventDay.js";
import { adjustWindowTests, WINDOW_FAMILY } from "./multipleTesting.js";
import { measureEventInto, type MeasureOptions } from "./measureEvent.js";
import { measureMarketModelInto, type MarketModelSecurity } from "./measureMarketModel.js";
import { marketModelSums } from "./models/marketModel.js";
import { emptySumsFit } from "./models/prefixSums.js";
import { allocateEventTable, NO_DAY, resetRow, setStatus, statusCode, withRows, type EventTable } from "./eventTable.js";
import { RETURN_MODELS } from "./models/index.js";
import type { ModelDesign, ReturnModel } from "./models/returnModel.js";
import { studyOptionsSchema, type StudyOptions, type StudyOptionsInput } from "./options.js";
import { buildPanel, lowerBound, type FactorSeries, type SecurityPanel } from "./panel.js";
import { studyCovariateRegressions } from "./covariateRegression.js";
import { calendarTimeResult, checkCalendarTimeWeights } from "./calendarTimeStudy.js";
import type {
  CalendarTimeResult,
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
import { KIND_DESCRIPTIONS, PARKINSON_MEASURE, VOLUME_MARKET_TEXT } from "./kinds/studyKind.js";
import { parkinsonVariance, rangeRatiosInto, type HighLow } from "./kinds/parkinson.js";
import { volatilityRatiosInto, withoutBhar } from "./kinds/volatilityRatio.js";
import { volumeSeries } from "./kinds/volumeInput.js";
import { flagSuspectReturns, SUSPECT_RETURN_RULES, suspectDays } from "./suspectReturns.js";

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
  /** Daily highs and lows per security, for the volatility kind's Parkinson range measure. */
  readonly highLow?: ReadonlyMap<string, HighLow>;
  /** Shares traded per security on its own dates (NaN or no date: missing), for the volume kind. */
  readonly volumes?: ReadonlyMap<string, Series>;
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
  readonly calendarTime?: readonly CalendarTimeResult[];
  /** Returns of the studied securities and their markets that look like data errors, in series then date order. */
  readonly suspects: readonly SuspectNote[];
}

/** A return that looks like a data error: the series (a security or a market), its date, and why. */
interface SuspectNote {
  readonly series: string;
  readonly date: number;
  readonly reason: string;
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
  requireEventDays(c.table);
  const dateText = memoizedIsoDate();
  return {
    schema: RESULT_SCHEMA,
    conventions: c.conventions,
    events: c.input.events.map((event, k) => eventResult(event, c.table, k, c.model, c.options, c.convention, dateText, c.suspects, c.input.defaultMarket)),
    groups: c.groups,
    comparisons: c.comparisons,
    regressions: c.regressions,
    ...(c.covariateRegressions ? { covariateRegressions: c.covariateRegressions } : {}),
    ...(c.calendarTime ? { calendarTime: c.calendarTime } : {}),
    ...(c.suspects.length > 0 ? { suspectReturns: c.suspects.map((s) => ({ series: s.series, date: dateText(s.date), reason: s.reason })) } : {}),
  };
}

/** isoDate with a cache: events share few distinct dates, and formatting them is the costly part. */
export function memoizedIsoDate(): (day: number) => string {
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

/** How a study is computed: what its outputs will read beyond what its tests need, and who hears of its progress. */
export interface StudyRunOptions {
  /** Each event's days (date, AR, its se and t): the result document, JSON Lines, columns. Not CSV or Parquet. */
  readonly eventDays: boolean;
  /** Told how far the study is (a progress bar): events measured of all, then group tests run of all. */
  readonly onProgress?: StudyProgress;
}

/** Progress of a study's two long stages: measuring its events, then running each group's tests. */
type StudyProgress = (stage: "measuring" | "testing", done: number, total: number) => void;

/** Measured events between two progress reports. */
const PROGRESS_EVENTS = 1 << 16;

/** Computes a study into columns; see runStudy. Without event days the table serves CSV and Parquet only. */
export function computeStudy(given: StudyInput, outputs: StudyRunOptions = { eventDays: true }): StudyComputation {
  const parsed = studyOptionsSchema.safeParse(given.options ?? {});
  if (!parsed.success) throw StudyInputError.fromZod(parsed.error, "options");
  const options = parsed.data;
  const range = isRange(options);
  const input = options.kind === "volume" ? volumeStudyInput(given, options.volumeMarket) : range ? rangeStudyInput(given) : given;
  const base = CONVENTIONS[options.convention];
  const convention: Convention = {
    ...base,
    ...(options.residualVariance ? { residualVariance: options.residualVariance } : {}),
    ...(options.patellVariance ? { patellVariance: options.patellVariance } : {}),
  };
  const model = RETURN_MODELS[range ? "constant-mean" : options.model];
  if (model.requires === "factors" && !input.factors) {
    throw new StudyInputError([{ path: "options.model", message: `the ${model.label} needs factor returns, and none were given` }]);
  }
  input.events.forEach((e, i) => {
    if (!Number.isInteger(e.date)) {
      throw new StudyInputError([{ path: `events.${i}.date`, message: `${e.date} is not a day number (days since 1970-01-01)` }]);
    }
  });
  if (options.calendarTime) checkCalendarTimeWeights(input.events, options.calendarTime);
  const grid = eventGrid(options.estimation, options.windows);
  const testNames = kindTests(options, model);

  const markets = new Map<string, Series>();
  for (const [name, s] of input.markets ?? []) markets.set(name, finiteOnly(s));
  const needs = {
    estimationDays: testNames.some((t) => SIGNIFICANCE_TESTS[t].needs?.estimationDays),
    marketReturns: testNames.some((t) => SIGNIFICANCE_TESTS[t].needs?.marketReturns),
    eventDays: outputs.eventDays,
  };
  const table = allocateEventTable(input.events.length, grid, options.windows, model.parameters.length, needs);
  const measureOptions: MeasureOptions = {
    grid,
    windows: options.windows,
    minEstimationDays: options.minEstimationDays,
    convention,
    returnType: options.returnType,
  };
  const suspects = measureEvents(input, table, model, markets, measureOptions, options, outputs.onProgress);
  if (range) rangeRatiosInto(table);
  else if (options.kind === "volatility") volatilityRatiosInto(table);
  if (options.kind === "volume") withoutBhar(table);
  const measured = (k: number): boolean => table.status[k] === 0;

  const seen = new Set<string>();
  for (const e of input.events) if (e.group !== undefined) seen.add(e.group);
  const labels = [...seen];
  const groupOf = (label: string): number[] => {
    const rows: number[] = [];
    for (let i = 0; i < input.events.length; i++) if (label === "all" || input.events[i]!.group === label) rows.push(i);
    return rows;
  };
  const testRuns = (labels.length + 1) * testNames.length;
  let tested = 0;
  const onTested = (): void => outputs.onProgress?.("testing", ++tested, testRuns);
  const rawGroups: GroupResult[] = ["all", ...labels].map((label) => {
    const members = groupOf(label);
    const ok = members.filter(measured);
    return groupResult(label, members.length, ok, table, options, convention, testNames, onTested);
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
        welch: {
          statistic: welch.statistic,
          pValue: welch.pValue,
          distribution: "t",
          df: welch.df,
          standardError: welch.standardError,
          ...(Number.isNaN(welch.statistic) ? { reason: welchReason(x, y) } : {}),
        },
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

  const covariateResults = options.covariates ? studyCovariateRegressions(input.events, measured, table.car, options.windows, options.covariates) : undefined;

  const settings = options.calendarTime;
  const calendarTime = settings
    ? ["all", ...labels].map((label) =>
        calendarTimeResult(label, groupOf(label).filter(measured), input.events, input.securities, table.day0, settings, input.factors, options.alternative),
      )
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
    ...(calendarTime ? { calendarTime } : {}),
    suspects,
  };
}

/**
 * Measures every event into the table. Securities and markets become integers; events are taken grouped
 * by security (and market) and in date order, so each security is prepared once, its day 0 found by a
 * pointer moving forward through its dates, and its rows read close together; results land in each
 * event's own row. The market model under conventions that take the prediction-error term from the
 * security's own days runs an allocation-free loop (measureMarketModelInto); everything else, and every
 * event with a status to report, goes through measureEventInto.
 */
function measureEvents(
  input: StudyInput,
  table: EventTable,
  model: ReturnModel,
  markets: ReadonlyMap<string, Series>,
  measureOptions: MeasureOptions,
  options: StudyOptions,
  onProgress: StudyProgress | undefined,
): SuspectNote[] {
  const { nonTradingDay } = options;
  const events = input.events;
  const n = events.length;
  const byMarket = model.requires === "market";
  const what = options.kind === "volume" ? "volumes" : isRange(options) ? "highs and lows" : "returns";
  // Levels of their own day (log volume, a day's range variance): no return spans days, none is screened as one.
  const levels = options.kind === "volume" || isRange(options);
  const securityNames = [...input.securities.keys()];
  const securityIds = new Map(securityNames.map((name, i) => [name, i]));
  const marketNames = [...markets.keys()];
  const marketIds = new Map(marketNames.map((name, i) => [name, i]));
  // Every market name events give, known or not: a slot is a security and the name of its market, the
  // key under which events repeat one another (see markDuplicates). Known markets keep their index.
  const nameIds = new Map(marketIds);
  const slotOf = new Int32Array(n).fill(-1);
  const slotIds = new Map<number, number>();
  const slots: { security: number; market: number }[] = [];
  const dates = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const event = events[k]!;
    dates[k] = event.date;
    const security = securityIds.get(event.security);
    if (security === undefined) {
      resetRow(table, k);
      setStatus(table, k, { code: "unknown-security", security: event.security, series: what });
      continue;
    }
    const marketName = event.market ?? input.defaultMarket;
    const market = marketName === undefined ? undefined : marketIds.get(marketName);
    if (byMarket && market === undefined) {
      resetRow(table, k);
      setStatus(table, k, { code: "unknown-market", series: what, ...(marketName === undefined ? {} : { market: marketName }) });
      continue;
    }
    const m = byMarket || market !== undefined ? market! : -1;
    let nameId = marketName === undefined ? -1 : nameIds.get(marketName);
    if (nameId === undefined) {
      nameId = nameIds.size;
      nameIds.set(marketName!, nameId);
    }
    const key = (nameId + 1) * securityNames.length + security;
    let slot = slotIds.get(key);
    if (slot === undefined) {
      slot = slots.length;
      slotIds.set(key, slot);
      slots.push({ security, market: m });
    }
    slotOf[k] = slot;
  }
  const { order, orderDates, starts } = groupedByDate(slotOf, dates, slots.length);

  let largest = 0;
  for (let slot = 0; slot < slots.length; slot++) largest = Math.max(largest, starts[slot + 1]! - starts[slot]!);
  const duplicateKeys = new Float64Array(largest);
  const dateText = memoizedIsoDate();
  const fast = model.name === "market-model" && measureOptions.convention.marketMoments === "security-days";
  const scratch = emptySumsFit();
  const notes = new Map<string, readonly SuspectNote[]>();
  const suspectsOf = (series: string, s: Series): readonly SuspectNote[] => {
    let found = notes.get(series);
    if (levels) return [];
    if (!found) {
      const clean = finiteOnly(s);
      const flags = flagSuspectReturns(clean.values, options.returnType);
      found = suspectDays(clean.dates, clean.values, flags, options.returnType).map((d) => ({ series, date: d.date, reason: `${series}: ${d.reason}` }));
      notes.set(series, found);
    }
    return found;
  };
  for (let slot = 0; slot < slots.length; slot++) {
    const { security, market: m } = slots[slot]!;
    const name = securityNames[security]!;
    const market = m >= 0 ? markets.get(marketNames[m]!) : undefined;
    const panelled = buildPanel(input.securities.get(name)!, byMarket ? market : undefined, input.factors, input.calendars?.get(name), options.returnType);
    // A log volume is a level of its own day: a day without a volume before it bridges nothing.
    const built = levels ? { ...panelled, bridged: new Uint8Array(panelled.bridged.length) } : panelled;
    const flagged = [...suspectsOf(name, input.securities.get(name)!), ...(byMarket && market ? suspectsOf(marketNames[m]!, market) : [])];
    const panel = options.suspectReturns === "exclude" && flagged.length > 0 ? withSuspects(built, flagged) : built;
    const p: Prepared = { panel, design: maskUnusable(model.design(panel), panel), ...(market ? { market } : {}) };
    const hot: MarketModelSecurity | undefined = fast ? { panel, y: p.design.y, sums: marketModelSums(p.design) } : undefined;
    const own = panel.dates;
    let row = 0;
    for (let at = starts[slot]!; at < starts[slot + 1]!; at++) {
      const k = order[at]!;
      const date = orderDates[at]!;
      while (row < own.length && own[row]! < date) row++;
      if (hot && own[row] === date && measureMarketModelInto(table, k, hot, row, measureOptions, scratch)) continue;
      resetRow(table, k);
      const located = locateEventDay(own, date, nonTradingDay, exchangeDays(p, date));
      if ("status" in located) setStatus(table, k, located.status);
      else measureEventInto(table, k, panel, model, p.design, located.row, measureOptions, p.market);
    }
    markDuplicates(table, events, order.subarray(starts[slot]!, starts[slot + 1]!), duplicateKeys, dateText);
    if (onProgress && (slot === slots.length - 1 || Math.floor(starts[slot + 1]! / PROGRESS_EVENTS) > Math.floor(starts[slot]! / PROGRESS_EVENTS))) {
      onProgress("measuring", starts[slot + 1]!, order.length);
    }
  }
  return [...notes.values()].flat();
}

/**
 * Events of the same security (against the same market) on the same day 0 are one observation: the
 * first keeps its figures, each later one gets the status duplicate-event naming it, so no group counts
 * it twice. `rows` are one slot's events (one security and market name); their measured ones as
 * (day 0, row) keys, sorted (they mostly are: the slot's events come in date order), so each day 0 is
 * one run whose lowest row is the first. `keys` is scratch space, at least as long as `rows`.
 */
function markDuplicates(table: EventTable, events: readonly StudyEvent[], rows: Int32Array, keys: Float64Array, dateText: (day: number) => string): void {
  // day 0 · 2³² + row is exact in a double for any day within 2²⁰ days of 1970.
  let count = 0;
  let sorted = true;
  for (const k of rows) {
    if (table.status[k] !== 0) continue;
    const key = table.day0[k]! * 4294967296 + k;
    if (count > 0 && key < keys[count - 1]!) sorted = false;
    keys[count++] = key;
  }
  const measured = keys.subarray(0, count);
  if (!sorted) measured.sort();
  let first = -1;
  let firstDay = 0;
  for (let i = 0; i < count; i++) {
    const day = Math.floor(measured[i]! / 4294967296);
    const k = measured[i]! - day * 4294967296;
    if (first >= 0 && day === firstDay) {
      setStatus(table, k, { code: "duplicate-event", day0: dateText(day), sameAs: events[first]!.id });
      continue;
    }
    first = k;
    firstDay = day;
  }
}

/** The panel with its rows whose security or market return is suspect marked, each with its reason. */
function withSuspects(panel: SecurityPanel, flagged: readonly SuspectNote[]): SecurityPanel {
  const rows = new Map<number, string>();
  for (const note of flagged) {
    const i = lowerBound(panel.dates, note.date);
    if (panel.dates[i] === note.date && !rows.has(i)) rows.set(i, note.reason);
  }
  return rows.size > 0 ? { ...panel, suspect: rows } : panel;
}

/**
 * The events of each slot (a security and market), each slot's in date order: a counting sort by slot,
 * then a numeric sort of (date, row) keys per slot. Events without a slot (-1) are left out. Each
 * event's date comes beside it (orderDates), so the loop over them reads dates in order.
 */
function groupedByDate(slotOf: Int32Array, dates: Int32Array, slots: number): { order: Int32Array; orderDates: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(slots + 1);
  for (const s of slotOf) if (s >= 0) starts[s + 1]!++;
  for (let s = 0; s < slots; s++) starts[s + 1]! += starts[s]!;
  const order = new Int32Array(starts[slots]!);
  const next = starts.slice(0, slots);
  let lowest = 0;
  for (let k = 0; k < slotOf.length; k++) {
    if (slotOf[k]! < 0) continue;
    order[next[slotOf[k]!]!++] = k;
    if (dates[k]! < lowest) lowest = dates[k]!;
  }
  // (date - lowest) · 2³² + row is exact in a double (dates span far fewer than 2²¹ days).
  const keys = new Float64Array(order.length);
  const orderDates = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) keys[i] = (dates[order[i]!]! - lowest) * 4294967296 + order[i]!;
  for (let s = 0; s < slots; s++) {
    const segment = keys.subarray(starts[s]!, starts[s + 1]!);
    segment.sort();
    for (let i = 0; i < segment.length; i++) {
      const row = segment[i]! % 4294967296;
      order[starts[s]! + i] = row;
      orderDates[starts[s]! + i] = (segment[i]! - row) / 4294967296 + lowest;
    }
  }
  return { order, orderDates, starts };
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

/**
 * A return that spans days the security skipped is no one-day return, and a suspect return (a split-like
 * jump, a bad close) is no market move: the fit must not use either.
 */
function maskUnusable(design: ModelDesign, panel: SecurityPanel): ModelDesign {
  const suspect = panel.suspect;
  if (!panel.bridged.includes(1) && !suspect) return design;
  const y = Float64Array.from(design.y, (v, i) => (panel.bridged[i] || suspect?.has(i) ? Number.NaN : v));
  return { ...design, y };
}

function outcome(s: Statistic, alternative: StudyOptions["alternative"]): TestOutcome {
  if (s.reason !== undefined || !Number.isFinite(s.statistic)) {
    const reason =
      s.reason ??
      (Number.isNaN(s.statistic)
        ? "no value here: too few events, no variation, or an input the test needs is missing"
        : "the test's spread is zero: no finite statistic");
    return { statistic: Number.NaN, pValue: Number.NaN, distribution: s.distribution, ...(s.df === undefined ? {} : { df: s.df }), reason };
  }
  return {
    statistic: s.statistic,
    pValue: sidedPValue(s.lower, s.upper, alternative),
    distribution: s.distribution,
    ...(s.df === undefined ? {} : { df: s.df }),
    ...(s.draws === undefined ? {} : { draws: s.draws, seed: s.seed! }),
  };
}

/** An event's reason: "measured", or the sentence of why not (kept for readers of `reason`) with its code and data in `detail`. */
function reasonOf(unmeasured: UnmeasuredReason | undefined): { reason: string; detail?: UnmeasuredReason } {
  return unmeasured === undefined ? { reason: "measured" } : { reason: unmeasuredText(unmeasured), detail: unmeasured };
}

function eventResult(
  event: StudyEvent,
  table: EventTable,
  k: number,
  model: ReturnModel,
  options: StudyOptions,
  convention: Convention,
  dateText: (day: number) => string,
  suspects: readonly SuspectNote[],
  defaultMarket: string | undefined,
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
    ...reasonOf(table.unmeasured[k]),
  };
  if (table.status[k] !== 0) return { ...base, days: [], windows: [] };
  const m = table.m[k]!;
  const df = eventTDf(table, k, convention);
  const parameters: Record<string, number> = {};
  model.parameters.forEach((name, j) => (parameters[name] = table.coef[k * table.parameters + j]!));
  return {
    ...base,
    estimation: {
      from: dateText(table.estimationFirst[k]!),
      to: dateText(table.estimationLast[k]!),
      days: m,
      ...excludedDays(event.security, event.market ?? defaultMarket, table, k, options, suspects, dateText),
    },
    parameters,
    residualSd: Math.sqrt(table.s2[k]!),
    rSquared: table.r2[k]!,
    days: eventDays(table, k, dateText),
    windows: options.windows.map((window, w) => {
      const f = eventWindowFigures(table, k, w, convention, options.alternative, df, { car: 0, se: 0, t: 0, pValue: 0, bhar: 0 });
      return { window, car: f.car, se: f.se, t: f.t, pValue: f.pValue, bhar: f.bhar };
    }),
  };
}

/** The suspect returns of event k's security or market inside its estimation window, left out of the fit. */
function excludedDays(
  security: string,
  market: string | undefined,
  table: EventTable,
  k: number,
  options: StudyOptions,
  suspects: readonly SuspectNote[],
  dateText: (day: number) => string,
): { excluded?: { date: string; reason: string }[] } {
  if (suspects.length === 0 || options.suspectReturns === "keep") return {};
  const from = table.estimationFirst[k]!;
  const to = table.estimationLast[k]!;
  const excluded = suspects
    .filter((s) => (s.series === security || s.series === market) && s.date >= from && s.date <= to)
    .map((s) => ({ date: dateText(s.date), reason: s.reason }));
  return excluded.length > 0 ? { excluded } : {};
}

/** Degrees of freedom of event k's own t: those of s², or M - 1 (eventstudy-py). */
export function eventTDf(table: EventTable, k: number, convention: Convention): number {
  return convention.eventTDf === "residual" ? table.df[k]! : table.m[k]! - 1;
}

/** One window's figures of one event, as the result document and the streamed outputs report them. */
export interface EventWindowFigures {
  car: number;
  se: number;
  t: number;
  pValue: number;
  bhar: number;
}

/** Window w of event k into `out` (reused by writers that stream many events): CAR, its se, t, p and BHAR. */
export function eventWindowFigures(
  table: EventTable,
  k: number,
  w: number,
  convention: Convention,
  alternative: StudyOptions["alternative"],
  df: number,
  out: EventWindowFigures,
): EventWindowFigures {
  const nw = table.windows.length;
  const car = table.car[k * nw + w]!;
  const se = Math.sqrt(table.carVariance[k * nw + w]!);
  const t = studentT(car / se, df);
  out.car = car;
  out.se = se;
  out.t = t.statistic;
  out.pValue = convention.eventPValue === "one-tail-of-abs-t" ? Math.min(t.lower, t.upper) : sidedPValue(t.lower, t.upper, alternative);
  out.bhar = table.bhar[k * nw + w]!;
  return out;
}

/** Refuses a table computed without event days where they are to be written (a caller's mistake, not the user's). */
export function requireEventDays(table: EventTable): void {
  if (table.n > 0 && table.arVariance.length === 0)
    throw new Error("this study was computed without its event days (computeStudy's outputs.eventDays): it serves CSV and Parquet only");
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
  onTested: () => void,
): GroupResult {
  const empty = { group: label, events, measured: ok.length, days: [], windows: [] };
  const settings: TestSettings = { bootstrap: options.bootstrap };
  if (ok.length === 0) {
    testNames.forEach(() => onTested());
    return empty;
  }
  const grid = table.grid;
  const daily: Partial<Record<TestName, Statistic[]>> = {};
  const windowed: Partial<Record<TestName, Statistic[]>> = {};
  const aar = withRows(table, ok, (cs: CrossSection) => {
    for (const name of testNames) {
      const test = SIGNIFICANCE_TESTS[name];
      if (test.daily) daily[name] = test.daily(cs, convention, settings);
      if (test.window) windowed[name] = test.window(cs, convention, settings);
      onTested();
    }
    return averageAbnormalReturns(cs);
  });
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
      const [a, b] = windowOffsets(table, window);
      let caar = 0;
      for (let d = a; d <= b; d++) caar += aar[grid.estimationLength + d]!;
      if (convention.caarAs === "mean") caar /= b - a + 1;
      const meanBhar = ok.reduce((s, k) => s + table.bhar[k * options.windows.length + w]!, 0) / ok.length;
      return { window, caar, meanBhar, tests: pick(windowed, w) };
    }),
  };
}

/**
 * A volume study's input: log volumes in place of returns (see volumeSeries). Exchange calendars and
 * factors are left out: a level, unlike a return, spans no days, so day 0 and gaps follow the days with
 * a volume; and no factor explains volume.
 */
function volumeStudyInput(input: StudyInput, market: StudyOptions["volumeMarket"]): StudyInput {
  const v = volumeSeries(input.volumes, input.events, market);
  return {
    securities: v.securities,
    markets: v.markets,
    events: v.events,
    ...(v.defaultMarket === undefined ? (input.defaultMarket === undefined ? {} : { defaultMarket: input.defaultMarket }) : { defaultMarket: v.defaultMarket }),
    ...(input.options === undefined ? {} : { options: input.options }),
  };
}

/** Whether a study measures Parkinson's range volatility. */
function isRange(options: StudyOptions): boolean {
  return options.kind === "volatility" && options.volatilityMeasure === "parkinson-range";
}

/**
 * A range-volatility study's input: each security's Parkinson variance P_t in place of its returns,
 * without markets, factors or calendars (P_t is a level of its own day; the constant-mean model needs
 * no market).
 */
function rangeStudyInput(input: StudyInput): StudyInput {
  if (!input.highLow) {
    throw new StudyInputError([
      { path: "options.volatilityMeasure", message: "the Parkinson range measure needs each security's daily highs and lows, and none were given" },
    ]);
  }
  const securities = new Map([...input.highLow].map(([name, bars]) => [name, parkinsonVariance(name, bars)]));
  return { securities, events: input.events, ...(input.options === undefined ? {} : { options: input.options }) };
}

/**
 * The tests a study runs: those named, else the default battery. A volatility ratio is no abnormal
 * return: only the cross-sectional t, on U - 1, tests it (against a mean ratio of 1). Log volume has no
 * factor returns to be explained by.
 */
function kindTests(options: StudyOptions, model: ReturnModel): readonly TestName[] {
  if (options.kind === "volume" && model.requires === "factors") {
    throw new StudyInputError([
      {
        path: "options.model",
        message: `the ${model.label} explains returns by factor returns; a volume study uses the market model, market-adjusted or constant-mean model`,
      },
    ]);
  }
  if (options.kind !== "volatility") return options.tests ?? [...DEFAULT_TEST_NAMES];
  const other = options.tests?.find((t) => t !== "cross-sectional-t");
  if (other !== undefined) {
    throw new StudyInputError([
      { path: "options.tests", message: `the ${other} test does not apply to abnormal volatility; its test is the cross-sectional t of the ratio against 1` },
    ]);
  }
  return ["cross-sectional-t"];
}

/** Why Welch's t has no value: a group with fewer than two CARs, or CARs that do not vary. */
function welchReason(x: Float64Array, y: Float64Array): string {
  if (x.length < 2 || y.length < 2) return "a group with fewer than two measured events has no Welch test";
  return "the CARs do not vary within the groups (zero variance): no Welch test";
}

/** The suspect-return rule in force, with its thresholds. */
function suspectRule(policy: StudyOptions["suspectReturns"]): string {
  const r = SUSPECT_RETURN_RULES;
  const rules =
    `a close within ${r.splitTolerance * 100} % of ${r.splitRatios.map((s) => s.label).join(", ")} times the previous one is split-like; ` +
    `a close whose jump away and back both exceed ${r.badCloseMinLogMove} in log terms, the two netting within ${r.badCloseMaxNetShare * 100} % of the smaller, ` +
    `the smaller at least ${r.badCloseMinRobustZ} robust standard deviations of the ${r.neighbourhood} returns on each side, is a bad close (both its returns flagged)`;
  return policy === "exclude"
    ? `${rules}; flagged returns are left out of estimation windows, and an event whose window holds one is not measured`
    : `${rules}; flagged returns are listed but used as they are`;
}

function conventionsOf(options: StudyOptions, convention: Convention, model: ReturnModel, tests: readonly TestName[], calendars: boolean): StudyConventions {
  return {
    convention: convention.name,
    // What is measured comes after the convention, which stays the first thing every output states.
    kind: options.kind,
    measure: isRange(options) ? PARKINSON_MEASURE : KIND_DESCRIPTIONS[options.kind].measure,
    ...(options.kind === "volume" ? { volumeMarket: VOLUME_MARKET_TEXT[options.volumeMarket] } : {}),
    model: model.name,
    modelLabel: model.label,
    returnType: options.returnType,
    estimation: options.estimation,
    minEstimationDays: options.minEstimationDays,
    windows: options.windows,
    nonTradingDay: options.nonTradingDay,
    residualVariance: convention.residualVariance,
    patellVariance: convention.patellVariance,
    predictionError: convention.predictionError,
    marketMoments: convention.marketMoments,
    crossSectionalSum: convention.crossSectionalSum,
    windowRankCentre: convention.windowRankCentre,
    caar: convention.caarAs,
    eventPValue: convention.eventPValue,
    constantMeanVariance: convention.constantMeanVariance,
    pValues: options.alternative,
    suspectReturns:
      options.kind === "volume" || isRange(options)
        ? "does not apply: the series are levels (log volumes, range variances), not returns"
        : suspectRule(options.suspectReturns),
    tradingDays: calendars
      ? "each security counts days on the dates it has a return; day 0 and gaps follow its exchange's calendar where one was given (2000-2030), else the market's days"
      : "each security counts days on the dates it has a return; day 0 and gaps follow the market's days",
    tests: tests.map((name) => ({ name, label: SIGNIFICANCE_TESTS[name].label, citation: SIGNIFICANCE_TESTS[name].citation })),
    ...(options.adjust.length > 0 ? { multipleTesting: { methods: options.adjust, family: WINDOW_FAMILY } } : {}),
  };
}

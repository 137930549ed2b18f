import { benchmarkFor } from "../data/securities/index.js";
import { readEventsCsv, type EventRecord } from "../data/csv/index.js";
import { sessionsBySymbol } from "./calendars.js";
import type { Store } from "../data/store/index.js";
import { returnsFromPrices } from "../study/returns.js";
import type { StudyResult } from "../study/results.js";
import { computeStudy, studyDocument, type StudyComputation, type StudyEvent, type StudyInput, type StudyRunOptions } from "../study/runStudy.js";
import type { StudyOptionsInput } from "../study/options.js";
import type { Series } from "../series.js";
import type { HighLow } from "../study/kinds/parkinson.js";
import { withStore } from "./environment.js";
import { joinFactorTables } from "./factorSeries.js";
import { RETURN_MODELS } from "../study/models/index.js";
import type { FactorSeries } from "../study/panel.js";

/**
 * An events CSV (security, date, optional id, group, market) studied on the prices in the store: each
 * event against its own market column, else the one given, else its exchange's benchmark (^HSI, ^GSPC,
 * ^CSI300). Securities or markets without stored prices are reported by the engine with their reason.
 */
export async function studyFromEvents(path: string, store: Store, options: StudyOptionsInput & { benchmark?: string } = {}): Promise<StudyResult> {
  return studyDocument(await studyComputationFromEvents(path, store, options));
}

/** The market an event is measured against: its own market column, else the benchmark given, else its exchange's index. */
function eventMarket(event: Pick<EventRecord, "security" | "market">, benchmark: string | undefined): string | undefined {
  return event.market ?? benchmark ?? benchmarkFor(event.security);
}

/** The same study as columns, for outputs streamed from them. */
async function studyComputationFromEvents(
  path: string,
  store: Store,
  options: StudyOptionsInput & { benchmark?: string } = {},
  outputs?: StudyRunOptions,
): Promise<StudyComputation> {
  return studyComputationFromRecords(await readEventsCsv(path), store, options, outputs);
}

/** The study of an event list already read (an upload checked by the server, or a file), on the prices in the store. */
async function studyComputationFromRecords(
  records: readonly EventRecord[],
  store: Store,
  options: StudyOptionsInput & { benchmark?: string } = {},
  outputs?: StudyRunOptions,
): Promise<StudyComputation> {
  const symbols = eventListSymbols(records, options.benchmark);
  return studyComputationFromPanel(records, await store.prices.readPanel(symbols), options, await storedExtras(store, symbols, options), outputs);
}

/** The securities and markets an event list is measured with (see eventMarket). */
export function eventListSymbols(records: readonly Pick<EventRecord, "security" | "market">[], benchmark: string | undefined): string[] {
  return [...new Set(records.flatMap((e) => [e.security, eventMarket(e, benchmark)].filter((s): s is string => s !== undefined)))];
}

/** The study of an event list on prices already read (plain data: it runs on a worker thread that opens no store). */
export function studyComputationFromPanel(
  records: readonly EventRecord[],
  panel: ReadonlyMap<string, Series>,
  options: StudyOptionsInput & { benchmark?: string } = {},
  extras: StudyExtras = {},
  outputs?: StudyRunOptions,
): StudyComputation {
  const { benchmark, ...studyOptions } = options;
  const events: StudyEvent[] = records.map((e) => {
    const market = eventMarket(e, benchmark);
    return { ...e, ...(market === undefined ? {} : { market }) };
  });
  const returns = new Map<string, Series>([...panel].map(([symbol, prices]) => [symbol, returnsFromPrices(prices, "simple")]));
  return computeStudy(
    { securities: returns, markets: returns, calendars: sessionsBySymbol(returns.keys()), events, options: studyOptions, ...extras },
    outputs,
  );
}

/** What a study reads besides the closes: volumes, highs and lows, factors (plain data, read where the store is open). */
export type StudyExtras = Pick<StudyInput, "volumes" | "highLow" | "factors">;

/** The extras the study's kind and model need, read from the store; nothing when it needs none. */
async function storedExtras(store: Store, symbols: readonly string[], options: StudyOptionsInput): Promise<StudyExtras> {
  // A volume study reads the stored share volumes beside the closes (days without a volume are left out, never 0).
  const volumes = options.kind === "volume" ? { volumes: await store.prices.readPanel(symbols, { field: "volume" }) } : {};
  const highLow = options.kind === "volatility" && options.volatilityMeasure === "parkinson-range" ? { highLow: await readHighLow(store, symbols) } : {};
  // Factors are read only when something uses them: a factor model, or calendar-time alphas.
  const factorsUsed = options.calendarTime !== undefined || RETURN_MODELS[options.model ?? "market-model"].requires === "factors";
  const factors = factorsUsed ? await storedFactors(store) : undefined;
  return { ...volumes, ...highLow, ...(factors ? { factors } : {}) };
}

/** The stored daily highs and lows of the symbols that have both. */
async function readHighLow(store: Store, symbols: readonly string[]): Promise<Map<string, HighLow>> {
  const high = await store.prices.readPanel(symbols, { field: "high" });
  const low = await store.prices.readPanel(symbols, { field: "low" });
  return new Map(
    [...high].flatMap(([symbol, h]) => {
      const l = low.get(symbol);
      return l ? [[symbol, { high: h, low: l }] as const] : [];
    }),
  );
}

/** Every factor table in the store (e.g. the French three factors and momentum, imported), joined on their dates. */
async function storedFactors(store: Store): Promise<FactorSeries | undefined> {
  const tables = await Promise.all((await store.factors.tables()).map((name) => store.factors.read(name)));
  return joinFactorTables(
    tables.flatMap((t) => {
      if (!t) return [];
      const { RF: rf, ...columns } = t.columns;
      return [{ dates: t.dates, ...(rf ? { rf } : {}), columns }];
    }),
  );
}

/** {@link studyComputationFromEvents} on the store at `storePath` (see openStore), closed again before the output is written. */
export function studyComputationFromStoredEvents(
  path: string,
  storePath: string | undefined,
  options: StudyOptionsInput & { benchmark?: string } = {},
  outputs?: StudyRunOptions,
): Promise<StudyComputation> {
  return withStore(storePath, (store) => studyComputationFromEvents(path, store, options, outputs));
}

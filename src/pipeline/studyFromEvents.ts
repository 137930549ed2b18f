import { benchmarkFor } from "../data/securities/index.js";
import { readEventsCsv, type EventRecord } from "../data/csv/index.js";
import { sessionsBySymbol } from "./calendars.js";
import type { Store } from "../data/store/index.js";
import { returnsFromPrices } from "../study/returns.js";
import type { StudyResult } from "../study/results.js";
import { computeStudy, studyDocument, type StudyComputation, type StudyEvent } from "../study/runStudy.js";
import type { StudyOptionsInput } from "../study/options.js";
import type { Series } from "../series.js";
import { withStore } from "./environment.js";

/**
 * An events CSV (security, date, optional id, group, market) studied on the prices in the store: each
 * event against its own market column, else the one given, else its exchange's benchmark (^HSI, ^GSPC,
 * ^CSI300). Securities or markets without stored prices are reported by the engine with their reason.
 */
export async function studyFromEvents(
  path: string,
  store: Store,
  options: StudyOptionsInput & { benchmark?: string } = {},
): Promise<StudyResult> {
  return studyDocument(await studyComputationFromEvents(path, store, options));
}

/** The market an event is measured against: its own market column, else the benchmark given, else its exchange's index. */
export function eventMarket(event: Pick<EventRecord, "security" | "market">, benchmark: string | undefined): string | undefined {
  return event.market ?? benchmark ?? benchmarkFor(event.security);
}

/** The same study as columns, for outputs streamed from them. */
export async function studyComputationFromEvents(
  path: string,
  store: Store,
  options: StudyOptionsInput & { benchmark?: string } = {},
): Promise<StudyComputation> {
  return studyComputationFromRecords(await readEventsCsv(path), store, options);
}

/** The study of an event list already read (an upload checked by the server, or a file), on the prices in the store. */
export async function studyComputationFromRecords(
  records: readonly EventRecord[],
  store: Store,
  options: StudyOptionsInput & { benchmark?: string } = {},
): Promise<StudyComputation> {
  return studyComputationFromPanel(records, await store.readPanel(eventListSymbols(records, options.benchmark)), options);
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
): StudyComputation {
  const { benchmark, ...studyOptions } = options;
  const events: StudyEvent[] = records.map((e) => {
    const market = eventMarket(e, benchmark);
    return { ...e, ...(market === undefined ? {} : { market }) };
  });
  const returns = new Map<string, Series>([...panel].map(([symbol, prices]) => [symbol, returnsFromPrices(prices, "simple")]));
  return computeStudy({ securities: returns, markets: returns, calendars: sessionsBySymbol(returns.keys()), events, options: studyOptions });
}

/** {@link studyComputationFromEvents} on the store at `storePath` (see openStore), closed again before the output is written. */
export function studyComputationFromStoredEvents(path: string, storePath: string | undefined, options: StudyOptionsInput & { benchmark?: string } = {}): Promise<StudyComputation> {
  return withStore(storePath, (store) => studyComputationFromEvents(path, store, options));
}

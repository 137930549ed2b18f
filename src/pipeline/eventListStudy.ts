/**
 * Studies of an uploaded event list (the API's POST /api/studies/events): the CSV read in the format
 * `aftershock study` reads (security, date, optional id, group, market), checked before anything runs,
 * the prices it needs imported from the data folder when the store lacks them and read once, the study
 * run over them where the caller says (a worker thread, or inline) and saved with what was asked under a new id.
 */
import { parseEventsCsv, type EventRecord } from "../data/csv/index.js";
import type { Store } from "../data/store/index.js";
import { carPathsChartOptions } from "../report/charts/carPathsChart.js";
import { day0BarChartOptions } from "../report/charts/day0BarChart.js";
import { groupCaarChartOptions } from "../report/charts/groupCaarChart.js";
import { limitsFromEnv, studyLimitIssues, type Limits } from "../limits.js";
import { eventReasonText } from "../shared/eventReasons.js";
import { percent, pValue } from "../shared/format.js";
import type { EventWindow } from "../study/eventWindow.js";
import type { ModelName } from "../study/models/index.js";
import type { StudyResult } from "../study/results.js";
import type { Series } from "../series.js";
import { studyDocument } from "../study/runStudy.js";
import { StudyInputError } from "../study/studyInputError.js";
import { ensurePrices } from "./ensurePrices.js";
import { uploadName } from "./importUpload.js";
import { storedStudyJson } from "./storedStudy.js";
import { eventListSymbols, studyComputationFromPanel } from "./studyFromEvents.js";
import { testSettingsOptions, type TestSettings } from "./studySettings.js";

/** The settings of an event list's study: those of an article's study, and the engine's test settings. */
export interface EventListOptions extends TestSettings {
  readonly model?: ModelName | undefined;
  readonly windows?: readonly EventWindow[] | undefined;
  readonly estimation?: EventWindow | undefined;
  /** One benchmark for the events whose row names no market (default: each exchange's index). */
  readonly benchmark?: string | undefined;
}

/** An event list as uploaded: the name it is reported under ("upload/events.csv") and its events. */
export interface EventList {
  readonly file: string;
  readonly events: readonly EventRecord[];
}

/**
 * Reads an uploaded event list; an {@link InputError} naming `upload/<name>`, the line and the column
 * when a row is wrong (bad date, empty security, repeated id, missing column).
 */
export function readEventList(text: string, name: string): EventList {
  const file = `upload/${uploadName(name)}`;
  return { file, events: parseEventsCsv(text, file) };
}

/** Throws a {@link StudyInputError} when the list or its windows ask for more than the limits. */
function checkEventListLimits(list: EventList, options: EventListOptions, limits: Limits = limitsFromEnv()): void {
  const issues = studyLimitIssues({ estimation: options.estimation, windows: options.windows, events: list.events.length }, limits);
  if (issues.length > 0) throw new StudyInputError(issues);
}

/** Each event's label in the charts: its security and event date ("9888.HK 2025-02-17"). */
function eventLabels(result: StudyResult): Record<string, string> {
  return Object.fromEntries(result.events.map((e) => [e.id, `${e.security} ${e.eventDate}`]));
}

/** One sentence on the list: how many events were measured, and the first window's CAAR of all with its first test. */
function eventListHeadline(result: StudyResult): string {
  const all = result.groups.find((g) => g.group === "all");
  const measured = all?.measured ?? 0;
  const n = result.events.length;
  if (all === undefined || measured === 0) {
    const reasons = [...new Set(result.events.map((e) => eventReasonText(e)).filter((r) => r !== ""))].slice(0, 3);
    return `None of the ${n} events could be measured${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}.`;
  }
  const w = all.windows[0];
  const test = result.conventions.tests.find((t) => w?.tests[t.name] !== undefined);
  const outcome = test === undefined ? undefined : w?.tests[test.name];
  const tested = test === undefined || outcome === undefined ? "" : ` (${test.label}: p = ${pValue(outcome.pValue)})`;
  return `${measured} of ${n} events measured. CAAR over [${w?.window.join(", ")}] of all events: ${percent(w?.caar)}${tested}.`;
}

/**
 * Runs the study of the list on its prices as read from the store (plain data, so that it runs on a
 * worker thread): its payload as JSON text (headline, source, result, charts), as a stored study holds it.
 */
export function eventListStudyJson(list: EventList, panel: ReadonlyMap<string, Series>, options: EventListOptions): string {
  const computation = studyComputationFromPanel(list.events, panel, {
    ...(options.model === undefined ? {} : { model: options.model }),
    ...(options.windows === undefined ? {} : { windows: options.windows }),
    ...(options.estimation === undefined ? {} : { estimation: options.estimation }),
    ...(options.benchmark === undefined ? {} : { benchmark: options.benchmark }),
    ...testSettingsOptions(options),
  });
  const result = studyDocument(computation);
  const labels = eventLabels(result);
  return JSON.stringify({
    headline: eventListHeadline(result),
    source: { file: list.file, events: list.events.length },
    companies: [],
    result,
    charts: { carPaths: carPathsChartOptions(result, labels), day0: day0BarChartOptions(result, labels), groupCaar: groupCaarChartOptions(result) },
  });
}

export interface EventListStudyContext {
  readonly store: Store;
  /** Folder of price files the missing prices are imported from. */
  readonly dataDir?: string | undefined;
  /** Runs the import of missing prices one at a time across concurrent requests. */
  readonly serialiseImports: <T>(run: () => Promise<T>) => Promise<T>;
  /** Runs the study itself (eventListStudyJson) over the prices read, on a worker thread or inline: its JSON in UTF-8. */
  readonly runStudy: (list: EventList, panel: ReadonlyMap<string, Series>, options: EventListOptions) => Promise<Uint8Array>;
}

/**
 * Checks the limits, imports the securities' and markets' prices the store lacks from the data folder,
 * runs the study and saves it; its id and JSON in UTF-8 (see storedStudyJson). What still has no prices is
 * reported per event by the engine, with its reason.
 */
export async function createEventListStudy(
  ctx: EventListStudyContext,
  list: EventList,
  options: EventListOptions,
): Promise<{ id: number; json: Uint8Array<ArrayBuffer> }> {
  checkEventListLimits(list, options);
  const symbols = eventListSymbols(list.events, options.benchmark);
  await ensurePrices(ctx.store, symbols, ctx.dataDir, undefined, ctx.serialiseImports);
  const studyJson = await ctx.runStudy(list, await ctx.store.prices.readPanel(symbols), options);
  const created = new Date();
  const id = await ctx.store.studies.saveJson({ eventList: { file: list.file, events: list.events.length }, options }, studyJson, created);
  return { id, json: storedStudyJson(id, created.toISOString(), studyJson) };
}

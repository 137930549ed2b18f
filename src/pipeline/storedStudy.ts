/**
 * Studies kept in the store (the API's POST /api/studies): an event document as extracted or edited,
 * its prices prepared once, the study run where the caller says (a worker thread, or inline), and what
 * was asked with what came of it saved under a new id.
 */
import type { z } from "zod";
import type { Store, StoredStudy } from "../data/store/index.js";
import type { EventDocument } from "../news/eventDocument.js";
import type { EventWindow } from "../study/eventWindow.js";
import type { ModelName } from "../study/models/index.js";
import { articleCharts } from "./articleReport.js";
import { preparePrices, type ArticleStudy, type PreparedPrices, type StudyEventOptions } from "./articleStudy.js";
import { testSettingsOptions, type TestSettings } from "./studySettings.js";

/** What a stored study is asked for: the event document and the study's options. */
export interface StudyRequestData {
  readonly event: EventDocument;
  readonly options?:
    | (TestSettings & {
        readonly model?: ModelName | undefined;
        readonly windows?: readonly EventWindow[] | undefined;
        readonly estimation?: EventWindow | undefined;
        readonly benchmark?: string | undefined;
      })
    | undefined;
}

/**
 * The study as the API answers it and the store keeps it, as JSON text (NaN and infinities become
 * null): the headline, the event, the companies, the timing, the result and the charts' options (the
 * API's schema, src/server/schemas.ts, describes it). Written once, on the thread that ran the study:
 * the thread answering requests saves and sends the text as it is, without parsing it again.
 */
export function studyJsonText(study: ArticleStudy): string {
  const payload = {
    headline: study.headline,
    event: study.event,
    companies: study.companies,
    timing: study.timing,
    result: study.result,
    charts: articleCharts(study),
  };
  return JSON.stringify(payload);
}

/** A stored study as the API gives it: its id and creation time, then the study's own fields, joined as UTF-8 bytes (the study's are not copied to a string). */
export function storedStudyJson(id: number, createdAt: string, studyJson: Uint8Array): Uint8Array<ArrayBuffer> {
  if (studyJson[0] !== OPEN_BRACE || studyJson.length <= 2) throw new TypeError("a study's JSON is an object with its fields");
  const head = new TextEncoder().encode(`{"id":${id},"createdAt":${JSON.stringify(createdAt)},`);
  const out = new Uint8Array(head.length + studyJson.length - 1);
  out.set(head);
  out.set(studyJson.subarray(1), head.length);
  return out;
}

/** "{" in UTF-8. */
const OPEN_BRACE = 0x7b;

/** A stored study's JSON as UTF-8 bytes (see storedStudyJson), never decoded on this thread; undefined when there is none (or it has no result). */
export async function readStoredStudyJson(store: Store, id: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const saved = await store.studies.loadJson(id);
  return saved === undefined || saved.resultJson === null ? undefined : storedStudyJson(saved.id, saved.created, saved.resultJson);
}

/**
 * A saved study with its spec and result parsed by the caller's schemas (the API's); undefined when
 * there is none. A row that does not fit them is a StoreError `unreadable-record`.
 */
export function readStoredStudy<Spec, Result>(
  store: Store,
  id: number,
  schemas: { spec: z.ZodType<Spec>; result: z.ZodType<Result> },
): Promise<StoredStudy<Spec, Result> | undefined> {
  return store.studies.load(id, schemas);
}

export interface StoredStudyContext {
  readonly store: Store;
  /** Folder of price files the missing prices are imported from. */
  readonly dataDir?: string | undefined;
  /** Runs the import of missing prices: one at a time across concurrent requests, so that one event's prices are imported once. */
  readonly serialiseImports: <T>(run: () => Promise<T>) => Promise<T>;
  /** Runs the study itself over the prepared prices (see studyPrepared), on a worker thread or inline: its JSON text (studyJsonText) in UTF-8. */
  readonly runStudy: (event: EventDocument, options: StudyEventOptions & { readonly prices: PreparedPrices }) => Promise<Uint8Array>;
}

/** The study's options as plain data, so that they cross to a worker thread. */
function eventOptions(request: StudyRequestData, dataDir: string | undefined): StudyEventOptions {
  const o = request.options ?? {};
  return {
    ...(o.model === undefined ? {} : { model: o.model }),
    ...(o.windows === undefined ? {} : { windows: o.windows }),
    ...(o.estimation === undefined ? {} : { estimation: o.estimation }),
    ...(o.benchmark === undefined ? {} : { benchmark: o.benchmark }),
    ...testSettingsOptions(o),
    ...(dataDir === undefined ? {} : { dataDir }),
  };
}

/** Prepares the prices, runs the study and saves it with what was asked; its id and JSON in UTF-8 (see storedStudyJson). */
export async function createStoredStudy(ctx: StoredStudyContext, request: StudyRequestData): Promise<{ id: number; json: Uint8Array<ArrayBuffer> }> {
  const options = eventOptions(request, ctx.dataDir);
  const { prices } = await preparePrices(request.event, ctx.store, { ...options, serialiseImports: ctx.serialiseImports });
  const studyJson = await ctx.runStudy(request.event, { ...options, prices });
  const created = new Date();
  const id = await ctx.store.studies.saveJson({ event: request.event, options: request.options ?? {} }, studyJson, created);
  return { id, json: storedStudyJson(id, created.toISOString(), studyJson) };
}

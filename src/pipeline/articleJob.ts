import { join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { Store } from "../data/store/index.js";
import { loadKnowledge } from "../news/knowledge/loadKnowledge.js";
import { withStore } from "./environment.js";
import { InputError } from "../data/inputError.js";
import { eventDocumentSchema, type EventDocument } from "../news/eventDocument.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { writeReport, type ReportFiles } from "../report/writeReport.js";
import { articleReportInput } from "./articleReport.js";
import { extractOrReuse, studyEvent, type ArticleStudy, type StudyEventOptions } from "./articleStudy.js";
import { applyCorrections, type EventCorrections } from "./corrections.js";
import { directoryFolders, importDirectoryFolder, type DirectoryImported } from "./securitiesDirectory.js";

/** What the job starts from: an article to read, an event document as data, or one as JSON text from a file. */
export type JobSource =
  | { readonly article: string; readonly knowledge: KnowledgeBase; readonly published?: string; readonly format?: "text" | "html" }
  | { readonly event: EventDocument }
  | { readonly eventJson: string; readonly file: string };

export interface ArticleJobOptions extends StudyEventOptions {
  readonly corrections?: EventCorrections;
  /** The knowledge base, for corrections that add a listing (its company's name). */
  readonly knowledge?: KnowledgeBase;
  /** Write the report folder here: report.html, results.json, results.csv, the charts, event.json. */
  readonly out?: string;
  /** The article's name or URL, shown as the report's source. */
  readonly sourceName?: string;
}

export interface ArticleJob {
  readonly study: ArticleStudy;
  /** The event came from the store's extraction of the same article, knowledge and extractor. */
  readonly eventReused: boolean;
  /** The securities directory this run imported from the data folder, the store having none. */
  readonly directoryImported?: DirectoryImported;
  /** What was written, when `out` was given. */
  readonly files?: ReportFiles & { readonly event: string };
}

/**
 * The main job, the same for the command line and the HTTP API: an article (or an event document)
 * and the reader's corrections in, the study and, when asked, its report folder out. Extracts the event
 * or reuses the stored extraction, applies the corrections, makes sure the prices are stored, studies
 * every listing from its own day 0, and writes the report.
 */
export async function articleJob(source: JobSource, store: Store, options: ArticleJobOptions = {}): Promise<ArticleJob> {
  // Companies are linked over the securities directory: a store without one takes it from the data folder first.
  let directoryImported: DirectoryImported | undefined;
  if ("article" in source && options.dataDir !== undefined && (await store.directory.lastImport()) === undefined) {
    const [folder] = await directoryFolders([options.dataDir]);
    if (folder !== undefined) directoryImported = await importDirectoryFolder(store, folder);
  }
  const imports = directoryImported === undefined ? {} : { directoryImported };
  const { event: read, reused } =
    "article" in source
      ? await extractOrReuse(source.article, store, source)
      : { event: "event" in source ? source.event : parseEventDocument(source.eventJson, source.file), reused: false };
  const knowledge = options.knowledge ?? ("article" in source ? source.knowledge : undefined);
  const event = options.corrections ? applyCorrections(read, options.corrections, knowledge) : read;
  const study = await studyEvent(event, store, options);
  if (options.out === undefined) return { study, eventReused: reused, ...imports };
  const files = await writeReport(options.out, articleReportInput(study, options.sourceName === undefined ? {} : { name: options.sourceName }));
  const eventFile = join(resolve(options.out), "event.json");
  await writeFileAtomic(eventFile, JSON.stringify(study.event, null, 2) + "\n", { encoding: "utf8" });
  return { study, eventReused: reused, ...imports, files: { ...files, event: eventFile } };
}

/** Where `aftershock run` starts: an article's text, or an event document's JSON text from a file; each read when the job starts. */
export type RunSource =
  { readonly article: () => Promise<string>; readonly published?: string | undefined } | { readonly eventJson: () => Promise<string>; readonly file: string };

/**
 * `aftershock run`: the project's knowledge base loaded, the source read, the main job run on the
 * store at `storePath` (see openStore) and the store closed again.
 */
export async function runArticleJob(source: RunSource, storePath: string | undefined, options: Omit<ArticleJobOptions, "knowledge">): Promise<ArticleJob> {
  const knowledge = loadKnowledge();
  const job: JobSource =
    "article" in source
      ? { article: await source.article(), knowledge, ...(source.published === undefined ? {} : { published: source.published }) }
      : { eventJson: await source.eventJson(), file: source.file };
  return withStore(storePath, (store) => articleJob(job, store, { ...options, knowledge }));
}

/** An event document from JSON text: a syntax error names the file, a wrong field its path. */
function parseEventDocument(text: string, file: string): EventDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file }, `not JSON: ${(e as Error).message}`);
  }
  const parsed = eventDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join(".");
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
    throw new InputError(
      { file, ...(path ? { field: path } : {}) },
      `${issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message}${more}`,
    );
  }
  return parsed.data;
}

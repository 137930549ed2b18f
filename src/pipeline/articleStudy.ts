import { KNOWN_INDEXES } from "../data/securities/index.js";
import { testSettingsOptions, type TestSettings } from "./studySettings.js";
import type { SourcedSeries, Store } from "../data/store/index.js";
import { createHash } from "node:crypto";
import { InputError } from "../data/inputError.js";
import { eventDocumentSchema, type EventDocument } from "../news/eventDocument.js";
import { EXTRACTOR_VERSION } from "../news/extractorVersion.js";
import { detectFormat } from "../news/inputFormat.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { headline } from "../report/headline.js";
import type { EventWindow } from "../study/eventWindow.js";
import type { ModelName } from "../study/models/index.js";
import { returnsFromPrices } from "../study/returns.js";
import type { StudyResult } from "../study/results.js";
import type { Series } from "../series.js";
import { eventReasonText } from "../shared/eventReasons.js";
import { sessionsBySymbol } from "./calendars.js";
import { ensurePrices } from "./ensurePrices.js";
import type { FileImport } from "./importPaths.js";
import { openDirectory } from "./securitiesDirectory.js";
import { day0Days, eventTiming, type EventTiming } from "./eventTiming.js";
import { planStudy, type CompanyPlan, type PlannedSecurity, type StudyPlan } from "./studyPlan.js";
import { studyByVenue, type StudiedVenue } from "./venueStudies.js";
import { checkEventStudyLimits } from "./studyLimits.js";
import { DATE_ONLY_WINDOWS, DEFAULT_ESTIMATION, DEFAULT_WINDOWS } from "../shared/defaultWindows.js";

/** How to study an event document. */
export interface StudyEventOptions extends TestSettings {
  readonly model?: ModelName;
  readonly estimation?: EventWindow;
  readonly windows?: readonly EventWindow[];
  /** A benchmark for every venue instead of each venue's default. */
  readonly benchmark?: string;
  /** Folder of price files to import what the store lacks from. */
  readonly dataDir?: string;
  readonly onImport?: (result: FileImport, index: number, total: number) => void;
  /** Runs the import of missing prices: e.g. one at a time across concurrent requests. Not called when every price is stored. */
  readonly serialiseImports?: <T>(run: () => Promise<T>) => Promise<T>;
  /** The prices as already prepared by the caller (see preparePrices): the store is not read again. */
  readonly prices?: PreparedPrices;
}

/**
 * A study's prices as read from the store: the stored closes of its symbols (a symbol it lacks has no
 * prices even after the import) and why each refused price file was refused; plain data, so that they
 * cross to a worker thread.
 */
export interface PreparedPrices {
  readonly refused: readonly (readonly [string, string])[];
  readonly panel: ReadonlyMap<string, SourcedSeries>;
}

/** A venue's benchmark has no prices: nothing of that venue can be measured. */
export class MissingBenchmarkError extends InputError {
  constructor(
    readonly benchmark: string,
    readonly venue: string,
    /** The benchmark was named by the caller rather than chosen for the venue. */
    readonly chosen: boolean,
  ) {
    super({ file: benchmark }, "the benchmark has no prices in the store: import them first (aftershock import FILE), or name another with --benchmark", {
      code: "missing-benchmark",
      details: { benchmark, venue, chosen },
    });
  }
}

/** How to read the article, and then how to study it. */
export interface ArticleStudyOptions extends StudyEventOptions {
  readonly knowledge: KnowledgeBase;
  /** Publication date when the page does not carry one (YYYY-MM-DD). */
  readonly published?: string;
  readonly format?: "text" | "html";
}

export interface ArticleStudy {
  readonly event: EventDocument;
  readonly companies: readonly CompanyPlan[];
  readonly venues: readonly StudiedVenue[];
  /** One study per venue, joined: each listing against its venue's benchmark from its own day 0. */
  readonly result: StudyResult;
  /** When the news came out, and the session each listing's day 0 is. */
  readonly timing: EventTiming;
  /** Sentences from each venue's numbers. */
  readonly headline: string;
  readonly imported: readonly FileImport[];
  /** The price feed each studied symbol was read from (the store may hold several per symbol). */
  readonly priceSources: Readonly<Record<string, string>>;
}

/** The windows of a study that names none: with the event time unknown, [0,1] catches news after a close. */
function defaultWindows(timeKnown: boolean): readonly EventWindow[] {
  return timeKnown ? DEFAULT_WINDOWS : DATE_ONLY_WINDOWS;
}

/**
 * The main job: an article in, the market's verdict out. Extracts the event and its companies (or
 * reuses the extraction stored for the same inputs), then studies it (see studyEvent).
 */
export async function articleStudy(article: string, store: Store, options: ArticleStudyOptions): Promise<ArticleStudy & { eventReused: boolean }> {
  const { event, reused } = await extractOrReuse(article, store, options);
  return { ...(await studyEvent(event, store, options)), eventReused: reused };
}

/**
 * The article's event document: the one stored for the same article, options, knowledge base,
 * directory import and extractor version when there is one (a second run skips loading and running the NLP), else extracted
 * now and stored.
 */
export async function extractOrReuse(
  article: string,
  store: Store,
  options: { knowledge: KnowledgeBase; published?: string; format?: "text" | "html" },
): Promise<{ event: EventDocument; reused: boolean }> {
  // An HTML page keeps its title and publication date only when read as HTML; a feed holds many events.
  const format = options.format ?? detectFormat(article);
  if (format === "rss")
    throw new InputError({ file: "the article" }, "a feed holds several articles: extract them with aftershock news FEED, then run one article at a time");
  // The directory takes part in linking: a stored extraction is reused only with the same import of it.
  const directoryImport = await store.directory.lastImport();
  const key = createHash("sha256")
    .update(JSON.stringify({ article, format, published: options.published ?? null }))
    .update(JSON.stringify(options.knowledge.entities))
    .update(JSON.stringify(directoryImport ?? null))
    .update(`rules ${EXTRACTOR_VERSION}`)
    .digest("hex");
  const stored = await store.extractions.load(key, eventDocumentSchema);
  if (stored !== undefined) return { event: stored, reused: true };
  const { extractEvent } = await import("../news/extractEvent.js");
  const directory = directoryImport === undefined ? null : ((await openDirectory(store)) ?? null);
  const event = extractEvent(article, {
    knowledge: options.knowledge,
    directory,
    format,
    ...(options.published === undefined ? {} : { published: options.published }),
  });
  await store.extractions.save(key, event);
  return { event, reused: false };
}

/**
 * Makes sure the prices an event's study reads are in the store (importing from `dataDir` what is
 * missing, serialised across concurrent callers when asked) and reads them, once, on the thread that
 * holds the store: a worker thread then studies them without opening the store. A venue with prices
 * for its securities but none for its benchmark is refused (MissingBenchmarkError).
 */
export async function preparePrices(
  event: EventDocument,
  store: Store,
  options: StudyEventOptions,
): Promise<{ prices: PreparedPrices; imported: readonly FileImport[] }> {
  checkEventStudyLimits(event, options);
  const plan = planStudy(event, options.benchmark === undefined ? {} : { benchmark: options.benchmark });
  const symbols = [...new Set(plan.venues.flatMap((v) => [v.benchmark, ...v.securities.map((s) => s.symbol)]))];
  const { imported, missing, refused } = await ensurePrices(store, symbols, options.dataDir, options.onImport, options.serialiseImports);
  const panel = await store.prices.readPanel(symbols.filter((s) => !missing.includes(s)));
  const prices = { refused: [...refused], panel };
  refuseMissingBenchmarks(plan, prices, options);
  return { prices, imported };
}

/** A venue with prices for its securities but none for its benchmark cannot be studied: refused, naming the benchmark. */
function refuseMissingBenchmarks(plan: StudyPlan, prices: PreparedPrices, options: StudyEventOptions): void {
  for (const venue of plan.venues) {
    if (venue.securities.some((s) => prices.panel.has(s.symbol)) && !prices.panel.has(venue.benchmark)) {
      throw new MissingBenchmarkError(venue.benchmark, venue.venue, options.benchmark !== undefined);
    }
  }
}

/**
 * Studies an event document (extracted, or edited by a user): plans which listings to study, makes
 * sure their prices and benchmarks are in the store (see preparePrices, unless the caller prepared
 * them), and runs the study (see studyPrepared).
 */
export async function studyEvent(event: EventDocument, store: Store, options: StudyEventOptions): Promise<ArticleStudy> {
  if (options.prices !== undefined) return studyPrepared(event, options.prices, options);
  const { prices, imported } = await preparePrices(event, store, options);
  return { ...studyPrepared(event, prices, options), imported };
}

/**
 * Studies an event document over prices already prepared (see preparePrices), touching no store: each
 * listing against its venue's benchmark (market model), groups by role within each venue, absent
 * compared with present. Companies that cannot be measured keep their reason.
 */
export function studyPrepared(event: EventDocument, prices: PreparedPrices, options: StudyEventOptions): ArticleStudy {
  const plan: StudyPlan = planStudy(event, options.benchmark === undefined ? {} : { benchmark: options.benchmark });
  refuseMissingBenchmarks(plan, prices, options);
  const { panel } = prices;
  const refused = new Map(prices.refused);
  const lacking = new Set(plan.venues.flatMap((v) => v.securities.map((s) => s.symbol)).filter((s) => !panel.has(s)));

  const companies = plan.companies.map((c) => {
    const noPrices = c.symbols.filter((s) => lacking.has(s));
    if (noPrices.length === 0) return c;
    const why = (s: string): string => refused.get(s) ?? `no prices in the store${options.dataDir ? " or the data folder" : ""}`;
    return { ...c, reasons: [...c.reasons, ...noPrices.map((s) => `${s}: ${refused.has(s) ? "its price file was refused: " : ""}${why(s)}`)] };
  });

  const studied = plan.venues
    .map((venue) => ({ ...venue, securities: primaryFirst(venue.securities.filter((s) => !lacking.has(s.symbol))) }))
    .filter((venue) => venue.securities.length > 0);
  const venues: StudiedVenue[] = studied.map((venue) => ({
    plan: venue,
    benchmarkName: KNOWN_INDEXES[venue.benchmark]?.name ?? venue.benchmark,
    groupSuffix: studied.length > 1 ? ` · ${venue.code}` : "",
  }));
  const all = venues.flatMap((v) => v.plan.securities);
  const timing = eventTiming(event, all);
  const result = studyByVenue({
    venues,
    returnsOf: (symbol: string): Series => returnsFromPrices(panel.get(symbol)!, "simple"), // every studied symbol is in the panel (see lacking)
    calendars: sessionsBySymbol(all.map((s) => s.symbol)),
    day0: day0Days(timing),
    options: {
      model: options.model ?? "market-model",
      estimation: options.estimation ?? DEFAULT_ESTIMATION,
      windows: options.windows ?? defaultWindows(event.eventTime !== undefined),
      ...testSettingsOptions(options),
    },
  });
  return {
    event,
    companies,
    venues,
    result,
    timing,
    headline: result.events.some((e) => e.status === "ok")
      ? headline(
          result,
          venues.map((v) => ({ name: v.plan.venue, benchmark: v.benchmarkName, groupSuffix: v.groupSuffix })),
        )
      : nothingMeasured(companies, result),
    imported: [],
    priceSources: Object.fromEntries([...panel].map(([symbol, series]) => [symbol, series.source])),
  };
}

/** Marks each company's first listing with prices on the venue as its primary: a listing without prices gives way to the next. */
function primaryFirst(securities: readonly PlannedSecurity[]): PlannedSecurity[] {
  const seen = new Set<string>();
  return securities.map((s) => {
    const primary = !seen.has(s.entityId);
    seen.add(s.entityId);
    return s.primary === primary ? s : { ...s, primary };
  });
}

/** Why nothing could be measured, the first reasons in the study's order, and what to do about missing prices. */
function nothingMeasured(companies: readonly CompanyPlan[], result: StudyResult): string {
  const reasons = [
    ...new Set([...result.events.map((e) => `${e.security}: ${eventReasonText(e)}`), ...companies.flatMap((c) => c.reasons.map((r) => `${c.company}: ${r}`))]),
  ];
  const shown = reasons.slice(0, 3).join("; ") + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : "");
  const prices = companies.some((c) => c.reasons.some((r) => r.includes("no prices")));
  return (
    `No company of the event could be measured${shown ? ` (${shown})` : ""}.` +
    (prices ? " Import the prices with run --data DIR, aftershock import DIR, or aftershock fetch SYMBOL." : "")
  );
}

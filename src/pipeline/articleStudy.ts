import { dayNumber } from "../calendar/days.js";
import { KNOWN_INDEXES } from "../data/securities/index.js";
import type { Store } from "../data/store/index.js";
import { createHash } from "node:crypto";
import { InputError } from "../data/inputError.js";
import { eventDocumentSchema, type EventDocument } from "../news/eventDocument.js";
import { extractorFingerprint } from "../news/extractorFingerprint.js";
import { detectFormat } from "../news/inputFormat.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { headline } from "../report/headline.js";
import type { EventWindow } from "../study/eventWindow.js";
import type { ModelName } from "../study/models/index.js";
import { returnsFromPrices } from "../study/returns.js";
import type { StudyResult } from "../study/results.js";
import { runStudy } from "../study/runStudy.js";
import type { Series } from "../series.js";
import { sessionsBySymbol } from "./calendars.js";
import { ensurePrices } from "./ensurePrices.js";
import type { FileImport } from "./importPaths.js";
import { checkEventStudyLimits } from "./studyLimits.js";
import { planStudy, type CompanyPlan, type StudyPlan, type VenuePlan } from "./studyPlan.js";

/** How to study an event document. */
export interface StudyEventOptions {
  readonly model?: ModelName;
  readonly estimation?: EventWindow;
  readonly windows?: readonly EventWindow[];
  /** A benchmark for every venue instead of each venue's default. */
  readonly benchmark?: string;
  /** Folder of price files to import what the store lacks from. */
  readonly dataDir?: string;
  readonly onImport?: (result: FileImport, index: number, total: number) => void;
}

/** How to read the article, and then how to study it. */
export interface ArticleStudyOptions extends StudyEventOptions {
  readonly knowledge: KnowledgeBase;
  /** Publication date when the page does not carry one (YYYY-MM-DD). */
  readonly published?: string;
  readonly format?: "text" | "html";
}

/** A venue of the study: its securities, its benchmark, and the group label suffix of its events. */
export interface StudiedVenue {
  readonly plan: VenuePlan;
  readonly benchmarkName: string;
  /** Appended to each role to name the venue's groups ("absent · HK"); empty with a single venue. */
  readonly groupSuffix: string;
}

export interface ArticleStudy {
  readonly event: EventDocument;
  readonly companies: readonly CompanyPlan[];
  readonly venues: readonly StudiedVenue[];
  /** One study of every measurable listing, each against its venue's benchmark. */
  readonly result: StudyResult;
  /** A sentence from the first venue's numbers. */
  readonly headline: string;
  readonly imported: readonly FileImport[];
  /** The price feed each studied symbol was read from (the store may hold several per symbol). */
  readonly priceSources: Readonly<Record<string, string>>;
}

/** Short venue names for group labels. */
const VENUE_CODES: Readonly<Record<string, string>> = { "Hong Kong": "HK", "United States": "US", "Mainland China": "CN" };

export const DEFAULT_WINDOWS: readonly EventWindow[] = [
  [0, 0],
  [-1, 1],
  [0, 5],
];

/**
 * The main job: an article in, the market's verdict out. Extracts the event and its companies (or
 * reuses the extraction stored for the same inputs), then studies it (see studyEvent).
 */
export async function articleStudy(article: string, store: Store, options: ArticleStudyOptions): Promise<ArticleStudy & { eventReused: boolean }> {
  const { event, reused } = await extractOrReuse(article, store, options);
  return { ...(await studyEvent(event, store, options)), eventReused: reused };
}

/**
 * The article's event document: the one stored for the same article, options, knowledge base and
 * extractor code when there is one (a second run skips loading and running the NLP), else extracted
 * now and stored.
 */
async function extractOrReuse(article: string, store: Store, options: ArticleStudyOptions): Promise<{ event: EventDocument; reused: boolean }> {
  // An HTML page keeps its title and publication date only when read as HTML; a feed holds many events.
  const format = options.format ?? detectFormat(article);
  if (format === "rss") throw new InputError({ file: "the article" }, "a feed holds several articles: extract them with aftershock news FEED, then run one article at a time");
  const key = createHash("sha256")
    .update(JSON.stringify({ article, format, published: options.published ?? null }))
    .update(JSON.stringify(options.knowledge.entities))
    .update(extractorFingerprint())
    .digest("hex");
  const stored = eventDocumentSchema.safeParse(await store.loadExtraction(key));
  if (stored.success) return { event: stored.data, reused: true };
  const { extractEvent } = await import("../news/extractEvent.js");
  const event = extractEvent(article, {
    knowledge: options.knowledge,
    format,
    ...(options.published === undefined ? {} : { published: options.published }),
  });
  await store.saveExtraction(key, event);
  return { event, reused: false };
}

/**
 * Studies an event document (extracted, or edited by a user): plans which listings to study, makes
 * sure their prices and benchmarks are in the store (importing from `dataDir` what is missing), and runs
 * the study: each listing against its venue's benchmark (market model), groups by role within each
 * venue, absent compared with present. Companies that cannot be measured keep their reason.
 */
export async function studyEvent(event: EventDocument, store: Store, options: StudyEventOptions): Promise<ArticleStudy> {
  checkEventStudyLimits(event, options);
  const plan: StudyPlan = planStudy(event, options.benchmark === undefined ? {} : { benchmark: options.benchmark });
  const symbols = plan.venues.flatMap((v) => [v.benchmark, ...v.securities.map((s) => s.symbol)]);
  const { imported, missing, refused } = await ensurePrices(store, symbols, options.dataDir, options.onImport);
  const lacking = new Set(missing);

  const companies = plan.companies.map((c) => {
    const noPrices = c.symbols.filter((s) => lacking.has(s));
    if (noPrices.length === 0) return c;
    const why = (s: string): string => refused.get(s) ?? `no prices in the store${options.dataDir ? " or the data folder" : ""}`;
    return { ...c, reasons: [...c.reasons, ...noPrices.map((s) => `${s}: ${refused.has(s) ? "its price file was refused: " : ""}${why(s)}`)] };
  });

  const studied = plan.venues
    .map((venue) => ({ ...venue, securities: venue.securities.filter((s) => !lacking.has(s.symbol)) }))
    .filter((venue) => venue.securities.length > 0);
  for (const venue of studied) {
    if (lacking.has(venue.benchmark)) {
      throw new InputError({ file: venue.benchmark }, "the benchmark has no prices in the store: import them first (aftershock import FILE), or name another with --benchmark");
    }
  }
  const venues: StudiedVenue[] = studied.map((venue) => ({
    plan: venue,
    benchmarkName: KNOWN_INDEXES[venue.benchmark]?.name ?? venue.benchmark,
    groupSuffix: studied.length > 1 ? ` · ${VENUE_CODES[venue.venue] ?? venue.venue}` : "",
  }));
  const all = venues.flatMap((v) => v.plan.securities.map((s) => ({ ...s, market: v.plan.benchmark, group: s.role + v.groupSuffix })));
  const panel = await store.readPanel([...new Set([...venues.map((v) => v.plan.benchmark), ...all.map((s) => s.symbol)])]);
  const returnsOf = (symbol: string): Series => returnsFromPrices(panel.get(symbol)!, "simple");
  // Within each venue, absent is compared with present.
  const compare = venues.flatMap((v) => {
    const roles = new Set(v.plan.securities.map((s) => s.role));
    return roles.has("absent") && roles.has("present") ? [[`absent${v.groupSuffix}`, `present${v.groupSuffix}`] as const] : [];
  });
  const result = runStudy({
    securities: new Map(all.map((s) => [s.symbol, returnsOf(s.symbol)])),
    markets: new Map(venues.map((v) => [v.plan.benchmark, returnsOf(v.plan.benchmark)])),
    calendars: sessionsBySymbol(all.map((s) => s.symbol)),
    events: all.map((s) => ({ id: s.eventId, security: s.symbol, date: dayNumber(event.eventDate), group: s.group, market: s.market })),
    options: {
      model: options.model ?? "market-model",
      estimation: options.estimation ?? [-250, -11],
      windows: options.windows ?? DEFAULT_WINDOWS,
      ...(compare.length > 0 ? { compare } : {}),
    },
  });
  const first = venues[0];
  return {
    event,
    companies,
    venues,
    result,
    headline: first ? headline(result, first.benchmarkName, first.groupSuffix) : "No company of the event could be measured.",
    imported,
    priceSources: Object.fromEntries([...panel].map(([symbol, series]) => [symbol, series.source])),
  };
}

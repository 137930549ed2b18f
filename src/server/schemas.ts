/**
 * The API's request and response shapes as zod schemas: requests are validated with them, and the
 * OpenAPI document (openapi.ts) is generated from them.
 */
import { z } from "zod";
import { DEFAULT_LIMITS } from "../limits.js";
import type { UnmeasuredReason } from "../shared/eventReasons.js";
import type { ImportSummary } from "../shared/importSummary.js";
import { DATE_ONLY_WINDOWS, DEFAULT_ESTIMATION, DEFAULT_WINDOWS } from "../shared/defaultWindows.js";
import {
  ADJUSTMENTS,
  companyRoleSchema,
  CONVENTION_NAMES,
  eventDocumentSchema,
  feedItemErrorSchema,
  FORMAT_NAMES,
  MODEL_NAMES,
  RESULT_SCHEMA,
  STUDY_KINDS,
  TEST_NAMES,
} from "../pipeline/vocabulary.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/** Largest article text POST /api/events/extract takes by default, in UTF-8 bytes (AFTERSHOCK_LIMIT_ARTICLE_BYTES). */
export const MAX_ARTICLE_BYTES = DEFAULT_LIMITS.articleBytes;

// ---------------------------------------------------------------------------------------------- requests

export const extractRequestSchema = z
  .object({
    text: z.string().meta({ description: `The article: plain text, HTML or an RSS/Atom feed; at most ${MAX_ARTICLE_BYTES} bytes (UTF-8).` }),
    published: isoDate.optional().meta({ description: "Publication date when the page does not carry one." }),
    format: z.enum(["text", "html", "rss"]).optional().meta({ description: "Input format; detected from the text when absent." }),
  })
  .strict();
export type ExtractRequest = z.output<typeof extractRequestSchema>;

export const securitiesQuerySchema = z.object({
  q: z.string().trim().min(1, "a search text is required").max(200),
  limit: z
    .string()
    .regex(/^\d+$/, "a whole number")
    .transform(Number)
    .pipe(z.int().min(1).max(100))
    .optional()
    .meta({ description: "Most results (1 to 100, default 10)." }),
});

export const importPathRequestSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .meta({ description: "A file or folder relative to the server's data directory; absolute paths and paths leaving it are refused (403)." }),
    format: z.enum(FORMAT_NAMES).optional().meta({ description: "Read the file(s) as this format instead of detecting it." }),
  })
  .strict();

export const importUploadSchema = z.object({
  file: z.string().meta({ format: "binary", description: "The price or factor file (CSV or Parquet)." }),
  format: z.enum(FORMAT_NAMES).optional(),
});

/** Windows as the API's documentation writes them: [0,0], [-1,1]. */
const windowList = (windows: readonly (readonly [number, number])[]): string => windows.map(([a, b]) => `[${a},${b}]`).join(", ");

/** Most bootstrap resamples one request may ask for: each is a pass over every event. */
const MAX_BOOTSTRAP_DRAWS = 100_000;

const relativeWindow = z.tuple([z.int(), z.int()]).refine(([a, b]) => a <= b, { message: "a window's first day must not come after its last day" });

const studyOptionsRequestSchema = z
  .object({
    model: z.enum(MODEL_NAMES).optional().meta({ description: "Return model (default market-model)." }),
    windows: z
      .array(relativeWindow)
      .min(1)
      .max(20)
      .optional()
      .meta({
        description: `Event windows in trading days around day 0 (default ${windowList(DEFAULT_WINDOWS)}; ${windowList(DATE_ONLY_WINDOWS)} when the event has no time).`,
      }),
    estimation: relativeWindow.optional().meta({ description: `Estimation window in trading days (default ${windowList([DEFAULT_ESTIMATION])}).` }),
    benchmark: z.string().min(1).optional().meta({ description: "One benchmark for every listing instead of each venue's index (e.g. ^HSI)." }),
    tests: z
      .array(z.enum(TEST_NAMES))
      .min(1)
      .max(TEST_NAMES.length)
      .optional()
      .meta({ description: "Significance tests of the groups' windows (default: the battery GET /api/study-settings marks byDefault)." }),
    convention: z.enum(CONVENTION_NAMES).optional().meta({ description: "Variance and CAAR conventions of another tool to reproduce (default textbook)." }),
    adjust: z
      .array(z.enum(ADJUSTMENTS))
      .max(ADJUSTMENTS.length)
      .optional()
      .meta({ description: "Multiple-testing adjustments of the window tests' p-values, shown beside the raw ones (default none)." }),
    bootstrap: z
      .object({
        draws: z
          .int()
          .min(1)
          .max(MAX_BOOTSTRAP_DRAWS)
          .optional()
          .meta({ description: `Resamples of the bootstrap tests (default 1000, at most ${MAX_BOOTSTRAP_DRAWS}).` }),
        seed: z.int().optional().meta({ description: "Seed of the bootstrap resamples (default 42)." }),
      })
      .strict()
      .optional(),
  })
  .strict();
export type StudyOptionsRequest = z.output<typeof studyOptionsRequestSchema>;

/** The `options` field of an upload, checked under the name `options` so that errors name `options.windows.0`. */
export const studyUploadOptionsSchema = z.object({ options: studyOptionsRequestSchema });

export const studyRequestSchema = z
  .object({
    event: eventDocumentSchema.meta({
      description: "The event document from /api/events/extract, possibly edited (companies removed, roles or listings changed).",
    }),
    options: studyOptionsRequestSchema.optional(),
  })
  .strict();
export type StudyRequest = z.output<typeof studyRequestSchema>;

/** What a stored study was asked for: an event document, or an uploaded event list (its name and size) with the options. */
export const storedStudySpecSchema = z.union([
  studyRequestSchema,
  z.object({ eventList: z.object({ file: z.string(), events: z.int().nonnegative() }).strict(), options: studyOptionsRequestSchema.optional() }).strict(),
]);

export const eventListUploadSchema = z.object({
  file: z.string().meta({
    format: "binary",
    description: "The event list: a CSV with columns security and date (YYYY-MM-DD), optional id, group and market, as `aftershock study` reads.",
  }),
  options: z.string().optional().meta({ description: "The study's options as JSON text, as `options` of POST /api/studies." }),
});

export const studyIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, "a study id is a positive whole number")
  .transform(Number);

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "json"]).default("json"),
});

// --------------------------------------------------------------------------------------------- responses

export const errorBodySchema = z.object({
  error: z.strictObject({
    code: z
      .string()
      .meta({ description: "bad_request, invalid_body, invalid_query, invalid_input, forbidden, not_found, payload_too_large, missing_prices, internal, ..." }),
    message: z.string(),
    issues: z
      .array(
        z.strictObject({
          path: z.string(),
          message: z.string(),
          line: z.int().optional().meta({ description: "The uploaded file's 1-based line at fault." }),
          field: z.string().optional().meta({ description: "The uploaded file's column at fault." }),
        }),
      )
      .optional(),
  }),
});

export const healthSchema = z.strictObject({ ok: z.literal(true), version: z.string() });

export const exampleSummarySchema = z.strictObject({ id: z.string(), title: z.string(), published: isoDate.optional() });
export const exampleSchema = exampleSummarySchema.extend({ text: z.string() });

export const extractResponseSchema = z.union([eventDocumentSchema, z.array(z.union([eventDocumentSchema, feedItemErrorSchema]))]);

export const securityMatchSchema = z.strictObject({
  entityId: z.string().nullable().meta({ description: "The knowledge base's entity; null for a stored symbol the knowledge base does not know." }),
  name: z.string(),
  kind: z.string().meta({ description: "company, index, regulator, ... (an entity's kind), or the stored security's kind." }),
  listings: z.array(z.strictObject({ symbol: z.string(), from: isoDate.optional(), to: isoDate.optional() })),
  stored: z.array(z.string()).meta({ description: "Listings that have prices in the store." }),
});

const importReportSchema = z.strictObject({
  file: z.string(),
  inserted: z.int(),
  unchanged: z.int(),
  changedRows: z.int(),
  changedCount: z.int(),
  changed: z.array(
    z.strictObject({
      table: z.enum(["prices", "factors"]),
      symbol: z.string().meta({ description: "The price row's symbol; for a factor, the factor table's name." }),
      day: z.int().meta({ description: "Days since 1970-01-01." }),
      field: z.string(),
      old: z.number().nullable().meta({ description: "The value stored before; null when it was missing." }),
      new: z.number().nullable().meta({ description: "The value stored now; null when it is missing." }),
    }),
  ),
  factors: z.strictObject({ inserted: z.int(), unchanged: z.int(), changed: z.int() }),
  securitiesAdded: z.array(z.string()),
});

/** What an import read from one file (src/shared/importSummary.ts), as data. */
const importSummarySchema: z.ZodType<ImportSummary> = z.strictObject({
  file: z.string(),
  format: z.string(),
  rowsRead: z.int(),
  tickerList: z.boolean().meta({ description: "A list of tickers, not a price file: nothing was imported." }),
  prices: z
    .strictObject({
      symbols: z.array(z.string()),
      first: isoDate.exactOptional(),
      last: isoDate.exactOptional(),
      days: z.int(),
      rangeMissing: z.int().meta({ description: "Days with a close but no intraday range (half-days)." }),
      noTrade: z.int().meta({ description: "Days without trade (close missing)." }),
    })
    .exactOptional(),
  factors: z.array(
    z.strictObject({ name: z.string(), columns: z.array(z.string()), days: z.int(), first: isoDate.exactOptional(), last: isoDate.exactOptional() }),
  ),
  skipped: z
    .array(z.strictObject({ reason: z.string(), lines: z.array(z.int()) }))
    .meta({ description: "Rows skipped, grouped by reason, with their 1-based lines." }),
});

export const importResponseSchema = z.strictObject({
  results: z.array(
    z.union([
      z.strictObject({
        file: z.string(),
        summary: z.string().meta({ description: "What was read, in the import command's words (written from `detail`)." }),
        detail: importSummarySchema,
        report: importReportSchema,
      }),
      z.strictObject({ file: z.string(), error: z.string() }),
    ]),
  ),
});

/** A number of the result; NaN and infinities become null in JSON. */
const num = z.number().nullable();
const windowSchema = z.tuple([z.int(), z.int()]);
const pValueSides = z.enum(["two-sided", "greater", "less"]);

const testOutcomeSchema = z
  .strictObject({
    statistic: num,
    pValue: num,
    distribution: z.enum(["normal", "t", "signed-rank", "bootstrap"]),
    df: num.optional(),
    draws: z.int().optional(),
    seed: z.int().optional(),
    reason: z.string().optional().meta({ description: "Why there is no statistic (then statistic and pValue are null)." }),
    adjusted: z.partialRecord(z.enum(ADJUSTMENTS), num).optional().meta({ description: "Multiple-testing adjusted p-values, by method." }),
  })
  .meta({ description: "One test's verdict." });
const testsSchema = z.partialRecord(z.enum(TEST_NAMES), testOutcomeSchema);

const studiedSeries = z.enum(["returns", "volumes", "highs and lows"]);

/** Why an event is not measured, as data (src/shared/eventReasons.ts): its status code with the dates and counts behind it. */
const unmeasuredSchema: z.ZodType<UnmeasuredReason> = z
  .union([
    z.strictObject({ code: z.literal("unknown-security"), security: z.string(), series: studiedSeries }),
    z.strictObject({ code: z.literal("unknown-market"), market: z.string().exactOptional(), series: studiedSeries }),
    z.strictObject({ code: z.literal("no-data") }),
    z.strictObject({ code: z.literal("not-yet-listed"), eventDate: isoDate, firstReturn: isoDate }),
    z.strictObject({ code: z.literal("not-yet-listed"), daysShort: z.int(), firstReturn: isoDate }),
    z.strictObject({ code: z.literal("after-last-data"), eventDate: isoDate, lastReturn: isoDate }),
    z.strictObject({
      code: z.literal("not-traded-on-event-date"),
      eventDate: isoDate,
      policy: z.enum(["next", "previous"]).exactOptional(),
      session: isoDate.exactOptional(),
    }),
    z.strictObject({ code: z.literal("non-trading-day-excluded"), eventDate: isoDate }),
    z.strictObject({ code: z.literal("estimation-too-short"), days: z.int(), needed: z.int() }),
    z.strictObject({
      code: z.literal("event-window-beyond-data"),
      lastReturn: isoDate,
      lastDay: z.int(),
      windowEnd: isoDate.exactOptional(),
      daysBeyond: z.int().exactOptional(),
    }),
    z.strictObject({ code: z.literal("gap-in-event-window"), date: isoDate }),
    z.strictObject({ code: z.literal("market-missing-in-event-window"), missing: z.enum(["market", "factor", "return"]), date: isoDate }),
    z.strictObject({ code: z.literal("suspect-price-in-event-window"), suspect: z.string() }),
    z.strictObject({ code: z.literal("model-failed"), failure: z.string().exactOptional() }),
    z.strictObject({ code: z.literal("duplicate-event"), day0: isoDate, sameAs: z.string() }),
  ])
  .meta({ description: "Why the event is not measured: `code` (as `status`) with the dates and counts behind it; `reason` is the same in a sentence." });

const eventResultSchema = z.strictObject({
  id: z.string(),
  security: z.string(),
  market: z.string().optional(),
  group: z.string().optional(),
  eventDate: z.string(),
  day0: z.string().optional(),
  status: z.string(),
  reason: z.string().meta({ description: '"measured", or why not in a sentence (written from `detail`).' }),
  detail: unmeasuredSchema.optional(),
  estimation: z
    .strictObject({
      from: z.string(),
      to: z.string(),
      days: z.int(),
      excluded: z.array(z.strictObject({ date: z.string(), reason: z.string() })).optional(),
    })
    .optional(),
  parameters: z.record(z.string(), num).optional(),
  residualSd: num.optional(),
  rSquared: num.optional(),
  days: z.array(z.strictObject({ day: z.int(), date: z.string(), ar: num, se: num, t: num })),
  windows: z.array(z.strictObject({ window: windowSchema, car: num, se: num, t: num, pValue: num, bhar: num })),
});

const groupResultSchema = z.strictObject({
  group: z.string().meta({ description: '"all" for every measured event, else the group label.' }),
  events: z.int(),
  measured: z.int(),
  days: z.array(z.strictObject({ day: z.int(), aar: num, tests: testsSchema })),
  windows: z.array(z.strictObject({ window: windowSchema, caar: num, meanBhar: num, tests: testsSchema })),
});

const comparisonSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  windows: z.array(
    z.strictObject({
      window: windowSchema,
      difference: num,
      welch: testOutcomeSchema.extend({ standardError: num }),
      wilcoxonRankSum: z.strictObject({ statistic: num, pValue: num, method: z.enum(["exact", "normal"]) }),
      permutation: z.strictObject({ pValue: num, method: z.enum(["exact", "monte-carlo"]), permutations: z.int(), seed: z.int().optional() }),
    }),
  ),
});

const robustSchema = z.strictObject({ standardError: num, statistic: num, pValue: num });
const regressionTermSchema = z.strictObject({ name: z.string(), estimate: num, hc3: robustSchema, hc1: robustSchema });

const groupRegressionSchema = z.strictObject({
  window: windowSchema,
  baseline: z.string(),
  observations: z.int(),
  terms: z.array(regressionTermSchema),
});

const covariateRegressionSchema = z.strictObject({
  window: windowSchema,
  covariates: z.array(z.string()),
  baseline: z.string().optional(),
  observations: z.int(),
  leftOut: z.int(),
  singular: z.boolean(),
  terms: z.array(regressionTermSchema),
});

const calendarTimeSchema = z.strictObject({
  group: z.string(),
  horizon: z.int(),
  weighting: z.enum(["equal", "value"]),
  weight: z.string().optional(),
  days: z.int(),
  averageFirms: num,
  alphas: z.array(
    z.strictObject({
      model: z.enum(["fama-french-3", "carhart-4"]),
      label: z.string(),
      days: z.int(),
      alpha: num,
      standardError: num,
      statistic: num,
      df: num,
      pValue: num,
      rSquared: num,
      reason: z.string().optional(),
    }),
  ),
  reason: z.string().optional(),
});

const conventionsSchema = z.strictObject({
  convention: z.string(),
  kind: z.enum(STUDY_KINDS),
  measure: z.string(),
  volumeMarket: z.string().optional(),
  model: z.enum(MODEL_NAMES),
  modelLabel: z.string(),
  returnType: z.enum(["simple", "log"]),
  estimation: windowSchema,
  minEstimationDays: z.int(),
  windows: z.array(windowSchema),
  nonTradingDay: z.enum(["next", "previous", "exclude"]),
  residualVariance: z.string(),
  patellVariance: z.string(),
  predictionError: z.boolean(),
  marketMoments: z.string(),
  crossSectionalSum: z.string(),
  windowRankCentre: z.string(),
  caar: z.enum(["sum", "mean"]),
  eventPValue: z.string(),
  constantMeanVariance: z.string(),
  pValues: pValueSides,
  suspectReturns: z.string(),
  tradingDays: z.string(),
  tests: z.array(z.strictObject({ name: z.enum(TEST_NAMES), label: z.string(), citation: z.string() })),
  multipleTesting: z.strictObject({ methods: z.array(z.enum(ADJUSTMENTS)), family: z.string() }).optional(),
});

export const studyResultSchema = z
  .strictObject({
    schema: z.literal(RESULT_SCHEMA),
    conventions: conventionsSchema,
    events: z.array(eventResultSchema),
    groups: z.array(groupResultSchema),
    comparisons: z.array(comparisonSchema),
    regressions: z.array(groupRegressionSchema),
    covariateRegressions: z.array(covariateRegressionSchema).optional(),
    calendarTime: z.array(calendarTimeSchema).optional(),
    suspectReturns: z.array(z.strictObject({ series: z.string(), date: z.string(), reason: z.string() })).optional(),
  })
  .meta({ description: "The study's numbers (aftershock.study/1): every event, group, comparison and regression, with the conventions used." });

const companyPlanSchema = z.strictObject({
  entityId: z.string(),
  company: z.string(),
  role: companyRoleSchema,
  symbols: z.array(z.string()).meta({ description: "Listings studied." }),
  eventIds: z.array(z.string()).meta({ description: "The ids of the company's events in `result.events`, one per listing planned." }),
  reasons: z.array(z.string()).meta({ description: "Why a listing (or the company) is not measured." }),
  notes: z.array(z.string()).meta({ description: "What else to know, e.g. a second listing on a venue shown but not counted in the groups." }),
});

const timingSchema = z
  .object({
    instant: z.string().optional().meta({ description: "The event time (ISO 8601, UTC); absent when only the date is known." }),
    basis: z.string().meta({ description: "Where the time came from, or the assumption made without one." }),
    listings: z.array(
      z.strictObject({
        eventId: z.string(),
        symbol: z.string(),
        exchange: z.string().optional(),
        timeZone: z.string().optional(),
        local: z.string().optional().meta({ description: "The news on the exchange's clock, YYYY-MM-DD HH:MM." }),
        rule: z.enum(["before-open", "during-session", "after-close", "no-session", "date-only", "no-calendar"]),
        day0: isoDate,
      }),
    ),
  })
  .meta({ description: "When the news came out, and the session chosen as day 0 for each listing." });

const chartOptionsSchema = z.record(z.string(), z.unknown()).meta({ description: "ECharts options (plain JSON) for echarts.setOption()." });

const studyPayloadSchema = z.strictObject({
  headline: z.string(),
  event: eventDocumentSchema.optional().meta({ description: "The event document of an article's study; absent for an event list's." }),
  source: z
    .object({ file: z.string(), events: z.int() })
    .optional()
    .meta({ description: "The event list a study was run on (POST /api/studies/events): its name and number of events." }),
  companies: z.array(companyPlanSchema),
  timing: timingSchema.optional(),
  result: studyResultSchema,
  charts: z.strictObject({ carPaths: chartOptionsSchema, day0: chartOptionsSchema, groupCaar: chartOptionsSchema }),
});

/**
 * A company of a stored study: studies saved before companies listed their event ids get them back as
 * the plan made them, one `entity@symbol` per listing, so their export and page still name each event.
 */
export const storedCompanyPlanSchema = companyPlanSchema
  .extend({ eventIds: z.array(z.string()).optional() })
  .transform((c) => ({ ...c, eventIds: c.eventIds ?? c.symbols.map((symbol) => `${c.entityId}@${symbol}`) }));

/** A stored study's payload, as studyPayloadSchema with older companies brought up to date. */
export const storedStudyPayloadSchema = studyPayloadSchema.extend({ companies: z.array(storedCompanyPlanSchema) });

export const studyResponseSchema = z
  .object({
    id: z.int().positive(),
    createdAt: z.string().meta({ description: "When the study was saved (ISO 8601, UTC)." }),
  })
  .extend(studyPayloadSchema.shape);
export type StudyResponse = z.output<typeof studyResponseSchema>;

export const studySettingsSchema = z
  .object({
    models: z.array(z.enum(MODEL_NAMES)),
    tests: z.array(
      z.strictObject({
        name: z.enum(TEST_NAMES),
        label: z.string(),
        citation: z.string(),
        byDefault: z.boolean().meta({ description: "Run when a study names no tests." }),
      }),
    ),
    conventions: z.array(z.strictObject({ name: z.enum(CONVENTION_NAMES), label: z.string() })),
    adjustments: z.array(z.strictObject({ name: z.enum(ADJUSTMENTS), label: z.string() })),
    defaults: z.strictObject({
      model: z.enum(MODEL_NAMES),
      estimation: windowSchema,
      windows: z.array(windowSchema),
      convention: z.enum(CONVENTION_NAMES),
      bootstrap: z.strictObject({ draws: z.int(), seed: z.int() }),
    }),
  })
  .meta({ description: "The settings a study may be given, with the engine's defaults: what the web page's form offers." });

// ------------------------------------------------------------------------------------- response types

// What the JSON of each answer is, as its schema describes it: numbers the engine computes as NaN or an
// infinity are null here. The web page types its answers with these (web/src/types.ts).
export type ApiErrorBody = z.output<typeof errorBodySchema>;
export type ExampleSummary = z.output<typeof exampleSummarySchema>;
export type Example = z.output<typeof exampleSchema>;
export type SecurityMatch = z.output<typeof securityMatchSchema>;
export type ImportResponse = z.output<typeof importResponseSchema>;
export type StudyResultJson = z.output<typeof studyResultSchema>;
export type CompanyPlanJson = z.output<typeof companyPlanSchema>;
export type StudySettings = z.output<typeof studySettingsSchema>;

import { z } from "zod";

/** Where a set of series comes from, and what its numbers are. Paths are relative to the study file. */
const seriesSource = z
  .object({
    file: z.string().min(1),
    /** wide: a date column and one column per security; long: security, date, value rows. */
    format: z.enum(["wide", "long"]).default("wide"),
    /** Whether the file holds prices (returns are computed) or returns. */
    values: z.enum(["returns", "prices"]).default("returns"),
    /** Unit of returns: fractions (0.01) or percent (1.0). */
    unit: z.enum(["fraction", "percent"]).default("fraction"),
    dateColumn: z.string().exactOptional(),
    securityColumn: z.string().exactOptional(),
    valueColumn: z.string().exactOptional(),
    /**
     * A wide file with one series in several columns (date, open, close, volume): the column that is
     * the series, e.g. `close` of ../shared/data/indices/GSPC.csv. It is named `name`, or the file's
     * name without its extension (GSPC).
     */
    column: z.string().min(1).exactOptional(),
    name: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine((s) => s.column === undefined || s.format === "wide", { message: "column picks a column of a wide file (format: wide)", path: ["column"] })
  .refine((s) => s.name === undefined || s.column !== undefined, { message: "name names the series picked by column", path: ["name"] });

/**
 * A wide factor file, e.g. Fama-French daily factors (Mkt-RF, SMB, HML, RF, ...); a file of the Kenneth
 * French data library is read as published (preamble, YYYYMMDD dates, percent, footer).
 */
const factorSource = z
  .object({
    file: z.string().min(1),
    unit: z.enum(["fraction", "percent"]).default("percent"),
    dateColumn: z.string().exactOptional(),
    /** Column of the risk-free rate. */
    rf: z.string().default("RF"),
    /** Factor name → column, for files whose headers differ (e.g. { MOM: "Mom" }). */
    columns: z.record(z.string(), z.string()).default({}),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

const inlineEvent = z
  .object({
    id: z.string().exactOptional(),
    security: z.string().min(1),
    date: isoDate,
    group: z.string().exactOptional(),
    market: z.string().exactOptional(),
    covariates: z.record(z.string(), z.number()).exactOptional(),
  })
  .strict();

const eventsFile = z
  .object({
    file: z.string().min(1),
    idColumn: z.string().exactOptional(),
    securityColumn: z.string().exactOptional(),
    dateColumn: z.string().exactOptional(),
    groupColumn: z.string().exactOptional(),
    marketColumn: z.string().exactOptional(),
    covariateColumns: z.array(z.string().min(1)).exactOptional(),
  })
  .strict();

/**
 * A study file (JSON or YAML), version 1: the data, the events, and the engine's options (model,
 * estimation, windows, convention, ...) at the top level; see README "Study file".
 */
export const studyFileSchema = z.looseObject({
  version: z.literal(1).default(1),
  title: z.string().optional(),
  securities: seriesSource,
  markets: seriesSource.optional(),
  /** The market of events that name none: a column of `markets`. */
  market: z.string().optional(),
  /** One factor file, or several (e.g. the three factors and momentum) joined on their dates. */
  factors: z.union([factorSource, z.array(factorSource).min(1)]).optional(),
  events: z.union([eventsFile, z.array(inlineEvent).min(1)]),
});

export type SeriesSource = z.output<typeof seriesSource>;
export type FactorSource = z.output<typeof factorSource>;

/** Keys of a study file that describe data; every other key is an engine option. */
export const DATA_KEYS = ["version", "title", "securities", "markets", "market", "factors", "events"] as const;

/** The valid keys inside each data entry, by the entry's name, for naming the nearest to a mistyped one. */
export const ENTRY_KEYS: Readonly<Record<string, readonly string[]>> = {
  securities: Object.keys(seriesSource.shape),
  markets: Object.keys(seriesSource.shape),
  factors: Object.keys(factorSource.shape),
  events: Object.keys(eventsFile.shape),
  event: Object.keys(inlineEvent.shape),
};

import { readFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { dayNumber, isoDate } from "../calendar/days.js";
import { LONG_SECURITY_ALIASES, readEventsCsv, readLongCsv, readWideCsv } from "../data/csv/index.js";
import { looksLikeFamaFrench } from "../data/importers/famaFrench.js";
import { importFile, importText } from "../data/importers/index.js";
import { InputError } from "../data/inputError.js";
import { factorUnitProblem, returnUnitProblem } from "../data/units.js";
import type { Series } from "../series.js";
import type { FactorSeries } from "../study/panel.js";
import { percentToFraction, returnsFromPrices } from "../study/returns.js";
import type { StudyEvent, StudyInput } from "../study/runStudy.js";
import { studyOptionsSchema } from "../study/options.js";
import { joinFactorTables, type FactorColumns } from "./factorSeries.js";
import { nearestKey, unknownKeyMessage } from "./nearestKey.js";
import { DATA_KEYS, ENTRY_KEYS, studyFileSchema, type FactorSource, type SeriesSource } from "./studyFile.js";

/** A study file read and its data loaded: the engine's input, and the file's title. */
export interface LoadedStudy {
  readonly title?: string;
  readonly input: StudyInput;
}

/** Reads a study file (JSON or YAML) and every file it names. Bad input throws InputError. */
export async function loadStudyFile(path: string): Promise<LoadedStudy> {
  const text = await readFile(path, "utf8").catch((e: unknown) => {
    throw new InputError({ file: path }, `cannot read the study file (${(e as Error).message})`);
  });
  let raw: unknown;
  try {
    raw = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new InputError({ file: path }, `not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${(e as Error).message}`);
  }
  checkTopLevelKeys(raw, path);
  const parsed = studyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === "unrecognized_keys") {
      const entry = issue.path.length === 2 && issue.path[0] === "events" ? "event" : String(issue.path[0]);
      const key = issue.keys[0]!;
      throw new InputError({ file: path, field: [...issue.path, key].join(".") }, unknownKeyMessage(key, ENTRY_KEYS[entry] ?? []));
    }
    throw new InputError({ file: path, field: issue.path.join(".") }, issue.message);
  }
  const spec = parsed.data;
  const base = dirname(path);
  const at = (file: string): string => resolve(base, file);

  const returnType = (raw as { returnType?: unknown }).returnType === "log" ? "log" : "simple";
  const events: StudyEvent[] = Array.isArray(spec.events)
    ? spec.events.map((e, i) => {
        const date = dayNumber(e.date);
        if (Number.isNaN(date)) throw new InputError({ file: path, field: `events.${i}.date` }, `"${e.date}" is not a calendar date`);
        return { ...e, id: e.id ?? String(i + 1), date };
      })
    : await readEventsCsv(at(spec.events.file), spec.events);
  // Only the series the events use are turned into returns (and so checked): a file's other columns
  // (an index file's volume, securities no event names) are read but left alone.
  // A markets file read as one column holds one market: events that name none use it.
  const onlyMarket = spec.markets?.column === undefined ? undefined : (spec.markets.name ?? basename(spec.markets.file, extname(spec.markets.file)));
  const defaultMarket = spec.market ?? onlyMarket;
  const used = new Set<string>(defaultMarket === undefined ? [] : [defaultMarket]);
  for (const e of events) {
    used.add(e.security);
    if (e.market !== undefined) used.add(e.market);
  }
  const securities = await readSeries(spec.securities, at, returnType, used);
  const markets = spec.markets ? await readSeries(spec.markets, at, returnType, used) : undefined;
  if (defaultMarket !== undefined && !markets?.has(defaultMarket)) {
    throw new InputError(
      { file: path, field: "market" },
      `"${defaultMarket}" is not a column of the markets file${onlyMarket === undefined ? "" : ` (read as one series named "${onlyMarket}")`}`,
    );
  }
  const factors = spec.factors ? await readFactors(spec.factors, at) : undefined;

  const options = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !(DATA_KEYS as readonly string[]).includes(k)));
  return {
    ...(spec.title === undefined ? {} : { title: spec.title }),
    input: {
      securities,
      ...(markets ? { markets } : {}),
      ...(defaultMarket === undefined ? {} : { defaultMarket }),
      ...(factors ? { factors } : {}),
      events,
      options,
    },
  };
}

/** Every top-level key is a data key or an engine option: anything else is an error naming the nearest valid key. */
function checkTopLevelKeys(raw: unknown, path: string): void {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return;
  const valid = [...DATA_KEYS, ...Object.keys(studyOptionsSchema.shape)];
  for (const key of Object.keys(raw)) {
    if (!valid.includes(key)) throw new InputError({ file: path, field: key }, unknownKeyMessage(key, valid));
  }
}

/** Reads a series file and turns the series `used` into returns as fractions (from prices: simple or log, as the study says). */
async function readSeries(
  source: SeriesSource,
  at: (f: string) => string,
  returnType: "simple" | "log",
  used: ReadonlySet<string>,
): Promise<Map<string, Series>> {
  const file = at(source.file);
  const raw =
    source.column !== undefined
      ? await readOneColumn(file, source, source.column)
      : source.format === "wide"
        ? await readWideCsv(file, source)
        : byImporter(source)
          ? await readLongPrices(file)
          : await readLongCsv(file, source);
  const out = new Map<string, Series>();
  for (const [name, s] of raw) {
    if (!used.has(name)) continue;
    if (source.values === "prices") {
      const bad = s.values.findIndex((v) => v <= 0);
      if (bad >= 0) throw new InputError({ file, field: name }, `price ${s.values[bad]} is not positive`);
      out.set(name, returnsFromPrices(s, returnType));
    } else {
      const problem = returnUnitProblem(s.values, s.dates, source.unit, isoDate);
      if (problem) throw new InputError({ file, field: name }, problem);
      out.set(name, source.unit === "percent" ? percentToFraction(s) : s);
    }
  }
  return out;
}

/**
 * A long file of prices whose columns the importer's long format finds by itself (a security column,
 * a date, a close) is read as `aftershock import` reads it, so a study file and the store give the
 * same series: a zero-volume bar without a trade (a placeholder before the first trade, a suspension)
 * is a missing day, not a price (see classifyBars; e.g. FTV's when-issued 2016-07-01 and UA's
 * 2016-04-07 rows in the S&P 500 panel, before their regular trading began).
 */
function byImporter(source: SeriesSource): boolean {
  const named = (given: string | undefined, aliases: readonly string[]): boolean => given === undefined || aliases.includes(given.toLowerCase());
  return (
    source.values === "prices" &&
    named(source.securityColumn, LONG_SECURITY_ALIASES) &&
    named(source.dateColumn, ["date"]) &&
    named(source.valueColumn, ["close"])
  );
}

/** The one series of a multi-column wide file (date, open, close, volume): `column`, named `name` or after the file. */
async function readOneColumn(file: string, source: SeriesSource, column: string): Promise<Map<string, Series>> {
  const wide = await readWideCsv(file, source);
  const series = wide.get(column);
  if (!series) {
    const near = nearestKey(column, [...wide.keys()]);
    throw new InputError(
      { file, field: column },
      `no such column${near === undefined ? "" : `: did you mean "${near}"?`} (columns: ${[...wide.keys()].join(", ")})`,
    );
  }
  return new Map([[source.name ?? basename(file, extname(file)), series]]);
}

async function readLongPrices(file: string): Promise<Map<string, Series>> {
  const batch = await importFile(file, { format: "long" });
  return new Map(batch.prices.map((p) => [p.symbol, { dates: p.dates, values: p.close }]));
}

/**
 * Reads one factor file, or several joined on their dates (a date one file lacks is NaN in its columns),
 * into the engine's factor series (fractions). The risk-free rate comes from the first file that has
 * its column.
 */
async function readFactors(sources: FactorSource | readonly FactorSource[], at: (f: string) => string): Promise<FactorSeries> {
  const list = Array.isArray(sources) ? sources : [sources as FactorSource];
  const tables = await Promise.all(list.map((source) => readFactorFile(source, at)));
  const joined = joinFactorTables(tables);
  if (!joined) {
    const first = tables[0]!;
    throw new InputError(
      { file: first.file, field: list[0]!.rf },
      `no such column (columns: ${Object.keys(first.columns).join(", ")}): the risk-free rate is needed`,
    );
  }
  return joined;
}

interface FactorFile extends FactorColumns {
  readonly file: string;
}

/** One factor file: a French data library file as published, or a wide CSV in the unit stated. */
async function readFactorFile(source: FactorSource, at: (f: string) => string): Promise<FactorFile> {
  const file = at(source.file);
  const text = await readFile(file, "utf8").catch((e: unknown) => {
    throw new InputError({ file }, `cannot read the factor file (${(e as Error).message})`);
  });
  if (looksLikeFamaFrench(text)) {
    const table = importText(text, file).factors[0]!;
    const columns: Record<string, Float64Array> = {};
    for (const [name, values] of Object.entries(table.columns)) if (name !== source.rf) columns[name] = values;
    for (const [name, column] of Object.entries(source.columns)) {
      const values = table.columns[column];
      if (!values) throw new InputError({ file, field: column }, `no such column (columns: ${Object.keys(table.columns).join(", ")})`);
      columns[name] = values;
    }
    const rf = table.columns[source.rf];
    return { file, dates: table.dates, ...(rf ? { rf } : {}), columns };
  }
  const wide = await readWideCsv(file, source.dateColumn === undefined ? {} : { dateColumn: source.dateColumn });
  const scale = source.unit === "percent" ? 0.01 : 1;
  const pick = (column: string): Float64Array => {
    const s = wide.get(column);
    if (!s) throw new InputError({ file, field: column }, `no such column (columns: ${[...wide.keys()].join(", ")})`);
    return s.values.map((v) => v * scale);
  };
  const rf = wide.has(source.rf) ? pick(source.rf) : undefined;
  const columns: Record<string, Float64Array> = {};
  for (const name of wide.keys()) if (name !== source.rf) columns[name] = pick(name);
  for (const [name, column] of Object.entries(source.columns)) columns[name] = pick(column);
  // The risk-free rate is small by nature; the factor returns tell the unit.
  for (const name of wide.keys()) {
    if (name === source.rf) continue;
    const problem = factorUnitProblem(wide.get(name)!.values, source.unit);
    if (problem) throw new InputError({ file, field: name }, problem);
  }
  const dates = wide.values().next().value!.dates;
  return { file, dates, ...(rf ? { rf } : {}), columns };
}

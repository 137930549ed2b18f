/**
 * The formats the importer knows, and telling them apart from a file's first lines.
 */
import path from "node:path";
import { parseDay } from "../csv/cells.js";
import { InputError } from "../inputError.js";
import { ROLE_ALIASES, mapColumns } from "./columns.js";
import type { HeaderSpec } from "./columns.js";
import { looksLikeFamaFrench } from "./famaFrench.js";
import { firstRecords } from "./records.js";
import { isTickerListHeader } from "./tickerList.js";
import { looksLikeYahoo } from "./yahoo.js";

export const FORMAT_NAMES = [
  "yahoo-three-header",
  "date-open-close-volume",
  "date-close",
  "ohlc-timestamped",
  "long-panel",
  "fama-french",
  "wide",
  "long",
  "parquet",
  "ticker-list",
] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `name` is one of {@link FORMAT_NAMES}. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

const CLOSE_ONLY = { close: ["close"] };

/** Header layouts of the column-mapped formats. */
export const HEADER_SPECS = {
  "date-open-close-volume": {
    required: ["date", "open", "close", "volume"],
    optional: [],
    aliases: { date: ["date"], ...CLOSE_ONLY },
    strict: true,
    describe: "the columns date, open, close, volume",
  },
  "date-close": {
    required: ["date", "close"],
    optional: ["adjClose"],
    aliases: { date: ["date"], ...CLOSE_ONLY },
    strict: true,
    describe: "the columns Date, Close (or Adj Close)",
  },
  "ohlc-timestamped": {
    required: ["date", "open", "high", "low", "close"],
    optional: ["adjClose", "volume"],
    aliases: CLOSE_ONLY,
    strict: true,
    describe: "the columns Date, Open, High, Low, Close, Adj Close (optional), Volume (optional)",
  },
  "long-panel": {
    required: ["date", "open", "high", "low", "close", "volume", "security"],
    optional: [],
    aliases: { ...CLOSE_ONLY, security: ["name", "ticker", "symbol", "security"] },
    strict: true,
    describe: "the columns date, open, high, low, close, volume, Name (or ticker, symbol, security)",
  },
  long: {
    required: ["security", "date", "close"],
    optional: ["adjClose", "open", "high", "low", "volume"],
    strict: false,
    describe: "columns security (or ticker, symbol, name, id), date and close (or price, value, adj close)",
  },
} as const satisfies Record<string, HeaderSpec>;

/**
 * Symbols for the index files of the shared data (`indices/`), keyed by file base name. CSI 300
 * is `^CSI300` (Yahoo calls it 000300.SS, which reads like a Shanghai listing; the ^ marks an
 * index as for ^HSI); USD_CNY is a currency pair, named as Yahoo names pairs: `USDCNY=X`.
 */
export const INDEX_SYMBOLS: Readonly<Record<string, string>> = {
  HSI: "^HSI",
  GSPC: "^GSPC",
  CSI_300: "^CSI300",
  NDX: "^NDX",
  USD_CNY: "USDCNY=X",
};

/** A file's base name without its extension: `data/us/BIDU.csv` -> `BIDU`, `0700.HK.csv` -> `0700.HK`. */
export function baseSymbol(file: string): string {
  return path.basename(file).replace(/\.(csv|txt|tsv)$/i, "");
}

const BAR_FIELDS: readonly string[] = [...ROLE_ALIASES.open, ...ROLE_ALIASES.high, ...ROLE_ALIASES.low, ...ROLE_ALIASES.close, ...ROLE_ALIASES.adjClose, ...ROLE_ALIASES.volume];

const fits = (header: readonly string[], spec: HeaderSpec, source: string): boolean => {
  try {
    mapColumns(header, spec, "", source, 1);
    return true;
  } catch (err) {
    if (err instanceof InputError) return false;
    throw err;
  }
};

/**
 * The format of a file from its name and first lines, or an {@link InputError}
 * `cannot tell the format of X; use --format one of ...`. `text` may be the whole file or its start.
 */
export function detectFormat(text: string, fileName: string): FormatName {
  if (text.startsWith("PAR1") || /\.parquet$/i.test(fileName)) return "parquet";
  const cannotTell = (why = ""): InputError =>
    new InputError(
      { file: fileName },
      `cannot tell the format of ${fileName}${why}; use --format one of ${FORMAT_NAMES.join(", ")}`,
    );
  let first: { cells: string[]; line: number }[];
  try {
    first = firstRecords(text, fileName, 3);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    if (looksLikeFamaFrench(text)) return "fama-french";
    throw cannotTell(` (not CSV: ${err.detail})`);
  }
  if (first.length === 0) throw new InputError({ file: fileName }, "file is empty");
  const cells = first.map((r) => r.cells);
  if (looksLikeYahoo(cells)) return "yahoo-three-header";
  if (looksLikeFamaFrench(text)) return "fama-french";
  const header = cells[0]!.map((c) => c.trim());
  if (isTickerListHeader(header)) return "ticker-list";
  for (const format of ["date-open-close-volume", "date-close", "ohlc-timestamped", "long-panel", "long"] as const) {
    if (fits(header, HEADER_SPECS[format], fileName)) return format;
  }
  const firstName = header[0]!.toLowerCase();
  const datedRow = cells[1] !== undefined && typeof parseDay(cells[1][0] ?? "") === "number";
  // A wide file's columns are securities: a column named like a bar field (open, volume, ...)
  // means some other layout, which is better refused than read as a security called "volume".
  const barField = header.some((h) => BAR_FIELDS.includes(h.toLowerCase()));
  if (header.length >= 2 && !barField && (firstName === "" || ROLE_ALIASES.date.includes(firstName) || datedRow)) return "wide";
  throw cannotTell();
}

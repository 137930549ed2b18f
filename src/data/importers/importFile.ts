/**
 * Importing one file of prices or factors, whatever its layout: detect (or take) the format, read
 * it into an {@link ImportBatch}.
 */
import { readFile } from "node:fs/promises";
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { parseBarFile } from "./bars.js";
import { checkCutLastLine } from "./cutLastLine.js";
import { parseFamaFrenchCsv } from "./famaFrench.js";
import { FORMAT_NAMES, HEADER_SPECS, INDEX_SYMBOLS, baseSymbol, detectFormat, isFormatName } from "./formats.js";
import type { FormatName } from "./formats.js";
import { importParquet } from "./parquet.js";
import { parseTickerListBatch } from "./tickerList.js";
import { parseWidePrices } from "./wide.js";
import { parseYahooCsv } from "./yahoo.js";

export interface ImportOptions {
  /** Read the file as this format instead of detecting it (the CLI's `--format`). */
  readonly format?: FormatName;
  /**
   * Symbol of a single-series file (date-open-close-volume, date-close, ohlc-timestamped), instead
   * of the one taken from the file name. Ignored by formats that name their series themselves.
   */
  readonly symbol?: string;
}

function checkFormat(file: string, format: string | undefined): FormatName | undefined {
  if (format === undefined || isFormatName(format)) return format;
  throw new InputError({ file }, `unknown format ${JSON.stringify(format)}; use one of ${FORMAT_NAMES.join(", ")}`);
}

/**
 * Read a file: Parquet, or CSV/text in one of {@link FORMAT_NAMES}. Without `options.format` the
 * format is detected from the file's first lines (see {@link detectFormat}). Throws an
 * {@link InputError} (file, line, field) for an unreadable file, an unknown format, or bad content.
 */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportBatch> {
  const forced = checkFormat(file, options.format);
  // A Parquet file is read by DuckDB from disk; only a file whose name does not say so is read here first.
  if (forced === "parquet" || (forced === undefined && /\.parquet$/i.test(file))) return importParquet(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError({ file }, `cannot read file: ${why}`, { cause: err });
  }
  const magic = bytes.subarray(0, 4).toString("latin1");
  if (forced === undefined && magic === "PAR1") return importParquet(file);
  return importText(bytes.toString("utf8"), file, options);
}

/**
 * Read CSV text held in memory, as {@link importFile} reads a file; `source` is the file name (for
 * messages, and for the symbol of single-series files). Parquet needs {@link importFile}.
 */
export function importText(text: string, source: string, options: ImportOptions = {}): ImportBatch {
  const format = checkFormat(source, options.format) ?? detectFormat(text, source);
  checkCutLastLine(text, source);
  const single = (fromName: (base: string) => string) => options.symbol ?? fromName(baseSymbol(source));
  switch (format) {
    case "yahoo-three-header":
      return parseYahooCsv(text, source);
    case "fama-french":
      return parseFamaFrenchCsv(text, source);
    case "ticker-list":
      return parseTickerListBatch(text, source);
    case "wide":
      return parseWidePrices(text, source);
    case "date-open-close-volume":
      return parseBarFile(text, source, {
        format,
        header: HEADER_SPECS[format],
        symbol: single((base) => INDEX_SYMBOLS[base] ?? base),
        classify: false,
      });
    case "date-close":
      return parseBarFile(text, source, { format, header: HEADER_SPECS[format], symbol: single((b) => b), classify: false });
    case "ohlc-timestamped":
      return parseBarFile(text, source, { format, header: HEADER_SPECS[format], symbol: single((b) => b), classify: true });
    case "long-panel":
    case "long":
      return parseBarFile(text, source, { format, header: HEADER_SPECS[format], classify: true });
    case "parquet":
      throw new InputError({ file: source }, "Parquet files are read from disk: use importFile");
  }
}

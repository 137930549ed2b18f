import { open } from "node:fs/promises";
import { extname } from "node:path";
import { baseSymbol, detectFormat, importFile, importSummary, INDEX_SYMBOLS } from "../data/importers/index.js";
import { InputError } from "../data/inputError.js";
import type { Store } from "../data/store/index.js";
import { dataFilesIn, importPaths, type FileImport } from "./importPaths.js";

/** Layouts that hold many symbols in one file: found by what they hold, not by their name. */
const PANEL_FORMATS: ReadonlySet<string> = new Set(["long", "long-panel", "wide", "parquet"]);

/**
 * Makes sure the store holds prices for the symbols: those it lacks are imported from the files of
 * `dataDir` named after them (hk/9888.HK.csv, us/BIDU.csv, indices/HSI.csv for ^HSI; every feed of a
 * symbol), then, for symbols no file is named after, from the folder's long panels, wide tables and
 * Parquet files that hold them. What is already stored is not read again. Returns the imports done, the symbols still
 * without prices, and for those whose file was refused, why (file, line, field). `serialise` runs the
 * import, when there is one to do, one at a time across concurrent callers (a caller that finds every
 * price stored does not wait).
 */
export async function ensurePrices(
  store: Store,
  symbols: readonly string[],
  dataDir: string | undefined,
  onFile?: (result: FileImport, index: number, total: number) => void,
  serialise: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
): Promise<{ imported: FileImport[]; missing: string[]; refused: ReadonlyMap<string, string> }> {
  const lacking = async (): Promise<string[]> => {
    const stored = new Set(await store.securities.symbols());
    return [...new Set(symbols)].filter((s) => !stored.has(s));
  };
  const first = await lacking();
  if (first.length === 0 || dataDir === undefined) return { imported: [], missing: first, refused: new Map() };
  // Another caller may have imported them while this one waited.
  return serialise(async () => importMissing(store, await lacking(), dataDir, onFile));
}

async function importMissing(
  store: Store,
  wanted: readonly string[],
  dataDir: string,
  onFile: ((result: FileImport, index: number, total: number) => void) | undefined,
): Promise<{ imported: FileImport[]; missing: string[]; refused: ReadonlyMap<string, string> }> {
  if (wanted.length === 0) return { imported: [], missing: [], refused: new Map() };
  const found = (await filesBySymbol(dataDir)).filter(([symbol]) => wanted.includes(symbol));
  const files = found.map(([, file]) => file);
  let done = 0;
  const imported = await importPaths(store, files, { onFile: (r) => onFile?.(r, ++done, files.length) });
  const symbolOf = new Map(found.map(([symbol, file]) => [file, symbol]));
  const refused = new Map(imported.flatMap((r) => ("error" in r ? [[symbolOf.get(r.file)!, r.error.message] as const] : [])));
  const stored1 = new Set(await store.securities.symbols());
  const unnamed = wanted.filter((s) => !stored1.has(s) && !refused.has(s));
  if (unnamed.length > 0) imported.push(...(await importFromPanels(store, unnamed, dataDir, onFile)));
  const now = new Set(await store.securities.symbols());
  return { imported, missing: wanted.filter((s) => !now.has(s)), refused };
}

/**
 * Symbols no file is named after, looked for in the folder's multi-symbol files (long panels such as
 * sp500-2013-2018/all_stocks_5yr.csv, wide tables, Parquet): each such file is read, and only the
 * series of the symbols wanted are stored (one transaction per file). A file that cannot be read
 * is passed over: it was searched, not named.
 */
async function importFromPanels(
  store: Store,
  symbols: readonly string[],
  dataDir: string,
  onFile?: (result: FileImport, index: number, total: number) => void,
): Promise<FileImport[]> {
  const need = new Set(symbols);
  const files = await panelFiles(dataDir);
  const out: FileImport[] = [];
  for (const [index, file] of files.entries()) {
    if (need.size === 0) break;
    let batch;
    try {
      batch = await importFile(file);
    } catch (e) {
      if (e instanceof InputError) continue;
      throw e;
    }
    const prices = batch.prices.filter((p) => need.has(p.symbol));
    if (prices.length === 0) continue;
    const wanted = { ...batch, prices, factors: [], skipped: [] };
    const result: FileImport = { file, summary: importSummary(wanted), report: await store.importBatch(wanted) };
    for (const p of prices) need.delete(p.symbol);
    onFile?.(result, index + 1, files.length);
    out.push(result);
  }
  return out;
}

/** The folder's data files (see dataFilesIn) that may hold many symbols: Parquet, and CSV whose first lines show a multi-symbol layout. */
async function panelFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of await dataFilesIn(dir)) {
    const ext = extname(file).toLowerCase();
    if (ext === ".parquet" || (ext === ".csv" && PANEL_FORMATS.has(await formatOf(file)))) out.push(file);
  }
  return out;
}

/** The format a CSV file's first lines show, or "" when they show none. */
async function formatOf(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString("utf8");
    const lines = text.split(/\r?\n/);
    return detectFormat(lines.slice(0, Math.max(1, lines.length - 1)).join("\n"), file);
  } catch (e) {
    if (e instanceof InputError) return "";
    throw e;
  } finally {
    await handle.close();
  }
}

/** Every CSV data file under the folder (see dataFilesIn) with the symbol its name stands for. */
async function filesBySymbol(dir: string): Promise<[string, string][]> {
  return (await dataFilesIn(dir))
    .filter((file) => extname(file).toLowerCase() === ".csv")
    .map((file): [string, string] => {
      const base = baseSymbol(file);
      return [INDEX_SYMBOLS[base] ?? base, file];
    });
}

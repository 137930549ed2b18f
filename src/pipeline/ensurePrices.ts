import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { baseSymbol, INDEX_SYMBOLS } from "../data/importers/index.js";
import type { Store } from "../data/store/index.js";
import { importPaths, type FileImport } from "./importPaths.js";

/**
 * Makes sure the store holds prices for the symbols: those it lacks are imported from the files of
 * `dataDir` named after them (hk/9888.HK.csv, us/BIDU.csv, indices/HSI.csv for ^HSI; every feed of a
 * symbol). What is already stored is not read again. Returns the imports done, the symbols still
 * without prices, and for those whose file was refused, why (file, line, field).
 */
export async function ensurePrices(
  store: Store,
  symbols: readonly string[],
  dataDir: string | undefined,
  onFile?: (result: FileImport, index: number, total: number) => void,
): Promise<{ imported: FileImport[]; missing: string[]; refused: ReadonlyMap<string, string> }> {
  const stored = new Set(await store.symbols());
  const wanted = [...new Set(symbols)].filter((s) => !stored.has(s));
  if (wanted.length === 0 || dataDir === undefined) return { imported: [], missing: wanted, refused: new Map() };
  const found = (await filesBySymbol(dataDir)).filter(([symbol]) => wanted.includes(symbol));
  const files = found.map(([, file]) => file);
  let done = 0;
  const imported = await importPaths(store, files, { onFile: (r) => onFile?.(r, ++done, files.length) });
  const now = new Set(await store.symbols());
  const symbolOf = new Map(found.map(([symbol, file]) => [file, symbol]));
  const refused = new Map(imported.flatMap((r) => ("error" in r ? [[symbolOf.get(r.file)!, r.error.message] as const] : [])));
  return { imported, missing: wanted.filter((s) => !now.has(s)), refused };
}

/** Every CSV file under the folder with the symbol its name stands for. */
async function filesBySymbol(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extname(e.name).toLowerCase() === ".csv")
    .map((e): [string, string] => {
      const base = baseSymbol(e.name);
      return [INDEX_SYMBOLS[base] ?? base, join(e.parentPath, e.name)];
    })
    .sort((a, b) => a[1].localeCompare(b[1]));
}

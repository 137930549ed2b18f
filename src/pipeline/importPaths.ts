import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { isDirectoryFolder } from "../data/directory/index.js";
import { InputError } from "../data/inputError.js";
import { importFile, importSummary, type FormatName } from "../data/importers/index.js";
import type { ImportReport, Store } from "../data/store/index.js";
import type { ImportSummary } from "../shared/importSummary.js";
import { withStore } from "./environment.js";
import { directoryFolders, importDirectoryFolder, type DirectoryImported } from "./securitiesDirectory.js";

/** Extensions a folder is searched for; other files in it (README, licences) are not data. */
const DATA_EXTENSIONS = new Set([".csv", ".parquet"]);

/** What happened to one file: what was read from it (as data) and the store's report, or the error that refused it. */
export type FileImport =
  { readonly file: string; readonly summary: ImportSummary; readonly report: ImportReport } | { readonly file: string; readonly error: InputError };

/**
 * Imports files and folders (searched recursively for .csv and .parquet) into the store, one
 * transaction per file: a bad file is reported with its file, line and field and leaves the store as
 * it was, and the other files still import.
 */
export async function importPaths(
  store: Store,
  paths: readonly string[],
  options: { format?: FormatName; onFile?: (result: FileImport) => void } = {},
): Promise<FileImport[]> {
  const results: FileImport[] = [];
  for (const file of await expand(paths)) {
    let result: FileImport;
    try {
      const batch = await importFile(file, options.format === undefined ? {} : { format: options.format });
      result = { file, summary: importSummary(batch), report: await store.importBatch(batch) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      result = { file, error: e };
    }
    options.onFile?.(result);
    results.push(result);
  }
  return results;
}

/**
 * Files named, and the data files inside folders named, in a stable order. A securities directory
 * folder (securities.csv, names.csv) is not price data: it is left to `importDirectoryFolder`.
 */
async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new InputError({ file: path }, "no such file or folder");
    });
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    if (isDirectoryFolder(path)) continue;
    out.push(...(await dataFilesIn(path)));
  }
  return out;
}

/**
 * The price and factor files under a folder (recursively), sorted: the files `import FOLDER` reads and
 * the ones `run --data FOLDER` looks in. A securities directory's folder is left out.
 */
export async function dataFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DATA_EXTENSIONS.has(extname(e.name).toLowerCase()) && !isDirectoryFolder(e.parentPath))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One line for a store report: what the import changed. */
export function reportLine(report: ImportReport): string {
  const parts = [`${report.inserted.toLocaleString("en")} new rows`, `${report.unchanged.toLocaleString("en")} unchanged`];
  parts.push(`${report.changedCount.toLocaleString("en")} changed values`);
  if (report.securitiesAdded.length > 0) parts.push(`${report.securitiesAdded.length} securities added`);
  const factors = report.factors;
  if (factors.inserted + factors.unchanged + factors.changed > 0) {
    parts.push(`factors: ${factors.inserted} new, ${factors.unchanged} unchanged, ${factors.changed} changed`);
  }
  return parts.join(", ");
}

/** A securities directory folder's outcome: what it held, or why it was refused (the stored directory then unchanged). */
export type DirectoryOutcome = { readonly folder: string; readonly imported: DirectoryImported } | { readonly folder: string; readonly error: InputError };

/**
 * `aftershock import`: into the store at `storePath`, first every securities directory folder among
 * the paths (each replaces the stored directory), then the price and factor files. Each outcome is
 * reported as it happens; a refused folder or file leaves the store as it was and the others go on.
 */
export function importIntoStore(
  storePath: string | undefined,
  paths: readonly string[],
  options: { format?: FormatName; onDirectory?: (outcome: DirectoryOutcome) => void; onFile?: (result: FileImport) => void } = {},
): Promise<{ directories: DirectoryOutcome[]; files: FileImport[] }> {
  return withStore(storePath, async (store) => {
    const directories: DirectoryOutcome[] = [];
    for (const folder of await directoryFolders(paths)) {
      let outcome: DirectoryOutcome;
      try {
        outcome = { folder, imported: await importDirectoryFolder(store, folder) };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        outcome = { folder, error: e };
      }
      options.onDirectory?.(outcome);
      directories.push(outcome);
    }
    const files = await importPaths(store, paths, {
      ...(options.format === undefined ? {} : { format: options.format }),
      ...(options.onFile === undefined ? {} : { onFile: options.onFile }),
    });
    return { directories, files };
  });
}

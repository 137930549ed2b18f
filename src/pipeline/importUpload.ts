/**
 * Price imports through the API: a file or folder already resolved inside the server's data
 * directory, or an uploaded file (written to a temporary folder, imported, deleted). Outcomes name
 * files relative to the data directory and carry errors as text, so answers never show server paths.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { InputError, renderInputError } from "../shared/errors.js";
import { importFile, importSummary, type FormatName } from "../data/importers/index.js";
import { importSummaryText, type ImportSummary } from "../shared/importSummary.js";
import { batchSource } from "../data/priceBatch.js";
import type { ImportReport, Store } from "../data/store/index.js";
import { importPaths, type FileImport } from "./importPaths.js";

/**
 * One file's outcome as the API reports it: names relative to the data directory, errors as text; what
 * was read as data (`detail`) and in the import command's words (`summary`).
 */
export type ImportResult =
  | { readonly file: string; readonly summary: string; readonly detail: ImportSummary; readonly report: ImportReport }
  | { readonly file: string; readonly error: string };

/** Text with the data directory's absolute prefix removed. */
function relativeText(text: string, root: string): string {
  return text.split(root + sep).join("");
}

function reported(result: FileImport, root: string): ImportResult {
  const file = relative(root, result.file) || result.file;
  if ("error" in result) {
    const e = result.error;
    return { file, error: renderInputError({ file: relativeText(e.file, root), line: e.line, field: e.field }, relativeText(e.detail, root)) };
  }
  const detail = { ...result.summary, file: relativeText(result.summary.file, root) };
  return { file, summary: importSummaryText(detail), detail, report: { ...result.report, file } };
}

/** Imports `path`, a file or folder (its .csv and .parquet files) inside the data directory `root` (both real paths, checked by the caller). */
export async function importDataPath(store: Store, root: string, path: string, format?: FormatName): Promise<ImportResult[]> {
  const results = await importPaths(store, [path], format === undefined ? {} : { format });
  return results.map((r) => reported(r, root));
}

/** A safe file name for an upload: its last path part, odd characters replaced. */
export function uploadName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const clean = last.replace(/[^A-Za-z0-9._^=-]/g, "_").replace(/^\.+/, "");
  return clean === "" ? "upload.csv" : clean.slice(0, 200);
}

/**
 * Imports an uploaded file: written to a fresh temporary folder under the name it was sent with (a
 * single-series file's symbol is read from its name: 9888.HK.csv), imported, and deleted whatever
 * happens. The source recorded is "upload/<name>".
 */
export async function importUpload(store: Store, file: File, format?: FormatName): Promise<ImportResult> {
  const name = uploadName(file.name);
  const dir = await mkdtemp(join(tmpdir(), "aftershock-upload-"));
  const label = `upload/${name}`;
  try {
    await mkdir(join(dir, "upload"));
    const path = join(dir, "upload", name);
    await writeFile(path, Buffer.from(await file.arrayBuffer()));
    try {
      const batch = await importFile(path, format === undefined ? {} : { format });
      const relabelled = { ...batch, file: label, source: batchSource(batch) };
      const report = await store.importBatch(relabelled);
      const detail = importSummary(relabelled);
      return { file: label, summary: importSummaryText(detail), detail, report };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return { file: label, error: renderInputError({ file: label, line: e.line, field: e.field }, e.detail.split(path).join(label)) };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Price imports through the API: a path inside the server's data directory (checked against escapes
 * of every kind before anything is read), or an uploaded file (written to a temporary folder,
 * imported, deleted).
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep, win32 } from "node:path";
import { InputError, renderInputError } from "../data/inputError.js";
import { importFile, summarizeBatch, type FormatName } from "../data/importers/index.js";
import { batchSource } from "../data/priceBatch.js";
import type { ImportReport, Store } from "../data/store/index.js";
import { importPaths, type FileImport } from "../pipeline/importPaths.js";
import { ApiError } from "./errors.js";

/** One file's outcome as the API reports it: names relative to the data directory, errors as text. */
export type ImportResult =
  | { readonly file: string; readonly summary: string; readonly report: ImportReport }
  | { readonly file: string; readonly error: string };

/** The path with percent-encodings undone ("%2e%2e" → ".."), as far as they decode. */
function decoded(path: string): string {
  let current = path;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * The real path of `requested` inside `dataDir`: refused (403) when absolute, when it or its
 * percent-decoded form leaves the folder by `..`, or when its real path (symbolic links followed)
 * is elsewhere; 404 when it does not exist.
 */
export async function resolveDataPath(dataDir: string | undefined, requested: string): Promise<{ root: string; path: string }> {
  if (dataDir === undefined) throw ApiError.forbidden("the server has no data directory (start it with --data DIR); upload the file instead");
  if (requested.includes("\u0000")) throw ApiError.badRequest("the path contains a NUL character", [{ path: "path", message: "NUL character" }]);
  const lexicalRoot = resolve(dataDir);
  for (const form of new Set([requested, decoded(requested)])) {
    if (isAbsolute(form) || win32.isAbsolute(form)) throw ApiError.forbidden("absolute paths are not accepted: give a path relative to the data directory");
    // A backslash counts as a separator too: "..\\..\\x" is refused rather than looked up.
    if (!inside(lexicalRoot, resolve(lexicalRoot, form)) || !inside(lexicalRoot, resolve(lexicalRoot, form.replaceAll("\\", "/")))) {
      throw ApiError.forbidden("the path leaves the data directory");
    }
  }
  let root: string;
  try {
    root = await realpath(lexicalRoot);
  } catch {
    throw new ApiError(500, "internal", "internal error");
  }
  let path: string;
  try {
    path = await realpath(resolve(root, requested));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw ApiError.notFound(`no such file or folder in the data directory: ${requested}`);
    }
    throw e;
  }
  if (!inside(root, path)) throw ApiError.forbidden("the path leaves the data directory");
  return { root, path };
}

/** Text with the data directory's absolute prefix removed, so answers never show server paths. */
function relativeText(text: string, root: string): string {
  return text.split(root + sep).join("");
}

function reported(result: FileImport, root: string): ImportResult {
  const file = relative(root, result.file) || result.file;
  if ("error" in result) {
    const e = result.error;
    return { file, error: renderInputError({ file: relativeText(e.file, root), line: e.line, field: e.field }, relativeText(e.detail, root)) };
  }
  return { file, summary: relativeText(result.summary, root), report: { ...result.report, file } };
}

/** Imports a file or folder (its .csv and .parquet files, symbolic links skipped) of the data directory. */
export async function importDataPath(store: Store, dataDir: string | undefined, requested: string, format?: FormatName): Promise<ImportResult[]> {
  const { root, path } = await resolveDataPath(dataDir, requested);
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
      return { file: label, summary: summarizeBatch(relabelled), report };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return { file: label, error: renderInputError({ file: label, line: e.line, field: e.field }, e.detail.split(path).join(label)) };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

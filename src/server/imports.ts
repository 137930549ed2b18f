/**
 * Price imports by path through the API: a path inside the server's data directory, checked against
 * escapes of every kind before anything is read (the import itself: src/pipeline/importUpload.ts).
 */
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep, win32 } from "node:path";
import type { FormatName } from "../data/importers/index.js";
import type { Store } from "../data/store/index.js";
import { importDataPath as importResolvedPath, type ImportResult } from "../pipeline/importUpload.js";
import { ApiError } from "./errors.js";

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
async function resolveDataPath(dataDir: string | undefined, requested: string): Promise<{ root: string; path: string }> {
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

/** Imports a file or folder (its .csv and .parquet files, symbolic links skipped) of the data directory. */
export async function importDataPath(store: Store, dataDir: string | undefined, requested: string, format?: FormatName): Promise<ImportResult[]> {
  const { root, path } = await resolveDataPath(dataDir, requested);
  return importResolvedPath(store, root, path, format);
}

import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { SecuritiesDirectory, isDirectoryFolder, readDirectoryFolder, type DirectoryIndexData } from "../data/directory/index.js";
import { existsSync } from "node:fs";
import { openStore, storePath, type Store } from "../data/store/index.js";
import { mergeSnapshot, type MarketChanges } from "../data/directory/refresh.js";
import { downloadDirectoryLists, type DirectorySources } from "../data/directoryLists.js";
import { withStore } from "./environment.js";

export { DEFAULT_SOURCES, NOT_REFRESHED, SEC_USER_AGENT_VARIABLE, secUserAgent, type DirectorySources } from "../data/directoryLists.js";
export type { MarketChanges } from "../data/directory/refresh.js";
import type { HttpOptions } from "../data/providers/http.js";
import { AftershockError } from "../shared/errors.js";

/** A securities directory imported from a folder: what it holds. */
export interface DirectoryImported {
  readonly folder: string;
  readonly securities: number;
  readonly names: number;
}

/**
 * The securities-directory folders among `paths` (a path that is one, or one inside a folder named):
 * `aftershock import ../shared/data` finds `../shared/data/securities`.
 */
export async function directoryFolders(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isDirectory()) continue;
    if (isDirectoryFolder(path)) {
      out.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const e of entries) {
      const dir = join(e.parentPath, e.name);
      if (e.isDirectory() && isDirectoryFolder(dir)) out.push(dir);
    }
  }
  return out.sort();
}

/** Reads a directory folder (every row checked) and replaces the store's directory with it. */
export async function importDirectoryFolder(store: Store, folder: string): Promise<DirectoryImported> {
  const rows = readDirectoryFolder(folder);
  await store.directory.replace(rows, folder);
  return { folder, securities: rows.securities.length, names: rows.names.length };
}

/** What a refresh did: the snapshot's date, the changes per market, and the directory's size after. */
export interface DirectoryRefreshed {
  readonly today: string;
  readonly changes: readonly MarketChanges[];
  readonly securities: number;
  readonly names: number;
}

/**
 * Downloads the exchanges' and the SEC's current lists, merges them into the stored directory as a
 * snapshot dated `today`, and stores the result in one transaction: when a download or a list fails,
 * the stored directory is unchanged.
 */
async function refreshDirectory(
  store: Store,
  options: { today: string; userAgent: string; sources?: DirectorySources; http?: HttpOptions },
): Promise<DirectoryRefreshed> {
  const stored = await store.directory.rows();
  if (stored === undefined) {
    throw new AftershockError(
      "input",
      {},
      "the store holds no securities directory to refresh: import one first (aftershock import ../shared/data/securities)",
    );
  }
  const lists = await downloadDirectoryLists(options);
  const { rows, changes } = mergeSnapshot(stored, lists);
  const before = await store.directory.lastImport();
  await store.directory.replace(rows, `${before?.folder.replace(/ \(refreshed .*\)$/, "") ?? ""} (refreshed ${options.today})`);
  return { today: options.today, changes, securities: rows.securities.length, names: rows.names.length };
}

/** {@link refreshDirectory} on the store at `path` (default store when absent). */
export function refreshStoredDirectory(
  path: string | undefined,
  options: { today: string; userAgent: string; sources?: DirectorySources },
): Promise<DirectoryRefreshed> {
  return withStore(path, (store) => refreshDirectory(store, options));
}

/**
 * The store's securities directory, opened for look-ups; undefined when none was imported (the
 * extractor then links with the curated knowledge base only, and says so).
 */
export async function openDirectory(store: Store): Promise<SecuritiesDirectory | undefined> {
  const data = await store.directory.index();
  return data === undefined ? undefined : new SecuritiesDirectory(data);
}

/**
 * The directory of the store at `path` (default store when absent), or null when the store does
 * not exist or holds none: the extractor then says it linked with the knowledge base only. Reading
 * never creates a store.
 */
export async function storedDirectory(path?: string): Promise<SecuritiesDirectory | null> {
  const file = storePath(path);
  if (file !== ":memory:" && !existsSync(file)) return null;
  const store = await openStore(file);
  try {
    return (await openDirectory(store)) ?? null;
  } finally {
    store.close();
  }
}

/**
 * A store's securities directory as bytes every thread reads without a copy (the JSON of its index),
 * with the stamp of the import it came from: a worker thread never opens the store, whose file one
 * process may open only once if every reader is to see the latest import.
 */
export interface SharedDirectory {
  readonly imported: string;
  readonly json: SharedArrayBuffer;
}

/**
 * On the thread that holds the store: its directory to hand to jobs, read again only when another
 * import has replaced it (its stamp changed); null when none was imported.
 */
export function directorySharing(store: Store): () => Promise<SharedDirectory | null> {
  let shared: { readonly imported: string; readonly directory: Promise<SharedDirectory | null> } | undefined;
  return async () => {
    const imported = (await store.directory.lastImport())?.imported;
    if (imported === undefined) return null;
    if (shared?.imported !== imported) shared = { imported, directory: shareIndex(store, imported) };
    return shared.directory;
  };
}

async function shareIndex(store: Store, imported: string): Promise<SharedDirectory | null> {
  const data = await store.directory.index();
  if (data === undefined) return null;
  const bytes = Buffer.from(JSON.stringify(data), "utf8");
  const json = new SharedArrayBuffer(bytes.length);
  bytes.copy(new Uint8Array(json));
  return { imported, json };
}

let opened: { readonly imported: string; readonly directory: SecuritiesDirectory } | undefined;

/** On any thread: the shared directory opened for look-ups, once per import it came from. */
export function openSharedDirectory(shared: SharedDirectory | null): SecuritiesDirectory | null {
  if (shared === null) return null;
  if (opened?.imported !== shared.imported) {
    opened = { imported: shared.imported, directory: new SecuritiesDirectory(JSON.parse(Buffer.from(shared.json).toString("utf8")) as DirectoryIndexData) };
  }
  return opened.directory;
}

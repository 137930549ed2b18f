/**
 * What a face opens once and hands to the jobs: the store, the knowledge base, the project's folder.
 * The command line and the server reach them here, not in src/data or src/news.
 */
import { openStore, type Store } from "../data/store/index.js";

export { DEFAULT_STORE_PATH, STORE_ENV, openStore, type Store } from "../data/store/index.js";
export { loadKnowledge, projectRoot, type LoadedKnowledge } from "../news/knowledge/loadKnowledge.js";

/** Runs `work` on the store at `path` (see openStore for the default), closing it whatever happens. */
export async function withStore<T>(path: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(path);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

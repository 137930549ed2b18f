/** The API on a port: `serve()` opens what it is not given (store, knowledge), listens, and closes it all again. */
import type { AddressInfo } from "node:net";
import { serve as nodeServe, type ServerType } from "@hono/node-server";
import { loadKnowledge, openStore, type LoadedKnowledge, type Store } from "../pipeline/environment.js";
import { limitsFromEnv } from "../limits.js";
import { createApp, type AppDeps } from "./app.js";
import { JobPool } from "./jobPool.js";
import { startStallTrace, stopStallTrace } from "./stallTrace.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8470;

export interface ServeOptions extends Omit<AppDeps, "store" | "knowledge" | "jobs"> {
  /** Worker threads for extractions and studies (default: one fewer than the cores, at least one; 0 runs them on the request thread). */
  readonly threads?: number;
  /** Interface to listen on (default 127.0.0.1: this machine only). */
  readonly host?: string;
  /** Port (default 8470; 0 picks a free one). */
  readonly port?: number;
  /** An open store to use (left open by close()), else the store file to open (see storePath). */
  readonly store?: Store | string;
  readonly knowledge?: Pick<LoadedKnowledge, "entities" | "bySymbol">;
}

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  /** http://host:port */
  readonly url: string;
  readonly server: ServerType;
  readonly store: Store;
  /** Stops listening, waits for open requests, and closes the store if serve() opened it. */
  close(): Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const { host = DEFAULT_HOST, port = DEFAULT_PORT, store: storeOption, knowledge: knowledgeOption, threads, ...deps } = options;
  const tracing = startStallTrace();
  const knowledge = knowledgeOption ?? loadKnowledge();
  const ownStore = typeof storeOption !== "object";
  const store = typeof storeOption === "object" ? storeOption : await openStore(storeOption);
  const limits = deps.limits ?? limitsFromEnv();
  const jobs = threads === 0 ? undefined : new JobPool({ knowledge, limits, threads });
  try {
    const app = createApp({ ...deps, limits, store, knowledge, ...(jobs === undefined ? {} : { jobs }) });
    let server: ServerType | undefined;
    const info = await new Promise<AddressInfo>((resolve, reject) => {
      server = nodeServe({ fetch: app.fetch, hostname: host, port }, resolve);
      server.once("error", reject);
    });
    const listening = server!;
    const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
    return {
      host: info.address,
      port: info.port,
      url: `http://${shown}:${info.port}`,
      server: listening,
      store,
      close: () =>
        new Promise<void>((resolve, reject) => {
          listening.close((error) => {
            void (jobs?.close() ?? Promise.resolve()).finally(() => {
              if (tracing) stopStallTrace();
              if (ownStore) store.close();
              if (error) reject(error);
              else resolve();
            });
          });
          if ("closeIdleConnections" in listening) listening.closeIdleConnections();
        }),
    };
  } catch (error) {
    if (tracing) stopStallTrace();
    await jobs?.close();
    if (ownStore) store.close();
    throw error;
  }
}

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { projectRoot } from "../../pipeline/environment.js";
import type * as Server from "../../server/serve.js";
import { storeOption } from "../storeOption.js";

/** What the command needs of the server (src/server/serve.ts), given by main.ts, which loads it only for this command. */
export type ServerModule = Pick<typeof Server, "serve" | "DEFAULT_HOST" | "DEFAULT_PORT">;

interface ServeCommandOptions {
  host: string;
  port: number;
  data?: string;
  news?: string;
  store?: string;
}

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new InvalidArgumentError(`"${text}" is not a port (0 to 65535)`);
  return Number(text);
}

/** The shared data folder beside the project, when there is one. */
function defaultDataDir(): string | undefined {
  const dir = join(projectRoot(), "..", "shared", "data");
  return existsSync(dir) ? dir : undefined;
}

/** `aftershock serve`: the HTTP API and the web page, until interrupted. */
export function serveCommand(program: Command, server: ServerModule): void {
  const { DEFAULT_HOST, DEFAULT_PORT, serve } = server;
  program
    .command("serve")
    .description("serve the HTTP API (/api/...) and the web page (web/dist)")
    .option("--host <host>", "interface to listen on", DEFAULT_HOST)
    .option("--port <port>", "port to listen on (0: any free one)", parsePort, DEFAULT_PORT)
    .option(
      "--data <folder>",
      "folder of price files: studies import missing prices from it, imports by path read only inside it (default ../shared/data when present)",
    )
    .option("--news <folder>", "folder of example articles (default ../shared/news)")
    .addOption(storeOption())
    .action(async (opts: ServeCommandOptions) => {
      const dataDir = opts.data === undefined ? defaultDataDir() : resolve(opts.data);
      const running = await serve({
        host: opts.host,
        port: opts.port,
        ...(opts.store === undefined ? {} : { store: opts.store }),
        ...(dataDir === undefined ? {} : { dataDir }),
        ...(opts.news === undefined ? {} : { newsDir: resolve(opts.news) }),
      });
      process.stderr.write(
        `aftershock serving on ${running.url} (store ${running.store.path}${dataDir ? `, data ${dataDir}` : ", no data folder"}); Ctrl-C stops\n`,
      );
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          running.close().then(done, (e: unknown) => {
            process.stderr.write(`aftershock serve: ${String(e)}\n`);
            done();
          });
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    });
}

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { projectRoot } from "../../pipeline/environment.js";
import { InputError } from "../../shared/errors.js";
import { runArticle } from "./run.js";

/** The founding article, inside the sample data folder. */
const ARTICLE = "news/xi-meets-tech-bosses.txt";

/**
 * The sample data folder: `../shared` beside the folder the command is run from, else beside the
 * project, so that the demo runs from any folder of a checkout.
 */
export function sharedFolder(cwd: string = process.cwd()): string {
  const places = [resolve(cwd, "../shared"), resolve(projectRoot(), "../shared")];
  const found = places.find((p) => existsSync(resolve(p, ARTICLE)));
  if (found === undefined)
    throw new InputError({ file: places[0]! }, `the sample data is not there (looked for ${ARTICLE} in ${[...new Set(places)].join(" and ")})`);
  return found;
}

export function demoCommand(program: Command): void {
  program
    .command("demo")
    .description("the founding case: Xi Jinping's meeting with tech bosses (17 February 2025) from ../shared")
    .option("-o, --out <folder>", "where to write the report", "out")
    .action((opts: { out: string }) => {
      const shared = sharedFolder();
      return runArticle(resolve(shared, ARTICLE), {
        published: "2025-02-18",
        data: resolve(shared, "data"),
        model: "market-model",
        out: opts.out,
        format: "table",
      });
    });
}

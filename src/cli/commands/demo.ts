import { resolve } from "node:path";
import type { Command } from "commander";
import { runArticle } from "./run.js";

/** The founding case, from the sample data beside the project. */
const SHARED = resolve(process.cwd(), "../shared");

export function demoCommand(program: Command): void {
  program
    .command("demo")
    .description("the founding case: Xi Jinping's meeting with tech bosses (17 February 2025) from ../shared")
    .option("-o, --out <folder>", "where to write the report", "out")
    .action((opts: { out: string }) =>
      runArticle(resolve(SHARED, "news/xi-meets-tech-bosses.txt"), {
        published: "2025-02-18",
        data: resolve(SHARED, "data"),
        model: "market-model",
        out: opts.out,
        format: "table",
      }),
    );
}

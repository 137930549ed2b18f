import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Option, type Command } from "commander";
import { SingleBar } from "cli-progress";
import { openStore } from "../../data/store/index.js";
import { loadKnowledge } from "../../news/knowledge/loadKnowledge.js";
import { articleReportInput } from "../../pipeline/articleReport.js";
import { articleStudy } from "../../pipeline/articleStudy.js";
import { articleText } from "../../report/articleText.js";
import { writeReport } from "../../report/writeReport.js";
import type { EventWindow } from "../../study/eventWindow.js";
import { MODEL_NAMES, type ModelName } from "../../study/models/index.js";
import { EXIT } from "../exitCodes.js";
import { parseWindow } from "../parseWindow.js";
import { readInput } from "../readInput.js";
import { storeOption } from "../storeOption.js";

export interface RunOptions {
  published?: string;
  window?: EventWindow[];
  model: ModelName;
  benchmark?: string;
  out: string;
  data?: string;
  store?: string;
  format: "table" | "json";
  quiet?: boolean;
}

/** Runs the main job on one article and writes the report folder; shared by `run` and the demo. */
export async function runArticle(file: string, opts: RunOptions): Promise<void> {
  const [knowledge, text] = await Promise.all([loadKnowledge(), readInput(file)]);
  const store = await openStore(opts.store);
  const bar = opts.quiet ? undefined : new SingleBar({ format: "importing prices {bar} {value}/{total} files {file}", stream: process.stderr });
  try {
    const study = await articleStudy(text, store, {
      knowledge,
      ...(opts.published === undefined ? {} : { published: opts.published }),
      ...(opts.window === undefined ? {} : { windows: opts.window }),
      ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
      ...(opts.data === undefined ? {} : { dataDir: opts.data }),
      model: opts.model,
      onImport: (r, i, total) => {
        if (i === 1) bar?.start(total, 0, { file: "" });
        bar?.update(i, { file: r.file.split("/").slice(-2).join("/") });
        if (i === total) bar?.stop();
      },
    });
    const files = await writeReport(opts.out, articleReportInput(study, { name: file }));
    const imported = study.imported.filter((r) => !("error" in r)).length;
    const refusedFiles = study.imported.length - imported;
    await writeFile(join(opts.out, "event.json"), JSON.stringify(study.event, null, 2) + "\n");
    if (opts.format === "json") {
      process.stdout.write(JSON.stringify({ event: study.event, companies: study.companies, headline: study.headline, timing: study.timing, result: study.result }, null, 2) + "\n");
    } else if (!opts.quiet) {
      process.stdout.write(articleText(study) + "\n\n");
      process.stdout.write(`Report: ${files.html}\nResults: ${files.json}, ${files.csv}\nCharts: ${Object.values(files.charts).map((c) => c.svg).join(", ")} (and .png)\n`);
      process.stdout.write(
        `Done in ${(performance.now() / 1000).toFixed(2)} s since start; event: ${study.eventReused ? "reused from the store (same article, knowledge and rules)" : "extracted"}; ` +
          `prices: ${imported > 0 ? `${imported} file(s) imported into the store` : refusedFiles > 0 ? "none imported" : "all in the store (no import)"}` +
          `${refusedFiles > 0 ? `; ${refusedFiles} file(s) refused (reasons above)` : ""}.\n`,
      );
    }
    if (!study.result.events.some((e) => e.status === "ok")) process.exitCode = EXIT.noResult;
  } finally {
    bar?.stop();
    store.close();
  }
}

export function runCommand(program: Command): void {
  program
    .command("run")
    .description("the main job: article → event → securities → prices → study → report")
    .argument("<article>", 'article file (text or HTML), or "-" for standard input')
    .option("--published <date>", "publication date YYYY-MM-DD when the page does not give one")
    .option("--window <from,to>", "an event window in trading days, repeatable (default 0,0 -1,1 0,5)", parseWindow)
    .addOption(new Option("--model <model>", "return model").choices(MODEL_NAMES).default("market-model"))
    .option("--benchmark <symbol>", "one benchmark for every listing instead of each venue's index")
    .option("--data <folder>", "folder of price files to import what the store lacks from")
    .option("-o, --out <folder>", "where to write the report", "out")
    .addOption(new Option("-f, --format <format>", "standard output").choices(["table", "json"]).default("table"))
    .option("-q, --quiet", "print nothing but errors")
    .addOption(storeOption())
    .action((file: string, opts: RunOptions) => runArticle(file, opts));
}

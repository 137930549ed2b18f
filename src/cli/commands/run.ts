import { Option, type Command } from "commander";
import { SingleBar } from "cli-progress";
import { runArticleJob } from "../../pipeline/articleJob.js";
import { articleText } from "../../pipeline/articleReport.js";
import { parseAddCorrection, parseRoleCorrection, type EventCorrections } from "../../pipeline/corrections.js";
import { MODEL_NAMES, type ModelName } from "../../pipeline/vocabulary.js";
import { InputError } from "../../shared/errors.js";
import type { EventWindow } from "../../study/eventWindow.js";
import { EXIT } from "../exitCodes.js";
import { parseDate } from "../parseDate.js";
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
  event?: string;
  time?: string;
  role?: string[];
  add?: string[];
  drop?: string[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The reader's corrections given on the command line. */
function corrections(opts: RunOptions): EventCorrections | undefined {
  const c: EventCorrections = {
    ...(opts.role === undefined ? {} : { roles: opts.role.map(parseRoleCorrection) }),
    ...(opts.add === undefined ? {} : { add: opts.add.map(parseAddCorrection) }),
    ...(opts.drop === undefined ? {} : { drop: opts.drop }),
    ...(opts.time === undefined ? {} : { time: opts.time }),
  };
  return Object.keys(c).length > 0 ? c : undefined;
}

/** Runs the main job on one article (or an event document) and writes the report folder; shared by `run` and the demo. */
export async function runArticle(file: string | undefined, opts: RunOptions): Promise<void> {
  if ((file === undefined) === (opts.event === undefined))
    throw new InputError({ file: "run" }, "give an article file (or - for standard input), or --event FILE, not both");
  const fixes = corrections(opts);
  const bar = opts.quiet ? undefined : new SingleBar({ format: "importing prices {bar} {value}/{total} files {file}", stream: process.stderr });
  try {
    const { study, eventReused, directoryImported, files } = await runArticleJob(
      opts.event === undefined ? { article: () => readInput(file!), published: opts.published } : { eventJson: () => readInput(opts.event!), file: opts.event },
      opts.store,
      {
        ...(fixes === undefined ? {} : { corrections: fixes }),
        ...(opts.window === undefined ? {} : { windows: opts.window }),
        ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
        ...(opts.data === undefined ? {} : { dataDir: opts.data }),
        model: opts.model,
        out: opts.out,
        sourceName: file ?? opts.event!,
        onImport: (r, i, total) => {
          if (i === 1) bar?.start(total, 0, { file: "" });
          bar?.update(i, { file: r.file.split("/").slice(-2).join("/") });
          if (i === total) bar?.stop();
        },
      },
    );
    const imported = study.imported.filter((r) => !("error" in r)).length;
    const refusedFiles = study.imported.length - imported;
    if (opts.format === "json") {
      process.stdout.write(
        JSON.stringify({ event: study.event, companies: study.companies, headline: study.headline, timing: study.timing, result: study.result }, null, 2) +
          "\n",
      );
    } else if (!opts.quiet) {
      process.stdout.write(articleText(study) + "\n\n");
      process.stdout.write(
        `Report: ${files!.html}\nResults: ${files!.json}, ${files!.csv}\nEvent: ${files!.event} (edit it and run --event to study it again)\nCharts: ${Object.values(
          files!.charts,
        )
          .map((c) => c.svg)
          .join(", ")} (and .png)\n`,
      );
      process.stdout.write(
        `Done in ${(performance.now() / 1000).toFixed(2)} s since start; event: ${opts.event === undefined ? (eventReused ? "reused from the store (same article, knowledge and rules)" : "extracted") : `read from ${opts.event}`}; ` +
          `prices: ${imported > 0 ? `${imported} file(s) imported into the store` : refusedFiles > 0 ? "none imported" : "all in the store (no import)"}` +
          `${refusedFiles > 0 ? `; ${refusedFiles} file(s) refused (reasons above)` : ""}` +
          `${directoryImported === undefined ? "" : `; securities directory imported from ${directoryImported.folder} (${directoryImported.securities.toLocaleString("en")} securities)`}.\n`,
      );
    }
    if (!study.result.events.some((e) => e.status === "ok")) {
      // Said even with --quiet: a run that measures nothing must not pass for one that did.
      process.stderr.write(`aftershock: ${study.headline}\n`);
      process.exitCode = EXIT.noResult;
    }
  } finally {
    bar?.stop();
  }
}

export function runCommand(program: Command): void {
  program
    .command("run")
    .description("the main job: article → event → securities → prices → study → report")
    .argument("[article]", 'article file (text or HTML), or "-" for standard input; or --event FILE instead')
    .option("--event <file>", "study this event document (event.json of an earlier run, edited) instead of reading an article")
    .option("--published <date>", "publication date YYYY-MM-DD when the page does not give one", parseDate)
    .option("--time <datetime>", "when the news came out, with its UTC offset (2021-10-08T17:00+08:00): day 0 of each listing follows")
    .option("--role <name=role>", "correct a company's role (present, absent, target, mentioned), repeatable", collect)
    .option("--add <symbol[=role]>", "add a listing (to its company, or as a company of its own, role target by default), repeatable", collect)
    .option("--drop <name>", "leave a company out (by name, id or listing), repeatable", collect)
    .option("--window <from,to>", "an event window in trading days, repeatable (default 0,0 -1,1 0,5; with the time unknown also 0,1)", parseWindow)
    .addOption(new Option("--model <model>", "return model").choices(MODEL_NAMES).default("market-model"))
    .option("--benchmark <symbol>", "one benchmark for every listing instead of each venue's index")
    .option("--data <folder>", "folder of price files to import what the store lacks from")
    .option("-o, --out <folder>", "where to write the report", "out")
    .addOption(new Option("-f, --format <format>", "standard output").choices(["table", "json"]).default("table"))
    .option("-q, --quiet", "print nothing but errors")
    .addOption(storeOption())
    .action((file: string | undefined, opts: RunOptions) => runArticle(file, opts));
}

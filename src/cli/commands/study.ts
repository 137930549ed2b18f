import { createWriteStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { SingleBar } from "cli-progress";
import { Option, type Command } from "commander";
import { InputError } from "../../data/inputError.js";
import { studyComputationFromFile } from "../../pipeline/studyFromFile.js";
import { DOCUMENT_EVENT_LIMIT, writeStudyStream, type StreamFormat } from "../../report/studyStream.js";
import { writeStudyParquet } from "../../report/studyParquet.js";
import { studyText } from "../../report/studyText.js";
import { studyWorkbook } from "../../report/studyXlsx.js";
import { openStore } from "../../data/store/index.js";
import { studyComputationFromEvents } from "../../pipeline/studyFromEvents.js";
import type { EventWindow } from "../../study/eventWindow.js";
import { MODEL_NAMES, type ModelName } from "../../study/models/index.js";
import { studyDocument, type StudyComputation } from "../../study/runStudy.js";
import { EXIT } from "../exitCodes.js";
import { parseWindow } from "../parseWindow.js";
import { storeOption } from "../storeOption.js";

interface StudyCommandOptions {
  format: "table" | "json" | "xlsx" | "parquet" | StreamFormat;
  out?: string;
  model: ModelName;
  window?: EventWindow[];
  benchmark?: string;
  store?: string;
}

async function studyFromEventsFile(path: string, opts: StudyCommandOptions): Promise<{ title?: string; computation: StudyComputation }> {
  const store = await openStore(opts.store);
  try {
    const computation = await studyComputationFromEvents(path, store, {
      model: opts.model,
      ...(opts.window === undefined ? {} : { windows: opts.window }),
      ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
    });
    return { computation };
  } finally {
    store.close();
  }
}

/** Long outputs to a file show their progress on a terminal. */
const PROGRESS_FROM = 100_000;

/** Streams a format to the file (written beside it, then moved into place: never half written) or to standard output. */
async function writeStreamed(c: StudyComputation, format: StreamFormat, out: string | undefined): Promise<void> {
  if (!out) return writeStudyStream(c, format, process.stdout);
  const partial = `${out}.partial`;
  const n = c.input.events.length;
  const bar = process.stderr.isTTY && n >= PROGRESS_FROM ? new SingleBar({ format: `writing ${format} {bar} {value}/{total} events`, stream: process.stderr }) : undefined;
  bar?.start(n, 0);
  try {
    const file = createWriteStream(partial);
    await writeStudyStream(c, format, file, bar ? (written) => bar.update(written) : undefined);
    file.end();
    await finished(file);
    await rename(partial, out);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  } finally {
    bar?.stop();
  }
}

export function studyCommand(program: Command): void {
  program
    .command("study")
    .description("run an event study: a study file (JSON or YAML), or an events CSV on the stored prices")
    .argument("<spec>", "study file, or events CSV (security, date, optional id, group, market)")
    .addOption(
      new Option(
        "-f, --format <format>",
        `output format: table, json (the result document, up to ${DOCUMENT_EVENT_LIMIT.toLocaleString("en")} events), ` +
          "csv (a row per event and window), jsonl (a JSON object per line), columns (JSON, a column per field), parquet (needs --out), " +
            "xlsx (one workbook: events, daily abnormal returns, groups with their tests, comparisons, regressions, conventions; needs --out)",
      )
        .choices(["table", "json", "csv", "jsonl", "columns", "parquet", "xlsx"])
        .default("table"),
    )
    .option("-o, --out <file>", "write the output to a file instead of standard output")
    .addOption(new Option("--model <model>", "events CSV: return model").choices(MODEL_NAMES).default("market-model"))
    .option("--window <from,to>", "events CSV: an event window, repeatable (default 0,0 -1,1 0,5)", parseWindow)
    .option("--benchmark <symbol>", "events CSV: the market of events that name none (default: the exchange's index)")
    .addOption(storeOption())
    .action(async (spec: string, opts: StudyCommandOptions) => {
      if (opts.format === "parquet" && !opts.out) throw new InputError({ file: spec, field: "format" }, "Parquet output needs a file: add --out FILE.parquet");
      if (opts.format === "xlsx" && !opts.out) throw new InputError({ file: spec, field: "format" }, "--format xlsx writes a workbook: name its file with --out");
      const { title, computation: c } = spec.toLowerCase().endsWith(".csv") ? await studyFromEventsFile(spec, opts) : await studyComputationFromFile(spec);
      const events = c.input.events.length;
      if ((opts.format === "json" || opts.format === "xlsx") && events > DOCUMENT_EVENT_LIMIT) {
        throw new InputError(
          { file: spec, field: "format" },
          `the ${opts.format === "xlsx" ? "workbook" : "JSON result document"} holds at most ${DOCUMENT_EVENT_LIMIT.toLocaleString("en")} events (this study has ` +
            `${events.toLocaleString("en")}): use --format jsonl, columns, csv or parquet, which are written event by event`,
        );
      }
      if (opts.format === "parquet") await writeStudyParquet(c, opts.out!);
      else if (opts.format === "xlsx") await writeFile(opts.out!, await studyWorkbook(studyDocument(c), title));
      else if (opts.format === "table" || opts.format === "json") {
        const result = studyDocument(c);
        const text = opts.format === "json" ? JSON.stringify(result, null, 2) + "\n" : studyText(result, title) + "\n";
        if (opts.out) await writeFile(opts.out, text);
        else process.stdout.write(text);
      } else await writeStreamed(c, opts.format, opts.out);
      if (!c.groups[0] || c.groups[0].measured === 0) {
        process.stderr.write("aftershock: no event could be measured (see the reasons above)\n");
        process.exitCode = EXIT.noResult;
      }
    });
}

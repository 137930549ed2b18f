import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { InputError } from "../../data/inputError.js";
import { studyFromFile } from "../../pipeline/studyFromFile.js";
import { studyCsv } from "../../report/studyCsv.js";
import { studyText } from "../../report/studyText.js";
import { studyWorkbook } from "../../report/studyXlsx.js";
import { openStore } from "../../data/store/index.js";
import { studyFromEvents } from "../../pipeline/studyFromEvents.js";
import type { EventWindow } from "../../study/eventWindow.js";
import { MODEL_NAMES, type ModelName } from "../../study/models/index.js";
import type { StudyResult } from "../../study/results.js";
import { EXIT } from "../exitCodes.js";
import { parseWindow } from "../parseWindow.js";
import { storeOption } from "../storeOption.js";

interface StudyCommandOptions {
  format: "table" | "json" | "csv" | "xlsx";
  out?: string;
  model: ModelName;
  window?: EventWindow[];
  benchmark?: string;
  store?: string;
}

async function studyFromEventsFile(path: string, opts: StudyCommandOptions): Promise<{ title?: string; result: StudyResult }> {
  const store = await openStore(opts.store);
  try {
    const result = await studyFromEvents(path, store, {
      model: opts.model,
      ...(opts.window === undefined ? {} : { windows: opts.window }),
      ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
    });
    return { result };
  } finally {
    store.close();
  }
}

/** The result as JSON, CSV or a table for people. */
function studyOutput(result: StudyResult, format: "table" | "json" | "csv", title?: string): string {
  if (format === "json") return JSON.stringify(result, null, 2) + "\n";
  return format === "csv" ? studyCsv(result) : studyText(result, title) + "\n";
}

export function studyCommand(program: Command): void {
  program
    .command("study")
    .description("run an event study: a study file (JSON or YAML), or an events CSV on the stored prices")
    .argument("<spec>", "study file, or events CSV (security, date, optional id, group, market)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "csv", "xlsx"]).default("table"))
    .option("-o, --out <file>", "write the output to a file instead of standard output (xlsx: required)")
    .addOption(new Option("--model <model>", "events CSV: return model").choices(MODEL_NAMES).default("market-model"))
    .option("--window <from,to>", "events CSV: an event window, repeatable (default 0,0 -1,1 0,5)", parseWindow)
    .option("--benchmark <symbol>", "events CSV: the market of events that name none (default: the exchange's index)")
    .addOption(storeOption())
    .action(async (spec: string, opts: StudyCommandOptions) => {
      if (opts.format === "xlsx" && !opts.out) throw new InputError({ file: spec }, "--format xlsx writes a workbook: name its file with --out");
      const { title, result } = spec.toLowerCase().endsWith(".csv") ? await studyFromEventsFile(spec, opts) : await studyFromFile(spec);
      const text = opts.format === "xlsx" ? await studyWorkbook(result, title) : studyOutput(result, opts.format, title);
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
      if (!result.events.some((e) => e.status === "ok")) {
        process.stderr.write("aftershock: no event could be measured (see the reasons above)\n");
        process.exitCode = EXIT.noResult;
      }
    });
}

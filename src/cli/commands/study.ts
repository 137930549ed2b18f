import { SingleBar } from "cli-progress";
import { InvalidArgumentError, Option, type Command } from "commander";
import { studyComputationFromFile } from "../../pipeline/studyFromFile.js";
import { basename } from "node:path";
import {
  checkStudyOutput,
  STUDY_OUTPUT_FORMATS,
  studyOutputNeeds,
  writeStudyFolder,
  writeStudyOutput,
  type StudyOutputFormat,
} from "../../pipeline/studyOutput.js";
import { studyComputationFromStoredEvents } from "../../pipeline/studyFromEvents.js";
import {
  MODEL_NAMES,
  STUDY_KINDS,
  VOLATILITY_MEASURES,
  VOLUME_MARKETS,
  type ModelName,
  type StudyKind,
  type VolatilityMeasure,
  type VolumeMarket,
} from "../../pipeline/vocabulary.js";
import type { EventWindow } from "../../study/eventWindow.js";
import type { StudyComputation, StudyRunOptions } from "../../study/runStudy.js";
import { EXIT } from "../exitCodes.js";
import { parseWindow } from "../parseWindow.js";
import { storeOption } from "../storeOption.js";

interface StudyCommandOptions {
  format: StudyOutputFormat;
  out?: string;
  outDir?: string;
  model: ModelName;
  window?: EventWindow[];
  benchmark?: string;
  kind: StudyKind;
  volumeMarket: VolumeMarket;
  volatilityMeasure: VolatilityMeasure;
  store?: string;
  calendarTime?: number;
  calendarWeighting: "equal" | "value";
  calendarWeight?: string;
}

/** The calendar-time option the flags ask for, if any. */
function calendarTimeOption(opts: StudyCommandOptions): { calendarTime?: { horizon: number; weighting: "equal" | "value"; weight?: string } } {
  if (opts.calendarTime === undefined) return {};
  return {
    calendarTime: {
      horizon: opts.calendarTime,
      weighting: opts.calendarWeighting,
      ...(opts.calendarWeight === undefined ? {} : { weight: opts.calendarWeight }),
    },
  };
}

async function studyFromEventsFile(path: string, opts: StudyCommandOptions, run: StudyRunOptions): Promise<{ title?: string; computation: StudyComputation }> {
  const computation = await studyComputationFromStoredEvents(
    path,
    opts.store,
    {
      model: opts.model,
      kind: opts.kind,
      volumeMarket: opts.volumeMarket,
      volatilityMeasure: opts.volatilityMeasure,
      ...(opts.window === undefined ? {} : { windows: opts.window }),
      ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
      ...calendarTimeOption(opts),
    },
    run,
  );
  return { computation };
}

/** A horizon in trading days: a whole number, 0 or more. */
function parseHorizon(text: string): number {
  const h = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(h)) throw new InvalidArgumentError(`"${text}" is not a number of trading days (0, 1, 2, ...)`);
  return h;
}

/** Studies of this many events show their progress on a terminal. */
const PROGRESS_FROM = 100_000;

/**
 * The progress of a long study on standard error, when that is a terminal: one bar per stage (measuring
 * the events, running the tests, writing the output), each redrawn at most ten times a second. Shown
 * from PROGRESS_FROM events; nothing at all when standard error is a file or a pipe.
 */
class StudyProgressBar {
  private bar: SingleBar | undefined;
  private stage = "";
  private shown = false;

  update(stage: string, done: number, total: number, unit: string): void {
    if (stage === "measuring") this.shown = total >= PROGRESS_FROM;
    if (!this.shown) return;
    if (stage !== this.stage) {
      this.stop();
      this.stage = stage;
      this.bar = new SingleBar({ format: `${stage.padEnd(12)} {bar} {value}/{total} ${unit}`, stream: process.stderr, fps: 10 });
      this.bar.start(total, done);
    } else this.bar?.update(done);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
    this.stage = "";
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
        "output format: table, json (the result document, for studies of a stated size: the error gives it), " +
          "csv (a row per event and window), jsonl (a JSON object per line), columns (JSON, a column per field), parquet (needs --out), " +
          "xlsx (one workbook: events, daily abnormal returns, groups with their tests, comparisons, regressions, conventions; needs --out)",
      )
        .choices(STUDY_OUTPUT_FORMATS)
        .default("table"),
    )
    .option("-o, --out <file>", "write the output to a file instead of standard output")
    .option(
      "--out-dir <folder>",
      "also write a folder: events.csv, daily-abnormal-returns.csv, groups.csv, group-days.csv, tests.csv, comparisons.csv, regressions.csv, " +
        "conventions.json, and the report of `run` (report.html, results.json, results.csv, charts as SVG and PNG)",
    )
    .addOption(new Option("--model <model>", "events CSV: return model").choices(MODEL_NAMES).default("market-model"))
    .option("--window <from,to>", "events CSV: an event window, repeatable (default 0,0 -1,1 0,5)", parseWindow)
    .addOption(
      new Option(
        "--kind <kind>",
        "events CSV: what to measure: abnormal returns, abnormal trading volume (log volume, Campbell & Wasley 1996), or abnormal volatility (AR²/s², tested against 1)",
      )
        .choices(STUDY_KINDS)
        .default("returns"),
    )
    .addOption(
      new Option(
        "--volume-market <market>",
        "events CSV, --kind volume: the market's log volume: each event's market index's own volume, or the equal-weighted mean of the events' securities",
      )
        .choices(VOLUME_MARKETS)
        .default("benchmark"),
    )
    .addOption(
      new Option(
        "--volatility-measure <measure>",
        "events CSV, --kind volatility: AR²/s² of the return model, or Parkinson's high-low range variance over its estimation mean (needs stored highs and lows)",
      )
        .choices(VOLATILITY_MEASURES)
        .default("squared-abnormal-return"),
    )
    .option("--benchmark <symbol>", "events CSV: the market of events that name none (default: the exchange's index)")
    .option(
      "--calendar-time <H>",
      "calendar-time portfolios: per group, the firms within [0, H] trading days of their events, and the portfolio's Fama-French 3 and Carhart 4 alpha (needs the study file's factors)",
      parseHorizon,
    )
    .addOption(
      new Option("--calendar-weighting <weighting>", "calendar-time portfolios: equal weights, or value weights from --calendar-weight")
        .choices(["equal", "value"])
        .default("equal"),
    )
    .option("--calendar-weight <covariate>", "calendar-time portfolios: the event covariate holding each firm's market capitalisation (value weighting)")
    .addOption(storeOption())
    .action(async (spec: string, opts: StudyCommandOptions) => {
      checkStudyOutput({ format: opts.format, out: opts.out, source: spec });
      const bar = process.stderr.isTTY ? new StudyProgressBar() : undefined;
      const run: StudyRunOptions = {
        ...studyOutputNeeds(opts.format, opts.outDir !== undefined),
        ...(bar ? { onProgress: (stage, done, total) => bar.update(stage, done, total, stage === "measuring" ? "events" : "tests") } : {}),
      };
      let c: StudyComputation;
      let title: string | undefined;
      try {
        ({ title, computation: c } = spec.toLowerCase().endsWith(".csv")
          ? await studyFromEventsFile(spec, opts, run)
          : await studyComputationFromFile(spec, calendarTimeOption(opts), run));
      } finally {
        bar?.stop();
      }
      const events = c.input.events.length;
      // The written events, on a terminal, for the formats written event by event into a file.
      const streamed = opts.format === "csv" || opts.format === "jsonl" || opts.format === "columns";
      const writing = streamed && opts.out !== undefined ? bar : undefined;
      try {
        await writeStudyOutput(c, {
          format: opts.format,
          out: opts.out,
          title,
          source: spec,
          ...(writing ? { onWritten: (n: number) => writing.update(`writing ${opts.format}`, n, events, "events") } : {}),
        });
      } finally {
        bar?.stop();
      }
      if (opts.outDir !== undefined) {
        const { report, tables } = await writeStudyFolder(c, opts.outDir, { title: title ?? `Event study: ${basename(spec)}`, source: spec });
        if (opts.format === "table" && opts.out === undefined) {
          process.stdout.write(
            `\nReport: ${report.html}\nResults: ${report.json}, ${report.csv}\nTables: ${Object.values(tables).join(", ")}\nCharts: ${Object.values(
              report.charts,
            )
              .map((x) => x.svg)
              .join(", ")} (and .png)\n`,
          );
        }
      }
      if (!c.groups[0] || c.groups[0].measured === 0) {
        process.stderr.write("aftershock: no event could be measured (see the reasons above)\n");
        process.exitCode = EXIT.noResult;
      }
    });
}

/**
 * A study's output in the format asked for: the result document (JSON, a table for people, an xlsx
 * workbook) for studies up to a stated size, or formats streamed from the columns (CSV, JSON Lines,
 * columnar JSON, Parquet) at any size. A file is written beside its target and moved into place only
 * when complete, so a failed run never leaves half a file.
 */
import { createWriteStream, existsSync, statSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { InputError } from "../data/inputError.js";
import { DOCUMENT_EVENT_LIMIT, writeStudyStream, type StreamFormat } from "../report/studyStream.js";
import { writeStudyParquet } from "../report/studyParquet.js";
import { studyText } from "../report/studyText.js";
import { studyWorkbook } from "../report/studyXlsx.js";
import { writeReport, type ReportFiles } from "../report/writeReport.js";
import { writeStudyTables } from "../report/writeStudyTables.js";
import { studyDocument, type StudyComputation, type StudyRunOptions } from "../study/runStudy.js";

export const STUDY_OUTPUT_FORMATS = ["table", "json", "csv", "jsonl", "columns", "parquet", "xlsx"] as const;
export type StudyOutputFormat = (typeof STUDY_OUTPUT_FORMATS)[number];

/**
 * What a study's outputs read beyond its tests: each event's days for every format that lists them and
 * for the report folder; not for the CSV table or Parquet (one row per event and window), which spares
 * the engine a date and a variance per event and day.
 */
export function studyOutputNeeds(format: StudyOutputFormat, folder: boolean): StudyRunOptions {
  return { eventDays: folder || !(format === "csv" || format === "parquet") };
}

const DOCUMENT_FORMATS: ReadonlySet<StudyOutputFormat> = new Set(["table", "json", "xlsx"]);
const FILE_ONLY: Readonly<Partial<Record<StudyOutputFormat, string>>> = {
  parquet: "Parquet output needs a file: add --out FILE.parquet",
  xlsx: "--format xlsx writes a workbook: name its file with --out",
};

export interface StudyOutputOptions {
  readonly format: StudyOutputFormat;
  /** The file to write; standard output when absent (not for Parquet or xlsx). */
  readonly out?: string | undefined;
  readonly title?: string | undefined;
  /** The study's input file, named in errors. */
  readonly source: string;
  /** Called with the number of events written so far, for a progress bar. */
  readonly onWritten?: (events: number) => void;
}

/**
 * Refuses what cannot be written before the study runs: a file-only format without a file, and an
 * `--out` that names a folder (one ending in a slash, or an existing one), which `--out-dir` is for.
 */
export function checkStudyOutput(options: Pick<StudyOutputOptions, "format" | "out" | "source">): void {
  const fileOnly = FILE_ONLY[options.format];
  if (fileOnly !== undefined && !options.out) throw new InputError({ file: options.source, field: "format" }, fileOnly);
  const out = options.out;
  if (out !== undefined && (/[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory()))) {
    throw new InputError(
      { file: out, field: "out" },
      "is a folder: --out names one file; write the CSV tables, the report and its charts into a folder with --out-dir FOLDER",
    );
  }
}

/** Writes the study in its format to the file or to standard output. */
export async function writeStudyOutput(c: StudyComputation, options: StudyOutputOptions): Promise<void> {
  checkStudyOutput(options);
  const { format, out, title } = options;
  const events = c.input.events.length;
  if (DOCUMENT_FORMATS.has(format) && format !== "table" && events > DOCUMENT_EVENT_LIMIT) {
    throw new InputError(
      { file: options.source, field: "format" },
      `the ${format === "xlsx" ? "workbook" : "JSON result document"} holds at most ${DOCUMENT_EVENT_LIMIT.toLocaleString("en")} events (this study has ` +
        `${events.toLocaleString("en")}): use --format jsonl, columns, csv or parquet, which are written event by event`,
    );
  }
  if (format === "parquet") return writeStudyParquet(c, out!);
  if (DOCUMENT_FORMATS.has(format)) {
    const result = studyDocument(c);
    const body =
      format === "xlsx" ? await studyWorkbook(result, title) : format === "json" ? JSON.stringify(result, null, 2) + "\n" : studyText(result, title) + "\n";
    if (!out) {
      process.stdout.write(body);
      return;
    }
    return whole(out, (partial) => writeFile(partial, body));
  }
  const stream = format as StreamFormat;
  if (!out) return writeStudyStream(c, stream, process.stdout);
  return whole(out, async (partial) => {
    const file = createWriteStream(partial);
    await writeStudyStream(c, stream, file, options.onWritten);
    file.end();
    await finished(file);
  });
}

/** What `writeStudyFolder` wrote: the report's files and the tables, by file name. */
export interface StudyFolderFiles {
  readonly report: ReportFiles;
  readonly tables: Readonly<Record<string, string>>;
}

/**
 * Writes a study's folder: the CSV table set and conventions (events, daily abnormal returns, groups,
 * group days, tests, comparisons, regressions) and the same report as the main job (report.html,
 * results.json, results.csv, the charts as SVG and PNG). Studies up to the result document's size only:
 * the report and results.json hold every event.
 */
export async function writeStudyFolder(
  c: StudyComputation,
  dir: string,
  options: { readonly title: string; readonly source: string },
): Promise<StudyFolderFiles> {
  const events = c.input.events.length;
  if (events > DOCUMENT_EVENT_LIMIT) {
    throw new InputError(
      { file: options.source, field: "out-dir" },
      `the report folder holds at most ${DOCUMENT_EVENT_LIMIT.toLocaleString("en")} events (this study has ${events.toLocaleString("en")}): ` +
        "use --format jsonl, columns, csv or parquet with --out, which are written event by event",
    );
  }
  const result = studyDocument(c);
  const tables = await writeStudyTables(dir, result);
  const report = await writeReport(dir, { title: options.title, result });
  return { report, tables };
}

/** Writes `out` through a file beside it, moved into place only when complete. */
async function whole(out: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${out}.partial`;
  try {
    await write(partial);
    await rename(partial, out);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
}

import type { Writable } from "node:stream";
import { windowLabel } from "../study/eventWindow.js";
import { unmeasuredText } from "../shared/eventReasons.js";
import { NO_DAY, statusCode, type EventTable } from "../study/eventTable.js";
import { eventTDf, eventWindowFigures, memoizedIsoDate, requireEventDays, type EventWindowFigures, type StudyComputation } from "../study/runStudy.js";
import { RESULT_SCHEMA } from "../study/results.js";

/**
 * A study written straight from its columns to a stream, in chunks: no object per event, no text of the
 * whole result. `csv` is studyCsv's table (one row per event and window); `jsonl` one JSON object per
 * line (the study's conventions, then each event as the result document has it, then each group,
 * comparison and regression); `columns` one JSON document holding each event field as an array.
 */
export type StreamFormat = "csv" | "jsonl" | "columns";

/** Above this many events the pretty JSON document (an object per event and day, one string) is refused. */
export const DOCUMENT_EVENT_LIMIT = 100_000;

const LINES_SCHEMA = "aftershock.study-lines/1";
const COLUMNS_SCHEMA = "aftershock.study-columns/1";

const CHUNK = 1 << 20;
/** Text gathered before it is encoded: short enough to die young, so the collector never copies it. */
const TEXT_CHUNK = 1 << 16;

/**
 * Text encoded into one of two reused byte buffers of a few megabytes; a full buffer is handed to the
 * stream while the other fills, and is reused only once the stream has written it. No string outlives
 * a few rows and no buffer is allocated per chunk, so a million-event output costs little collection.
 * `put` returns a promise only when it had to wait; `flush` waits for every byte to be written.
 */
class ChunkedWriter {
  private text = "";
  private buffers: [Buffer, Buffer] = [Buffer.allocUnsafe(4 * CHUNK), Buffer.allocUnsafe(4 * CHUNK)];
  private used = 0;
  private written: Promise<void> = Promise.resolve();
  private error: Error | undefined;
  constructor(private readonly out: Writable) {}

  put(s: string): Promise<void> | undefined {
    this.text += s;
    return this.text.length >= TEXT_CHUNK ? this.encode() : undefined;
  }

  async flush(): Promise<void> {
    await this.encode();
    await this.handOver();
    await this.written;
    if (this.error) throw this.error;
  }

  /** The gathered text into the filling buffer (at most 3 bytes a UTF-16 unit); a text larger than a buffer is written as it is. */
  private async encode(): Promise<void> {
    const text = this.text;
    this.text = "";
    if (text === "") return;
    const buffer = this.buffers[0];
    if (this.used + 3 * text.length > buffer.length) await this.handOver();
    if (3 * text.length > buffer.length) {
      await this.send(Buffer.from(text, "utf8"));
      return;
    }
    this.used += this.buffers[0].write(text, this.used, "utf8");
  }

  /** The filling buffer to the stream, once its previous write is done; the other buffer fills next. */
  private async handOver(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffers[0].subarray(0, this.used);
    this.buffers = [this.buffers[1], this.buffers[0]];
    this.used = 0;
    await this.send(full);
  }

  /** Waits for the write before this one (its buffer is the one filling next), then starts this one. */
  private async send(bytes: Buffer): Promise<void> {
    await this.written;
    if (this.error) throw this.error;
    this.written = new Promise<void>((resolve) => {
      this.out.write(bytes, (e) => {
        if (e) this.error ??= e;
        resolve();
      });
    });
  }
}

/** RFC 4180 quoting where needed (as studyCsv). */
function csvText(s: string | undefined): string {
  if (s === undefined) return "";
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const csvNumber = (v: number): string => (Number.isFinite(v) ? String(v) : "");
/** A number as JSON.stringify writes it (non-finite as null). */
const jsonNumber = (v: number): string => (Number.isFinite(v) ? String(v) : "null");
const jsonText = (s: string): string => JSON.stringify(s);

/** Told how many events are written so far, of how many (every PROGRESS_STEP events and at the end). */
export type StreamProgress = (written: number, total: number) => void;
const PROGRESS_STEP = 10_000;

export async function writeStudyStream(c: StudyComputation, format: StreamFormat, out: Writable, progress?: StreamProgress): Promise<void> {
  const w = new ChunkedWriter(out);
  const n = c.input.events.length;
  const step = (k: number): void => {
    if (progress && (k + 1) % PROGRESS_STEP === 0) progress(k + 1, n);
  };
  if (format === "csv") await writeCsv(c, w, step);
  else {
    requireEventDays(c.table);
    if (format === "jsonl") await writeLines(c, w, step);
    else await writeColumns(c, w);
  }
  await w.flush();
  progress?.(n, n);
}

/** The columns of a study's per-event CSV, in order: the file written whole and the one streamed share them. */
export const STUDY_CSV_HEADER = [
  "id",
  "security",
  "market",
  "group",
  "event_date",
  "day0",
  "status",
  "reason",
  "window",
  "car",
  "se",
  "t",
  "p_value",
  "bhar",
] as const;

async function writeCsv(c: StudyComputation, w: ChunkedWriter, step: (k: number) => void): Promise<void> {
  const { table, options, convention } = c;
  const dateText = memoizedIsoDate();
  const labels = options.windows.map((window) => csvText(windowLabel(window)));
  const f: EventWindowFigures = { car: 0, se: 0, t: 0, pValue: 0, bhar: 0 };
  // A volume or volatility study says so on every row; a returns study keeps the columns it always had.
  const kind = options.kind === "returns" ? "" : `,${options.kind}`;
  await w.put(STUDY_CSV_HEADER.join(",") + (kind ? ",kind" : "") + "\n");
  const events = c.input.events;
  for (let k = 0; k < events.length; k++) {
    step(k);
    const e = events[k]!;
    const day0 = table.day0[k]!;
    const base =
      `${csvText(e.id)},${csvText(e.security)},${csvText(e.market)},${csvText(e.group)},${dateText(e.date)},` +
      `${day0 === NO_DAY ? "" : dateText(day0)},${statusCode(table, k)},${csvText(reasonText(table, k))},`;
    if (table.status[k] !== 0) {
      const waiting = w.put(`${base},,,,,${kind}\n`);
      if (waiting) await waiting;
      continue;
    }
    const df = eventTDf(table, k, convention);
    let rows = "";
    for (let j = 0; j < labels.length; j++) {
      eventWindowFigures(table, k, j, convention, options.alternative, df, f);
      rows += `${base}${labels[j]},${csvNumber(f.car)},${csvNumber(f.se)},${csvNumber(f.t)},${csvNumber(f.pValue)},${csvNumber(f.bhar)}${kind}\n`;
    }
    const waiting = w.put(rows);
    if (waiting) await waiting;
  }
}

/** Event k's reason as the result document writes it: "measured", or the sentence of its code and data. */
function reasonText(table: EventTable, k: number): string {
  const unmeasured = table.unmeasured[k];
  return unmeasured === undefined ? "measured" : unmeasuredText(unmeasured);
}

/** Event k as the result document's event object, written as JSON text. */
function eventJson(c: StudyComputation, k: number, dateText: (day: number) => string, f: EventWindowFigures): string {
  const { table, options, convention, model } = c;
  const e = c.input.events[k]!;
  const day0 = table.day0[k]!;
  let s =
    `{"id":${jsonText(e.id)},"security":${jsonText(e.security)}` +
    (e.market === undefined ? "" : `,"market":${jsonText(e.market)}`) +
    (e.group === undefined ? "" : `,"group":${jsonText(e.group)}`) +
    `,"eventDate":"${dateText(e.date)}"` +
    (day0 === NO_DAY ? "" : `,"day0":"${dateText(day0)}"`) +
    `,"status":"${statusCode(table, k)}","reason":${jsonText(reasonText(table, k))}` +
    (table.unmeasured[k] === undefined ? "" : `,"detail":${JSON.stringify(table.unmeasured[k])}`);
  if (table.status[k] !== 0) return s + `,"days":[],"windows":[]}`;
  const m = table.m[k]!;
  s += `,"estimation":{"from":"${dateText(table.estimationFirst[k]!)}","to":"${dateText(table.estimationLast[k]!)}","days":${jsonNumber(m)}}`;
  s += `,"parameters":{${model.parameters.map((name, j) => `${jsonText(name)}:${jsonNumber(table.coef[k * table.parameters + j]!)}`).join(",")}}`;
  s += `,"residualSd":${jsonNumber(Math.sqrt(table.s2[k]!))},"rSquared":${jsonNumber(table.r2[k]!)},"days":[`;
  const grid = table.grid;
  const span = grid.spanLength;
  const at = k * grid.days.length + grid.estimationLength;
  for (let d = 0; d < span; d++) {
    const ar = table.ar[at + d]!;
    const se = Math.sqrt(table.arVariance[k * span + d]!);
    s += `${d > 0 ? "," : ""}{"day":${grid.span[0] + d},"date":"${dateText(table.spanDates[k * span + d]!)}","ar":${jsonNumber(ar)},"se":${jsonNumber(se)},"t":${jsonNumber(ar / se)}}`;
  }
  s += `],"windows":[`;
  const df = eventTDf(table, k, convention);
  for (let j = 0; j < options.windows.length; j++) {
    eventWindowFigures(table, k, j, convention, options.alternative, df, f);
    const [a, b] = options.windows[j]!;
    s +=
      `${j > 0 ? "," : ""}{"window":[${a},${b}],"car":${jsonNumber(f.car)},"se":${jsonNumber(f.se)},"t":${jsonNumber(f.t)},` +
      `"pValue":${jsonNumber(f.pValue)},"bhar":${jsonNumber(f.bhar)}}`;
  }
  return s + "]}";
}

async function writeLines(c: StudyComputation, w: ChunkedWriter, step: (k: number) => void): Promise<void> {
  const dateText = memoizedIsoDate();
  const f: EventWindowFigures = { car: 0, se: 0, t: 0, pValue: 0, bhar: 0 };
  await w.put(JSON.stringify({ record: "study", schema: LINES_SCHEMA, result: RESULT_SCHEMA, conventions: c.conventions }) + "\n");
  for (let k = 0; k < c.input.events.length; k++) {
    step(k);
    const waiting = w.put(`{"record":"event",${eventJson(c, k, dateText, f).slice(1)}\n`);
    if (waiting) await waiting;
  }
  for (const g of c.groups) await w.put(JSON.stringify({ record: "group", ...g }) + "\n");
  for (const x of c.comparisons) await w.put(JSON.stringify({ record: "comparison", ...x }) + "\n");
  for (const r of c.regressions) await w.put(JSON.stringify({ record: "regression", ...r }) + "\n");
}

/** Writes `"name":[v0,v1,...]` over every event, a value's text from `cell(k)`. */
async function column(w: ChunkedWriter, name: string, n: number, cell: (k: number) => string, first = false): Promise<void> {
  await w.put(`${first ? "" : ","}\n${jsonText(name)}:[`);
  let s = "";
  for (let k = 0; k < n; k++) {
    s += (k > 0 ? "," : "") + cell(k);
    if (s.length >= TEXT_CHUNK) {
      await w.put(s);
      s = "";
    }
  }
  await w.put(s + "]");
}

async function writeColumns(c: StudyComputation, w: ChunkedWriter): Promise<void> {
  const { table, options, convention, model } = c;
  const events = c.input.events;
  const n = events.length;
  const dateText = memoizedIsoDate();
  const ok = (k: number): boolean => table.status[k] === 0;
  const date = (day: number): string => `"${dateText(day)}"`;
  const grid = table.grid;
  const span = grid.spanLength;
  const cols = grid.days.length;
  const nw = options.windows.length;
  const perDay = (k: number, f: (d: number) => string): string => {
    if (!ok(k)) return "null";
    let s = "[";
    for (let d = 0; d < span; d++) s += (d > 0 ? "," : "") + f(d);
    return s + "]";
  };
  const f: EventWindowFigures = { car: 0, se: 0, t: 0, pValue: 0, bhar: 0 };
  const perWindow = (k: number, pick: (x: EventWindowFigures) => number): string => {
    if (!ok(k)) return "null";
    const df = eventTDf(table, k, convention);
    let s = "[";
    for (let j = 0; j < nw; j++) s += (j > 0 ? "," : "") + jsonNumber(pick(eventWindowFigures(table, k, j, convention, options.alternative, df, f)));
    return s + "]";
  };
  await w.put(`{"schema":"${COLUMNS_SCHEMA}","result":"${RESULT_SCHEMA}","conventions":${JSON.stringify(c.conventions)},"events":{`);
  await column(w, "id", n, (k) => jsonText(events[k]!.id), true);
  await column(w, "security", n, (k) => jsonText(events[k]!.security));
  await column(w, "market", n, (k) => (events[k]!.market === undefined ? "null" : jsonText(events[k]!.market!)));
  await column(w, "group", n, (k) => (events[k]!.group === undefined ? "null" : jsonText(events[k]!.group!)));
  await column(w, "eventDate", n, (k) => date(events[k]!.date));
  await column(w, "day0", n, (k) => (table.day0[k] === NO_DAY ? "null" : date(table.day0[k]!)));
  await column(w, "status", n, (k) => `"${statusCode(table, k)}"`);
  await column(w, "reason", n, (k) => jsonText(reasonText(table, k)));
  await column(w, "detail", n, (k) => (table.unmeasured[k] === undefined ? "null" : JSON.stringify(table.unmeasured[k])));
  await column(w, "estimationFrom", n, (k) => (ok(k) ? date(table.estimationFirst[k]!) : "null"));
  await column(w, "estimationTo", n, (k) => (ok(k) ? date(table.estimationLast[k]!) : "null"));
  await column(w, "estimationDays", n, (k) => (ok(k) ? jsonNumber(table.m[k]!) : "null"));
  for (const [j, name] of model.parameters.entries()) await column(w, name, n, (k) => jsonNumber(table.coef[k * table.parameters + j]!));
  await column(w, "residualSd", n, (k) => jsonNumber(Math.sqrt(table.s2[k]!)));
  await column(w, "rSquared", n, (k) => jsonNumber(table.r2[k]!));
  await w.put(`,\n"days":${JSON.stringify(Array.from({ length: span }, (_, d) => grid.span[0] + d))}`);
  await column(w, "date", n, (k) => perDay(k, (d) => date(table.spanDates[k * span + d]!)));
  await column(w, "ar", n, (k) => perDay(k, (d) => jsonNumber(table.ar[k * cols + grid.estimationLength + d]!)));
  await column(w, "arSe", n, (k) => perDay(k, (d) => jsonNumber(Math.sqrt(table.arVariance[k * span + d]!))));
  await column(w, "arT", n, (k) => perDay(k, (d) => jsonNumber(table.ar[k * cols + grid.estimationLength + d]! / Math.sqrt(table.arVariance[k * span + d]!))));
  await w.put(`,\n"windows":${JSON.stringify(options.windows)}`);
  await column(w, "car", n, (k) => perWindow(k, (x) => x.car));
  await column(w, "carSe", n, (k) => perWindow(k, (x) => x.se));
  await column(w, "carT", n, (k) => perWindow(k, (x) => x.t));
  await column(w, "carPValue", n, (k) => perWindow(k, (x) => x.pValue));
  await column(w, "bhar", n, (k) => perWindow(k, (x) => x.bhar));
  await w.put(`},\n"groups":${JSON.stringify(c.groups)},\n"comparisons":${JSON.stringify(c.comparisons)},\n"regressions":${JSON.stringify(c.regressions)}}\n`);
}

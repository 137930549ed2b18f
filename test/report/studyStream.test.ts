import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { studyCsv } from "../../src/report/studyCsv.js";
import { writeStudyParquet } from "../../src/report/studyParquet.js";
import { writeStudyStream, type StreamFormat } from "../../src/report/studyStream.js";
import type { Series } from "../../src/series.js";
import type { EventResult } from "../../src/study/results.js";
import { computeStudy, studyDocument, type StudyComputation } from "../../src/study/runStudy.js";
import { seededUniform } from "../support/seededUniform.js";

/** Three securities, two groups, a code with a leading zero, an id needing CSV quotes, and events that cannot be measured. */
function study(): StudyComputation {
  const u = seededUniform(3);
  const dates = Int32Array.from({ length: 300 }, (_, i) => 18_000 + i);
  const market = Float64Array.from(dates, () => (u() - 0.5) * 0.02);
  const securities = new Map<string, Series>(
    ["0700", "BIDU", "JD"].map((name, s) => [name, { dates, values: Float64Array.from(market, (m) => 0.8 * m + s * 1e-4 + (u() - 0.5) * 0.01) }]),
  );
  return computeStudy({
    securities,
    markets: new Map([["M", { dates, values: market }]]),
    defaultMarket: "M",
    events: [
      { id: 'a, "quoted"', security: "0700", date: 18_250, group: "present" },
      { id: "b", security: "BIDU", date: 18_260, group: "absent" },
      { id: "c", security: "JD", date: 18_255, group: "present" },
      { id: "d", security: "JD", date: 18_270, group: "absent" },
      { id: "e", security: "NONE", date: 18_250, group: "absent" },
      { id: "f", security: "BIDU", date: 18_298, group: "present" },
    ],
    options: {
      estimation: [-200, -11],
      windows: [
        [-2, 2],
        [0, 0],
      ],
      minEstimationDays: 100,
    },
  });
}

async function streamed(c: StudyComputation, format: StreamFormat): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  await writeStudyStream(c, format, out);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

describe("study outputs streamed from the columns", () => {
  const c = study();
  const document = studyDocument(c);

  it("CSV: the same text as the CSV of the result document", async () => {
    expect(document.events.filter((e) => e.status !== "ok").length).toBe(2);
    expect(await streamed(c, "csv")).toBe(studyCsv(document));
  });

  it("tells its progress: every 10,000 events and at the end", async () => {
    const calls: [number, number][] = [];
    await writeStudyStream(c, "jsonl", new PassThrough().resume(), (written, total) => calls.push([written, total]));
    expect(calls).toEqual([[6, 6]]);
  });

  it("JSON Lines: the conventions, each event as the result document has it, then the groups and comparisons", async () => {
    const lines = (await streamed(c, "jsonl"))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ record: "study", schema: "aftershock.study-lines/1", result: "aftershock.study/1" });
    expect(lines[0]!["conventions"]).toEqual(document.conventions);
    const events = lines.filter((l) => l["record"] === "event").map(({ record: _record, ...e }) => e);
    expect(events).toEqual(JSON.parse(JSON.stringify(document.events)));
    expect(lines.filter((l) => l["record"] === "group").map(({ record: _record, ...g }) => g)).toEqual(JSON.parse(JSON.stringify(document.groups)));
    expect(lines.filter((l) => l["record"] === "comparison")).toHaveLength(document.comparisons.length);
  });

  it("columns: one array per field, each entry the result document's value for that event", async () => {
    const doc = JSON.parse(await streamed(c, "columns")) as { schema: string; events: Record<string, unknown[]> };
    expect(doc.schema).toBe("aftershock.study-columns/1");
    const ev = doc.events;
    document.events.forEach((e: EventResult, k) => {
      expect(ev["id"]![k]).toBe(e.id);
      expect(ev["status"]![k]).toBe(e.status);
      expect(ev["day0"]![k]).toBe(e.day0 ?? null);
      if (e.status !== "ok") return expect(ev["car"]![k]).toBeNull();
      expect(ev["beta"]![k]).toBe(e.parameters!["beta"]);
      expect(ev["ar"]![k]).toEqual(e.days.map((d) => d.ar));
      expect(ev["date"]![k]).toEqual(e.days.map((d) => d.date));
      expect(ev["carPValue"]![k]).toEqual(e.windows.map((w) => w.pValue));
    });
  });

  it("Parquet: DuckDB reads back the CSV table's rows and values, codes kept as text", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "aftershock-")), "study.parquet");
    await writeStudyParquet(c, path);
    expect(readFileSync(path).subarray(0, 4).toString()).toBe("PAR1");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    const rows = (
      await conn.runAndReadAll(`SELECT id, security, event_date::VARCHAR AS d, "window", car, p_value, status FROM read_parquet('${path}')`)
    ).getRowObjectsJson();
    conn.closeSync();
    db.closeSync();
    const csvRows = studyCsv(document).trimEnd().split("\n").length - 1;
    expect(rows).toHaveLength(csvRows);
    expect(rows[0]).toMatchObject({ id: 'a, "quoted"', security: "0700", d: document.events[0]!.eventDate, window: "[-2,+2]" });
    expect(rows[0]!["car"]).toBe(document.events[0]!.windows[0]!.car);
    expect(rows.find((r) => r["status"] === "unknown-security")!["car"]).toBeNull();
  });
});

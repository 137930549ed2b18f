import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { aftershock } from "../support/cli.js";
import { hasShared } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-xlsx-"));

describe.skipIf(!hasShared)("aftershock study --format xlsx", () => {
  it("writes one workbook a spreadsheet reader opens: events, daily ARs, group tests, comparisons, regressions, conventions", async () => {
    const out = join(dir, "study.xlsx");
    const run = aftershock("study", "examples/estudy2-covid-2020.study.yaml", "--format", "xlsx", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(aftershock("study", "examples/estudy2-covid-2020.study.yaml", "--format", "json").stdout) as StudyResult;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["events", "daily AR", "group windows", "group days", "comparisons", "regressions", "conventions"]);
    const events = book.getWorksheet("events")!;
    expect(events.getRow(1).getCell(10).value).toBe("CAR");
    const first = json.events[0]!;
    expect(events.getRow(2).getCell(1).value).toBe(first.id);
    expect(events.getRow(2).getCell(10).value).toBe(first.windows[0]!.car);
    expect(events.rowCount).toBe(1 + json.events.reduce((s, e) => s + Math.max(1, e.windows.length), 0));
    const days = book.getWorksheet("daily AR")!;
    expect(days.getRow(2).getCell(6).value).toBe(first.days[0]!.ar);
    const groups = book.getWorksheet("group windows")!;
    const all = json.groups[0]!.windows[0]!;
    const [name, outcome] = Object.entries(all.tests)[0]!;
    expect(groups.getRow(2).getCell(7).value).toBe(name);
    expect(groups.getRow(2).getCell(9).value).toBe(outcome.pValue);
    expect(groups.getRow(2).getCell(5).value).toBe(all.caar);
    const conventions = book.getWorksheet("conventions")!;
    expect(conventions.getRow(2).values).toContain(json.conventions.convention);
  });

  it("asks for --out rather than writing a binary workbook to the terminal", () => {
    const run = aftershock("study", "examples/estudy2-covid-2020.study.yaml", "--format", "xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("name its file with --out");
  });
});

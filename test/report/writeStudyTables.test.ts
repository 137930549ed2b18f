import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../../src/data/csv/csvRecords.js";
import { studyTables } from "../../src/report/studyTables.js";
import { windowLabel } from "../../src/study/eventWindow.js";
import { writeStudyTables } from "../../src/report/writeStudyTables.js";
import { syntheticStudy } from "./syntheticStudy.js";

/** A number in full, or an empty cell for NaN (a test without a statistic). */
const exact = (v: number | undefined): string => (v !== undefined && Number.isFinite(v) ? String(v) : "");

const result = syntheticStudy({ adjust: ["holm", "benjamini-hochberg"] });

describe("writeStudyTables", () => {
  it("writes each table of the set into the folder, created when missing", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "aftershock-tables-")), "nested");
    const written = await writeStudyTables(dir, result);
    const tables = studyTables(result);
    expect(Object.keys(written)).toEqual(tables.map((t) => t.name));
    for (const t of tables) expect(await readFile(join(dir, t.name), "utf8")).toBe(t.text);
  });

  it("leaves an old file whole and no temporary file behind when a file cannot be put in place", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aftershock-tables-"));
    await writeFile(join(dir, "events.csv"), "the previous run's table\n");
    // A folder where tests.csv should go: the rename onto it fails after the text is written.
    await mkdir(join(dir, "tests.csv"));
    await expect(writeStudyTables(dir, result)).rejects.toThrow();
    const names = await readdir(dir);
    expect(names.filter((n) => !studyTables(result).some((t) => t.name === n))).toEqual([]);
    // Files before tests.csv were replaced whole; none of them is a partial text.
    expect(await readFile(join(dir, "events.csv"), "utf8")).toBe(studyTables(result).find((t) => t.name === "events.csv")!.text);
  });

  it("states the adjusted p-values of every window test beside the raw ones, with their family; day tests have none", () => {
    const [header, ...rows] = csvRecords(studyTables(result).find((t) => t.name === "tests.csv")!.text, "tests.csv");
    const at = (name: string): number => header!.cells.indexOf(name);
    const family = result.conventions.multipleTesting!.family;
    const caar = rows.filter((r) => r.cells[at("subject")] === "caar");
    expect(caar).toHaveLength(result.groups.reduce((s, g) => s + g.windows.reduce((k, w) => k + Object.keys(w.tests).length, 0), 0));
    for (const g of result.groups) {
      for (const w of g.windows) {
        for (const [name, o] of Object.entries(w.tests)) {
          const row = caar.find((r) => r.cells[at("group")] === g.group && r.cells[at("window")] === windowLabel(w.window) && r.cells[at("test")] === name)!;
          expect([row.cells[at("p_value")], row.cells[at("p_holm")], row.cells[at("p_benjamini_hochberg")], row.cells[at("adjustment_family")]]).toEqual([
            exact(o.pValue),
            exact(o.adjusted!.holm),
            exact(o.adjusted!["benjamini-hochberg"]),
            family,
          ]);
        }
      }
    }
    const aar = rows.filter((r) => r.cells[at("subject")] === "aar");
    expect(aar.length).toBeGreaterThan(0);
    expect(aar.every((r) => r.cells[at("p_holm")] === "" && r.cells[at("adjustment_family")] === "")).toBe(true);
  });
});

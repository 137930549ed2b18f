import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { StudyResult } from "../study/results.js";
import { studyTables } from "./studyTables.js";

/**
 * Writes the study's table set (see `studyTables`) into `dir`, created when missing. Each file is
 * written under a temporary name and renamed into place, so an interrupted run leaves no half-written
 * file. Returns the absolute paths, by file name.
 */
export async function writeStudyTables(dir: string, result: StudyResult): Promise<Record<string, string>> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const written: Record<string, string> = {};
  for (const { name, text } of studyTables(result)) {
    written[name] = join(root, name);
    await writeFileAtomic(written[name], text, { encoding: "utf8" });
  }
  return written;
}

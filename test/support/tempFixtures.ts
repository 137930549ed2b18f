import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * A temporary folder for the current test file (made before its tests, removed after) and a function
 * that writes a named file into it and returns its path.
 */
export function tempFixtures(prefix: string): (name: string, text: string) => Promise<string> {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return async (name, text) => {
    const file = join(dir, name);
    await writeFile(file, text);
    return file;
  };
}

/**
 * The layering is enforced by ESLint's zones (eslint.config.js): each case puts a small file in a zone
 * with an import the zone forbids and expects the error, so a zone that stopped working fails here,
 * and a real break fails `eslint .` in `npm test`.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths.js";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The layering messages ESLint gives `code` placed at `file` (relative to the repository). */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${file}` });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("layering zones", () => {
  it.each([
    ["src/study/probe.ts", 'import { openStore } from "../data/store/index.js";\nexport const x = openStore;\n', /engine imports nothing of data/],
    ["src/study/models/probe.ts", 'import { headline } from "../../report/headline.js";\nexport const x = headline;\n', /engine imports nothing/],
    ["src/study/probe.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', /no I\/O/],
    ["src/data/probe.ts", 'import { runStudy } from "../study/runStudy.js";\nexport const x = runStudy;\n', /data never imports the engine/],
    ["src/news/probe.ts", 'import { percent } from "../report/format.js";\nexport const x = percent;\n', /news knows no report/],
    ["src/report/probe.ts", 'import { studyEvent } from "../pipeline/articleStudy.js";\nexport const x = studyEvent;\n', /report renders results/],
    ["src/pipeline/probe.ts", 'import { createApp } from "../server/app.js";\nexport const x = createApp;\n', /imports none of them/],
    [
      "src/cli/commands/probe.ts",
      'import { extractEvent } from "../../news/extractEvent.js";\nexport const x = extractEvent;\n',
      /faces go through src\/pipeline/,
    ],
    ["src/cli/probe.ts", 'export const x = () => import("../data/store/index.js");\n', /no lazy import/],
    ["src/server/probe.ts", 'import { MODEL_NAMES } from "../study/models/index.js";\nexport const x = MODEL_NAMES;\n', /faces go through src\/pipeline/],
    ["src/server/probe.ts", 'import { storeOption } from "../cli/storeOption.js";\nexport const x = storeOption;\n', /faces go through src\/pipeline/],
    ["src/shared/probe.ts", 'import { percent } from "../report/format.js";\nexport const x = percent;\n', /leaf modules/],
    ["web/src/probe.ts", 'import { spanDays } from "../../src/shared/eventSpan.js";\nexport const x = spanDays;\n', /talks to the API only/],
  ])("%s: a forbidden import is an error", async (file, code, message) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["src/cli/commands/probe.ts", 'import type { ModelName } from "../../study/models/index.js";\nexport type X = ModelName;\n'],
    ["src/cli/commands/probe.ts", 'import { MODEL_NAMES } from "../../pipeline/vocabulary.js";\nexport const x = MODEL_NAMES;\n'],
    ["src/report/probe.ts", 'import { textTable } from "../shared/textTable.js";\nexport const x = textTable;\n'],
    ["web/src/probe.ts", 'import { spanDays } from "@aftershock/shared/eventSpan.js";\nexport const x = spanDays;\n'],
    ["web/src/probe.ts", 'import type { StudyResult } from "../../src/study/results.js";\nexport type X = StudyResult;\n'],
  ])("%s: an allowed import passes", async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});

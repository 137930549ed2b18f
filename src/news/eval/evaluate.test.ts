import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { EVAL_DIR, evaluate, evaluationText, heldOutPart, readGold } from "./evaluate.js";

/** The evaluation runs against the shipped knowledge base (data/issuers), as users get it. */
const knowledge = loadKnowledge();

/** The main set and every set beside it (eval/news/<name>/gold.yaml). */
const sets: readonly (readonly [string, string])[] = [
  ["articles", EVAL_DIR],
  ...readdirSync(EVAL_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EVAL_DIR, d.name, "gold.yaml")))
    .map((d): [string, string] => [d.name, join(EVAL_DIR, d.name)]),
];

describe("news evaluation sets", () => {
  it("has at least 30 annotated articles in the main set, 10 of them held out", () => {
    expect(readGold().articles.length).toBeGreaterThanOrEqual(30);
    expect(heldOutPart(evaluate(knowledge)).articles).toBeGreaterThanOrEqual(10);
  });

  describe.each(sets)("%s", (_name, dir) => {
    const e = evaluate(knowledge, dir);
    const report = evaluationText(e);
    it("names only companies of the shipped knowledge base in the gold annotations", () => {
      const unknown = readGold(dir).articles.flatMap((a) => Object.keys(a.companies).filter((id) => knowledge.byId.get(id)?.kind !== "company").map((id) => `${a.file}: ${id}`));
      expect(unknown).toEqual([]);
    });
    it("meets the targets: linking F1 ≥ 0.9, roles F1 ≥ 0.85, event dates ≥ 0.95", () => {
      expect(e.outcomes.filter((o) => o.error !== undefined), report).toEqual([]);
      expect(e.linking.f1, report).toBeGreaterThanOrEqual(0.9);
      expect(e.roles.f1, report).toBeGreaterThanOrEqual(0.85);
      expect(e.dateAccuracy, report).toBeGreaterThanOrEqual(0.95);
    });
  });
});

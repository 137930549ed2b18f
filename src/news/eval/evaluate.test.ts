import { describe, expect, it } from "vitest";
import { fixtureKnowledge } from "../fixtures/fixtureKnowledge.js";
import { evaluate, evaluationText, readGold } from "./evaluate.js";

describe("news evaluation set", () => {
  it("has at least 30 annotated articles", () => {
    expect(readGold().articles.length).toBeGreaterThanOrEqual(30);
  });
  it("meets the targets: linking F1 ≥ 0.9, roles F1 ≥ 0.85, event dates ≥ 0.95", () => {
    const e = evaluate(fixtureKnowledge());
    const report = evaluationText(e);
    expect(e.outcomes.filter((o) => o.error !== undefined), report).toEqual([]);
    expect(e.linking.f1, report).toBeGreaterThanOrEqual(0.9);
    expect(e.roles.f1, report).toBeGreaterThanOrEqual(0.85);
    expect(e.dateAccuracy, report).toBeGreaterThanOrEqual(0.95);
  });
});

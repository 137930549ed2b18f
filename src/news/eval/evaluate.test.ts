import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { evaluate, evaluationText, heldOutPart, readGold } from "./evaluate.js";

/** The evaluation runs against the shipped knowledge base (data/issuers), as users get it. */
describe("news evaluation set", () => {
  const e = evaluate(loadKnowledge());
  const report = evaluationText(e);

  it("has at least 30 annotated articles, 10 of them held out", () => {
    expect(readGold().articles.length).toBeGreaterThanOrEqual(30);
    expect(heldOutPart(e).articles).toBeGreaterThanOrEqual(10);
  });
  it("names only entities of the shipped knowledge base in the gold annotations", () => {
    const kb = loadKnowledge();
    const unknown = readGold().articles.flatMap((a) => Object.keys(a.companies).filter((id) => kb.byId.get(id)?.kind !== "company").map((id) => `${a.file}: ${id}`));
    expect(unknown).toEqual([]);
  });
  it("meets the targets: linking F1 ≥ 0.9, roles F1 ≥ 0.85, event dates ≥ 0.95", () => {
    expect(e.outcomes.filter((o) => o.error !== undefined), report).toEqual([]);
    expect(e.linking.f1, report).toBeGreaterThanOrEqual(0.9);
    expect(e.roles.f1, report).toBeGreaterThanOrEqual(0.85);
    expect(e.dateAccuracy, report).toBeGreaterThanOrEqual(0.95);
  });
});

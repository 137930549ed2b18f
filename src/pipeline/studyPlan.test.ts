import { describe, expect, it } from "vitest";
import type { EventCompany, EventDocument } from "../news/index.js";
import { planStudy } from "./studyPlan.js";

const company = (entityId: string, role: EventCompany["role"], listings: string[], unlisted = false): EventCompany => ({
  entityId, name: entityId, role, evidence: ["…"], confidence: 1, via: [], listings, inactiveListings: [], unlisted,
});

const event = { eventDate: "2025-02-17", companies: [company("baidu", "absent", ["9888.HK", "BIDU"]), company("huawei", "present", [], true), company("apple", "mentioned", ["AAPL"])] } as unknown as EventDocument;

describe("planStudy", () => {
  it("studies each listing of the event's companies by venue and keeps every other company with its reason", () => {
    const plan = planStudy(event);
    expect(plan.venues.map((v) => [v.venue, v.benchmark, v.securities.map((s) => s.symbol)])).toEqual([
      ["Hong Kong", "^HSI", ["9888.HK"]],
      ["United States", "^GSPC", ["BIDU"]],
    ]);
    expect(plan.companies.map((c) => [c.entityId, c.symbols, c.reasons])).toEqual([
      ["baidu", ["9888.HK", "BIDU"], []],
      ["huawei", [], ["unlisted: no shares trade"]],
      ["apple", [], ["only mentioned in the article: not studied"]],
    ]);
  });
});

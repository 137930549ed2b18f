import { describe, expect, it } from "vitest";
import type { EventCompany, EventDocument } from "../news/index.js";
import { planStudy } from "./studyPlan.js";

const company = (entityId: string, role: EventCompany["role"], listings: string[], unlisted = false): EventCompany => ({
  entityId,
  name: entityId,
  role,
  evidence: ["…"],
  confidence: 1,
  via: [],
  listings,
  inactiveListings: [],
  unlisted,
});

const event = {
  eventDate: "2025-02-17",
  companies: [
    company("apple", "mentioned", ["AAPL"]),
    company("baidu", "absent", ["9888.HK", "BIDU"]),
    company("huawei", "present", [], true),
    company("tencent", "present", ["0700.HK", "80700.HK"]),
  ],
} as unknown as EventDocument;

describe("planStudy", () => {
  it("studies every listing of every company, mentioned ones too, by venue, and keeps unlisted companies with their reason", () => {
    const plan = planStudy(event);
    expect(plan.venues.map((v) => [v.venue, v.code, v.benchmark, v.securities.map((s) => s.symbol)])).toEqual([
      ["Hong Kong", "HK", "^HSI", ["9888.HK", "0700.HK", "80700.HK"]],
      ["United States", "US", "^GSPC", ["BIDU", "AAPL"]],
    ]);
    expect(plan.companies.map((c) => [c.entityId, c.symbols, c.reasons])).toEqual([
      ["baidu", ["9888.HK", "BIDU"], []],
      ["huawei", [], ["unlisted: no shares trade"]],
      ["tencent", ["0700.HK", "80700.HK"], []],
      ["apple", ["AAPL"], []],
    ]);
  });
  it("reports mentioned companies after the event's roles", () => {
    expect(planStudy(event).companies.at(-1)!.role).toBe("mentioned");
  });
  it("counts a company once per venue: its first listing there is the primary, a second one is shown but not grouped", () => {
    const hk = planStudy(event).venues[0]!.securities;
    expect(hk.map((s) => [s.symbol, s.primary])).toEqual([
      ["9888.HK", true],
      ["0700.HK", true],
      ["80700.HK", false],
    ]);
    expect(planStudy(event).companies.find((c) => c.entityId === "tencent")!.notes).toEqual([
      "80700.HK: a second listing in Hong Kong, shown beside 0700.HK but not counted in the groups",
    ]);
    // Baidu's Hong Kong and US lines are one company on two venues: each is the primary of its venue.
    expect(planStudy(event).venues[1]!.securities.find((s) => s.symbol === "BIDU")!.primary).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { EVENT_SCHEMA, type EventCompany, type EventDocument } from "../news/eventDocument.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { applyCorrections, parseAddCorrection, parseRoleCorrection } from "./corrections.js";

const company = (entityId: string, name: string, role: EventCompany["role"], listings: string[]): EventCompany => ({
  entityId,
  name,
  role,
  evidence: ["…"],
  confidence: 1,
  via: [],
  listings,
  inactiveListings: [],
  unlisted: false,
});
const event: EventDocument = {
  schema: EVENT_SCHEMA,
  title: "t",
  published: "2025-02-18",
  publishedSource: "option",
  eventDate: "2025-02-17",
  eventDateResolution: { method: "relative", expression: "on Monday", evidence: "…", precision: "day" },
  companies: [company("baidu", "Baidu", "absent", ["9888.HK"]), company("jd", "JD.com", "absent", ["9618.HK"])],
  otherEntities: [],
  notes: [],
  extractor: "rules",
};
const knowledge = {
  entities: [
    { id: "baidu", kind: "company", name: "Baidu, Inc.", shortName: "Baidu", listings: [{ symbol: "9888.HK" }, { symbol: "BIDU" }] },
    { id: "netease", kind: "company", name: "NetEase, Inc.", shortName: "NetEase", listings: [{ symbol: "9999.HK" }, { symbol: "NTES" }] },
  ],
} as unknown as KnowledgeBase;

describe("corrections", () => {
  it("reads NAME=ROLE and SYMBOL[=ROLE], and refuses a role that does not exist", () => {
    expect(parseRoleCorrection("JD.com=present")).toEqual({ company: "JD.com", role: "present" });
    expect(parseAddCorrection("NTES")).toEqual({ symbol: "NTES" });
    expect(parseAddCorrection("NTES=mentioned")).toEqual({ symbol: "NTES", role: "mentioned" });
    expect(() => parseRoleCorrection("Baidu=boss")).toThrow(/--role: field "Baidu=boss": write NAME=ROLE with ROLE one of present, absent, target, mentioned/);
    expect(() => parseAddCorrection("NTES=boss")).toThrow(/--add/);
  });
  it("changes a role by name, id or listing; adds a listing to its company or as a new company; drops a company", () => {
    const fixed = applyCorrections(
      event,
      {
        roles: [{ company: "9618.HK", role: "present" }],
        add: [{ symbol: "BIDU" }, { symbol: "NTES" }, { symbol: "ZZZZ", role: "mentioned" }],
        drop: ["baidu"],
      },
      knowledge,
    );
    expect(fixed.companies.map((c) => [c.name, c.role, c.listings])).toEqual([
      ["JD.com", "present", ["9618.HK"]],
      ["Baidu", "target", ["BIDU"]],
      ["NetEase", "target", ["NTES"]],
      ["ZZZZ", "mentioned", ["ZZZZ"]],
    ]);
    const kept = applyCorrections(event, { add: [{ symbol: "BIDU", role: "present" }] }, knowledge);
    expect(kept.companies[0]).toMatchObject({ name: "Baidu", role: "present", listings: ["9888.HK", "BIDU"] });
  });
  it("sets the event time, and refuses one without its offset", () => {
    expect(applyCorrections(event, { time: "2025-02-17T20:00+08:00" }).eventTime).toEqual({
      dateTime: "2025-02-17T20:00+08:00",
      evidence: "given with --time",
      precision: "minute",
    });
    expect(() => applyCorrections(event, { time: "2025-02-17 20:00" })).toThrow(/^--time: field "eventTime.dateTime": a date-time with its UTC offset/);
    expect(() => applyCorrections(event, { time: "2025-02-30T20:00+08:00" })).toThrow(/not a real date and time/);
  });
  it("names the event's companies when a correction names none of them, and refuses to drop them all", () => {
    expect(() => applyCorrections(event, { drop: ["Tencent"] })).toThrow(
      /--drop: field "Tencent": no company of the event is called so; the event's companies: Baidu, JD.com/,
    );
    expect(() => applyCorrections(event, { drop: ["Baidu", "JD.com"] })).toThrow(/no company left to study/);
  });
});

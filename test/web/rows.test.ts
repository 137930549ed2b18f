import { describe, expect, it } from "vitest";
import { companyRows, MODELS, ROLES } from "../../web/src/rows.js";
import { MODEL_NAMES } from "../../src/study/models/returnModel.js";
import { storedStudy } from "./fixture.js";

describe("the company table's rows", () => {
  const rows = companyRows(storedStudy());

  it("gives each listing a row under its company, with the company's reasons after them", () => {
    const baidu = rows.filter((r) => r.company === "Baidu");
    expect(baidu.map((r) => [r.security, r.first, r.span])).toEqual([
      ["9888.HK", true, 2],
      ["BIDU", false, 2],
    ]);
    const alibaba = rows.filter((r) => r.company === "Alibaba");
    expect(alibaba.map((r) => [r.security, r.reason, r.first, r.span])).toEqual([
      ["9988.HK", undefined, true, 2],
      [undefined, "3750.HK not yet listed on 2022-01-01", false, 2],
    ]);
  });

  it("keeps unmeasured companies with their reasons", () => {
    expect(rows.find((r) => r.company === "ByteDance")).toMatchObject({ reason: "unlisted: no shares trade", first: true, span: 1 });
    const ghost = rows.find((r) => r.company === "Ghost Co")!;
    expect(ghost.security).toBe("GHOST");
    expect(ghost.reason).toMatch(/GHOST/);
  });

  it("offers only models and roles the server knows", () => {
    for (const m of MODELS) expect(MODEL_NAMES).toContain(m.name);
    expect(ROLES.map((r) => r.role)).toEqual(["present", "absent", "target", "mentioned"]);
  });
});

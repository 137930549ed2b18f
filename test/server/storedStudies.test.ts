/** Studies saved before companies listed their event ids read back with them (src/server/schemas.ts). */
import { describe, expect, it } from "vitest";
import { storedCompanyPlanSchema } from "../../src/server/schemas.js";

describe("a stored study's companies", () => {
  const older = { entityId: "baidu", company: "Baidu", role: "absent", symbols: ["9888.HK", "BIDU"], reasons: [], notes: [] };

  it("gets each listing's event id back as the plan made it when it was saved without them", () => {
    expect(storedCompanyPlanSchema.parse(older).eventIds).toEqual(["baidu@9888.HK", "baidu@BIDU"]);
  });

  it("keeps the event ids a newer study saved", () => {
    expect(storedCompanyPlanSchema.parse({ ...older, eventIds: ["baidu@9888.HK"] }).eventIds).toEqual(["baidu@9888.HK"]);
  });
});

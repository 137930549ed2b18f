import { describe, expect, it } from "vitest";

describe("library entries", () => {
  it("the main entry holds the engine, and aftershock/job the main job", async () => {
    const main = await import("../../src/index.js");
    expect(typeof main.runStudy).toBe("function");
    expect(main.RESULT_SCHEMA).toBe("aftershock.study/1");
    const job = await import("../../src/job.js");
    for (const name of ["articleStudy", "studyEvent", "extractEvent", "loadKnowledge", "openStore", "importFile", "writeReport", "createApp"] as const) {
      expect(typeof job[name], name).toBe("function");
    }
  });
});

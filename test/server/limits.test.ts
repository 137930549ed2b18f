import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { postJson, removeTempDirs, syntheticDataDir, syntheticEvent, testApp, type ErrorBody } from "./helpers.js";

afterAll(removeTempDirs);

describe("limits through the API: answered 400 or 413 before any work", () => {
  it("a study whose estimation reaches ten million days back is refused with the field", async () => {
    const { app, errors } = await testApp({ dataDir: syntheticDataDir() });
    const res = await postJson(app, "/api/studies", { event: syntheticEvent(), options: { estimation: [-10_000_000, -11] } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_study");
    expect(body.error.issues).toContainEqual({
      path: "options.estimation",
      message: "is 9999990 trading days long; at most 1000 (AFTERSHOCK_LIMIT_ESTIMATION_DAYS)",
    });
    expect(errors).toEqual([]);
  });

  it("an event with more companies than the limit is refused with the field", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    const event = syntheticEvent();
    const many = Array.from({ length: DEFAULT_LIMITS.companiesPerEvent + 1 }, (_, i) => ({ ...event.companies[0]!, entityId: `c${i}`, name: `Company ${i}` }));
    const res = await postJson(app, "/api/studies", { event: { ...event, companies: many } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.issues?.[0]).toEqual({ path: "event.companies", message: "501 companies; at most 500 per event (AFTERSHOCK_LIMIT_COMPANIES_PER_EVENT)" });
  });

  it("an article over the configured size is 413, naming the setting", async () => {
    const { app } = await testApp({ limits: { ...DEFAULT_LIMITS, articleBytes: 1000 } });
    const res = await postJson(app, "/api/events/extract", { text: "x".repeat(1001), published: "2025-02-18" });
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.message).toBe("the text is 1001 bytes, more than the 1000 accepted (AFTERSHOCK_LIMIT_ARTICLE_BYTES)");
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { CalendarCoverageError } from "../../src/calendar/index.js";
import { StoreError } from "../../src/data/store/index.js";
import { runJob } from "../../src/pipeline/jobs.js";
import { MissingBenchmarkError, StudyInputError } from "../../src/pipeline/errors.js";
import { SecurityRanking } from "../../src/pipeline/securityRanking.js";
import { errorAnswer, INTERNAL_ERROR_BODY } from "../../src/server/errors.js";
import { postJson, removeTempDirs, syntheticDataDir, syntheticEvent, testApp, testKnowledge, type ErrorBody } from "./helpers.js";

afterAll(removeTempDirs);

describe("the server's answer to each error", () => {
  it("answers an error of the model by its code", () => {
    const coverage = errorAnswer(new CalendarCoverageError("XHKG", "XHKG isSession: 1995-02-17 is outside the calendar's coverage 2000-01-01..2030-12-31"));
    expect(coverage).toMatchObject({ status: 400, fault: false, body: { error: { code: "invalid_input" } } });
    expect(errorAnswer(new StudyInputError([{ path: "options.windows", message: "too many" }]))).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_study", issues: [{ path: "options.windows", message: "too many" }] } },
    });
    expect(errorAnswer(new MissingBenchmarkError("^HSI", "Hong Kong", false))).toMatchObject({ status: 422, body: { error: { code: "missing_prices" } } });
    expect(errorAnswer(new StoreError("busy", "x.duckdb", "in use"))).toMatchObject({ status: 503, body: { error: { code: "busy" } } });
  });

  it("answers a bug (a RangeError, a TypeError) with a plain 500 to be logged, never as bad input", () => {
    for (const bug of [new RangeError("index out of range"), new TypeError("x is undefined")]) {
      expect(errorAnswer(bug)).toEqual({ status: 500, body: INTERNAL_ERROR_BODY, fault: true });
    }
  });

  it("answers a study dated before the calendars' coverage with 400, logging nothing", async () => {
    const { app, store, errors } = await testApp({ dataDir: syntheticDataDir() });
    try {
      const event = { ...syntheticEvent(), published: "1995-02-18", eventDate: "1995-02-17" };
      const res = await postJson(app, "/api/studies", { event });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("invalid_study");
      expect(body.error.message).toMatch(/outside the calendar's coverage/);
      expect(errors).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("throws a fault inside a job instead of reporting it as the user's input", async () => {
    const knowledge = testKnowledge();
    // A negative close: the store refuses one on import, so in a job it is a fault of the program.
    const broken = { dates: Int32Array.of(20_100, 20_101), values: Float64Array.of(1, -1), source: "test" };
    const panel = new Map(["9888.HK", "0700.HK", "9988.HK", "^HSI"].map((s) => [s, broken]));
    const job = runJob(
      { kind: "study", event: syntheticEvent(), options: { prices: { refused: [], panel } } },
      { knowledge, ranking: () => new SecurityRanking(knowledge.entities) },
    );
    await expect(job).rejects.toThrow();
  });
});

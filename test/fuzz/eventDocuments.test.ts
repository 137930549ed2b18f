/**
 * Seeded fuzzing of what the API is sent: event documents for a study, damaged as JSON text or with
 * a field replaced by an arbitrary value. Every answer is a study (201) or a refusal the client can
 * act on (400, 413, 422); never a 500, never an error logged as unexpected.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { postJson, removeTempDirs, syntheticDataDir, syntheticEvent, testApp } from "../server/helpers.js";
import { budget, FUZZ_RUNS } from "./budget.js";
import { mutated } from "./mutations.js";

afterAll(removeTempDirs);

const FIELDS = ["eventDate", "published", "companies", "title", "schema", "notes", "eventDateResolution", "otherEntities"] as const;
const COMPANY_FIELDS = ["entityId", "role", "listings", "evidence", "confidence", "inactiveListings", "unlisted", "via"] as const;

describe("fuzzed event documents sent to POST /api/studies", () => {
  it("damaged JSON text: 201 or a 4xx, never 500", { timeout: 600_000 }, async () => {
    const { app, errors } = await testApp({ dataDir: syntheticDataDir() });
    const body = JSON.stringify({
      event: syntheticEvent(),
      options: {
        windows: [
          [0, 0],
          [-1, 1],
        ],
      },
    });
    await fc.assert(
      fc.asyncProperty(mutated(body), async (text) => {
        const res = await postJson(app, "/api/studies", text);
        expect([201, 400, 413, 422], `${res.status} for ${text}`).toContain(res.status);
      }),
      budget(Math.ceil(FUZZ_RUNS / 3)),
    );
    expect(errors).toEqual([]);
  });

  it("a field replaced by an arbitrary value: 201 or a 4xx, never 500", { timeout: 600_000 }, async () => {
    const { app, errors } = await testApp({ dataDir: syntheticDataDir() });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...FIELDS).map((f) => [f] as const),
          fc.tuple(fc.constantFrom(...COMPANY_FIELDS), fc.nat({ max: 2 })),
        ),
        fc.anything({ maxDepth: 2 }),
        async (where, value) => {
          const event = structuredClone(syntheticEvent()) as unknown as Record<string, unknown>;
          if (where.length === 1) event[where[0]] = value;
          else (event["companies"] as Record<string, unknown>[])[where[1]]![where[0]] = value;
          const res = await postJson(app, "/api/studies", { event });
          expect([201, 400, 413, 422], `${res.status} for ${JSON.stringify(where)} = ${JSON.stringify(value)}`).toContain(res.status);
        },
      ),
      budget(Math.ceil(FUZZ_RUNS / 3)),
    );
    expect(errors).toEqual([]);
  });
});

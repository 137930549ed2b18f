/**
 * Every route's success body parsed with its response schema (src/server/schemas.ts). The response
 * schemas are strict: a field they do not describe, or a value of another type, fails here, so the
 * OpenAPI document and the page's types (derived from the same schemas) cannot drift from the JSON.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  errorBodySchema,
  exampleSchema,
  exampleSummarySchema,
  extractResponseSchema,
  healthSchema,
  importResponseSchema,
  securityMatchSchema,
  studyResponseSchema,
  studySettingsSchema,
} from "../../src/server/schemas.js";
import { postJson, removeTempDirs, syntheticCsv, syntheticDataDir, syntheticEvent, tempDir, testApp } from "./helpers.js";

afterAll(removeTempDirs);

const ARTICLE = `Tech bosses meet Xi

Xi Jinping met the heads of China's biggest technology companies on Monday. Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.
`;

/** The schema of each operation's success body, by "method path" as the OpenAPI document names them. */
const SUCCESS: Readonly<Record<string, z.ZodType | "openapi">> = {
  "get /api/health": healthSchema,
  "get /api/openapi.json": "openapi",
  "get /api/examples": exampleSummarySchema.array(),
  "get /api/examples/{id}": exampleSchema,
  "post /api/events/extract": extractResponseSchema,
  "get /api/securities": securityMatchSchema.array(),
  "post /api/prices/import": importResponseSchema,
  "post /api/studies": studyResponseSchema,
  "post /api/studies/events": studyResponseSchema,
  "get /api/study-settings": studySettingsSchema,
  "get /api/studies/{id}": studyResponseSchema,
  "get /api/studies/{id}/export": studyResponseSchema,
};

/** Options that make tests without a statistic (three events): their numbers arrive as null. */
const OPTIONS = {
  windows: [
    [0, 0],
    [-1, 1],
  ],
  tests: ["cross-sectional-t", "patell", "grank-t", "bootstrap-skewness-adjusted-t"],
  adjust: ["holm", "benjamini-hochberg"],
  bootstrap: { draws: 99, seed: 7 },
};

async function parsed(res: Response | Promise<Response>, key: string, status = 200): Promise<unknown> {
  const r = await res;
  expect(r.status, key).toBe(status);
  const schema = SUCCESS[key];
  if (schema === undefined || schema === "openapi") throw new Error(`no schema for ${key}`);
  const body: unknown = await r.json();
  const check = schema.safeParse(body);
  expect(check.error?.issues ?? [], key).toEqual([]);
  return body;
}

describe("response bodies", () => {
  it("names a response schema for every operation of the OpenAPI document", async () => {
    const { app } = await testApp();
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(operations.sort()).toEqual(Object.keys(SUCCESS).sort());
  });

  it("parses every route's success body with its schema", async () => {
    const newsDir = tempDir();
    writeFileSync(join(newsDir, "plain.txt"), ARTICLE);
    const t = await testApp({ newsDir, dataDir: syntheticDataDir() });
    const { app } = t;

    await parsed(app.request("/api/health"), "get /api/health");
    await parsed(app.request("/api/examples"), "get /api/examples");
    await parsed(app.request("/api/examples/plain"), "get /api/examples/{id}");
    await parsed(postJson(app, "/api/events/extract", { text: ARTICLE, published: "2025-02-18", format: "text" }), "post /api/events/extract");
    await parsed(postJson(app, "/api/prices/import", { path: "hk" }), "post /api/prices/import");
    const upload = new FormData();
    upload.append("file", new File([syntheticCsv(9)], "9999.HK.csv", { type: "text/csv" }));
    await parsed(app.request("/api/prices/import", { method: "POST", body: upload }), "post /api/prices/import");
    await parsed(app.request("/api/securities?q=baidu"), "get /api/securities");
    await parsed(app.request("/api/study-settings"), "get /api/study-settings");

    const study = (await parsed(postJson(app, "/api/studies", { event: syntheticEvent(), options: OPTIONS }), "post /api/studies", 201)) as { id: number };
    await parsed(app.request(`/api/studies/${study.id}`), "get /api/studies/{id}");
    await parsed(app.request(`/api/studies/${study.id}/export?format=json`), "get /api/studies/{id}/export");

    const list = new FormData();
    list.append(
      "file",
      new File(["id,security,date,group\nbaidu,9888.HK,2025-02-17,absent\ntencent,0700.HK,2025-02-17,present\n"], "events.csv", { type: "text/csv" }),
    );
    list.append("options", JSON.stringify(OPTIONS));
    await parsed(app.request("/api/studies/events", { method: "POST", body: list }), "post /api/studies/events", 201);

    // The JSON carries nulls where a test has no statistic, and the schema takes them.
    expect(JSON.stringify(await (await app.request(`/api/studies/${study.id}`)).json())).toMatch(/"statistic":null/);

    const missing = await app.request("/api/studies/999");
    expect(missing.status).toBe(404);
    expect(errorBodySchema.safeParse(await missing.json()).success).toBe(true);
    expect(t.errors).toEqual([]);
  });

  it("fails a body with a field the schema does not describe, or a value of another type", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    const body = (await (await postJson(app, "/api/studies", { event: syntheticEvent() })).json()) as {
      result: { events: { windows: Record<string, unknown>[] }[]; groups: Record<string, unknown>[] };
    };
    expect(studyResponseSchema.safeParse(body).success).toBe(true);
    const copy = (): typeof body => structuredClone(body);

    const extra = copy();
    extra.result.groups[0]!["median"] = 0.01;
    expect(studyResponseSchema.safeParse(extra).error?.issues.map((i) => i.code)).toEqual(["unrecognized_keys"]);

    const wrongType = copy();
    wrongType.result.events[0]!.windows[0]!["car"] = "0.01";
    expect(studyResponseSchema.safeParse(wrongType).error?.issues.map((i) => i.path.join("."))).toEqual(["result.events.0.windows.0.car"]);
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { eventDocumentSchema } from "../../src/news/index.js";
import { createApp } from "../../src/server/index.js";
import { importDirectoryFolder } from "../../src/pipeline/securitiesDirectory.js";
import { exampleSchema, exampleSummarySchema, healthSchema, securityMatchSchema, studyResponseSchema } from "../../src/server/schemas.js";
import { postJson, removeTempDirs, syntheticDataDir, syntheticEvent, tempDir, testApp, testKnowledge, type ErrorBody } from "./helpers.js";

const DIRECTORY_FIXTURE = fileURLToPath(new URL("../../src/data/directory/fixtures/directory/", import.meta.url));

afterAll(removeTempDirs);

const ARTICLE = `Tech bosses meet Xi

Xi Jinping met the heads of China's biggest technology companies on Monday. Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.
`;

async function errorOf(res: Response): Promise<ErrorBody["error"]> {
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // never a stack
  return body.error;
}

describe("health, openapi and unknown routes", () => {
  it("GET /api/health answers ok and the package version", async () => {
    const { app } = await testApp();
    const res = await app.request("/api/health");
    expect(res.status).toBe(200);
    const body = healthSchema.parse(await res.json());
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("GET /api/openapi.json describes every route with its schemas", async () => {
    const { app } = await testApp();
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        "GET /api/health",
        "GET /api/examples",
        "GET /api/examples/{id}",
        "POST /api/events/extract",
        "GET /api/securities",
        "POST /api/prices/import",
        "POST /api/studies",
        "POST /api/studies/events",
        "GET /api/study-settings",
        "GET /api/studies/{id}",
        "GET /api/studies/{id}/export",
        "GET /api/openapi.json",
      ].sort(),
    );
    expect(doc.paths["/api/studies"]!["post"]!.requestBody!.content["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/StudyRequest" });
    expect(Object.keys(doc.paths["/api/prices/import"]!["post"]!.requestBody!.content).sort()).toEqual(["application/json", "multipart/form-data"]);
    expect(doc.paths["/api/studies"]!["post"]!.responses["201"]).toBeDefined();
    const schemas = doc.components.schemas;
    for (const name of [
      "EventDocument",
      "StudyRequest",
      "EventListUpload",
      "StudySettings",
      "Study",
      "StudyResult",
      "Error",
      "ExtractRequest",
      "ImportPathRequest",
      "ImportResponse",
      "SecurityMatch",
      "Example",
    ]) {
      expect(schemas[name], name).toBeDefined();
    }
    expect(schemas["EventDocument"]!.required).toContain("companies");
    expect(Object.keys(schemas["Study"]!.properties!)).toEqual(
      expect.arrayContaining(["id", "createdAt", "headline", "event", "companies", "result", "charts"]),
    );
    expect(JSON.stringify(schemas)).not.toMatch(/"\$(schema|id)"/);
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const r of refs) expect(schemas[r], r).toBeDefined();
  });

  it("answers 404 as JSON for an unknown API route", async () => {
    const { app } = await testApp();
    const res = await app.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("logs an unexpected failure and answers a plain 500 without detail", async () => {
    const { app, store, errors } = await testApp();
    store.close();
    const res = await app.request("/api/securities?q=baidu");
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "internal error" } });
    expect(errors).toHaveLength(1);
  });
});

describe("the web page", () => {
  it("answers a page asking for `npm run build` when web/dist is absent", async () => {
    const { app } = await testApp({ webDir: join(tempDir(), "dist") });
    for (const path of ["/", "/studies/12"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(await res.text()).toContain("npm run build");
    }
  });

  it("serves web/dist, with index.html for client routes and 404 for missing assets", async () => {
    const webDir = tempDir();
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>app</title><div id=app></div>");
    mkdirSync(join(webDir, "assets"));
    writeFileSync(join(webDir, "assets", "app.js"), "console.log('hi')");
    const { app } = await testApp({ webDir });
    const root = await app.request("/");
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("<div id=app>");
    const asset = await app.request("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(await asset.text()).toBe("console.log('hi')");
    const route = await app.request("/studies/12");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<div id=app>");
    expect((await app.request("/assets/missing.js")).status).toBe(404);
    const escape = await app.request("/%2e%2e/%2e%2e/package.json");
    expect(await escape.text()).not.toContain('"name"');
  });
});

describe("examples", () => {
  it("lists the .txt and .html files of the news folder and reads one", async () => {
    const newsDir = tempDir();
    writeFileSync(join(newsDir, "plain.txt"), ARTICLE);
    writeFileSync(
      join(newsDir, "page.html"),
      `<html><head><title>A page</title><meta property="article:published_time" content="2024-05-06"></head><body><article><h1>A page</h1><p>Tencent reported results on Monday, and its shares rose.</p></article></body></html>`,
    );
    writeFileSync(join(newsDir, "README.md"), "# not an example");
    writeFileSync(join(newsDir, "notes.json"), "{}");
    const { app } = await testApp({ newsDir });
    const res = await app.request("/api/examples");
    expect(res.status).toBe(200);
    const list = exampleSummarySchema.array().parse(await res.json());
    expect(list.map((e) => e.id)).toEqual(["page", "plain"]);
    expect(list.find((e) => e.id === "plain")?.title).toBe("Tech bosses meet Xi");

    const one = await app.request("/api/examples/plain");
    expect(one.status).toBe(200);
    const example = exampleSchema.parse(await one.json());
    expect(example.text).toBe(ARTICLE);
  });

  it("answers 404 for an unknown example and for names that try to leave the folder", async () => {
    const { app } = await testApp({ newsDir: tempDir() });
    for (const id of ["nothing", "..%2Fpackage", "%2e%2e", "..", "README"]) {
      const res = await app.request(`/api/examples/${id}`);
      expect(res.status, id).toBe(404);
      expect((await errorOf(res)).code).toBe("not_found");
    }
  });

  it("answers an empty list when the news folder does not exist", async () => {
    const { app } = await testApp({ newsDir: join(tempDir(), "missing") });
    expect(await (await app.request("/api/examples")).json()).toEqual([]);
  });
});

describe("POST /api/events/extract", () => {
  it("answers the event document", async () => {
    const { app } = await testApp();
    const res = await postJson(app, "/api/events/extract", { text: ARTICLE, published: "2025-02-18", format: "text" });
    expect(res.status).toBe(200);
    const event = eventDocumentSchema.parse(await res.json());
    expect(event.eventDate).toBe("2025-02-17");
    expect(event.companies.map((c) => c.entityId)).toEqual(expect.arrayContaining(["tencent", "baidu"]));
  });

  it("links over the store's securities directory, and over a directory imported after the first request", async () => {
    const { app, store } = await testApp();
    const text = "TransUnion shares fall\n\nTransUnion (NYSE: TRU) said on Tuesday that a breach exposed customer records.";
    const listed = async (): Promise<string[]> => {
      const res = await postJson(app, "/api/events/extract", { text, published: "2023-03-08", format: "text" });
      expect(res.status).toBe(200);
      return eventDocumentSchema.parse(await res.json()).companies.flatMap((c) => c.listings);
    };
    expect(await listed()).not.toContain("TRU");
    await importDirectoryFolder(store, DIRECTORY_FIXTURE);
    expect(await listed()).toContain("TRU");
  });

  it("answers 400 with field paths for wrong types, missing fields and unknown fields", async () => {
    const { app } = await testApp();
    const cases: [unknown, string[]][] = [
      [{}, ["text"]],
      [{ text: 42 }, ["text"]],
      [{ text: ARTICLE, published: "18.2.2025" }, ["published"]],
      [{ text: ARTICLE, format: "pdf" }, ["format"]],
      [{ text: ARTICLE, extra: true }, ["extra"]],
      [[], [""]],
    ];
    for (const [body, paths] of cases) {
      const res = await postJson(app, "/api/events/extract", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("invalid_body");
      expect(error.issues!.map((i) => i.path)).toEqual(paths);
    }
    const broken = await postJson(app, "/api/events/extract", "{ not json");
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).code).toBe("invalid_json");
  });

  it("answers 400 with the extractor's message for text it cannot read", async () => {
    const { app } = await testApp();
    const res = await postJson(app, "/api/events/extract", { text: "   " });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/empty/);
  });

  it("answers 413 for a text over 2 MB", async () => {
    const { app } = await testApp();
    const res = await postJson(app, "/api/events/extract", { text: "a".repeat(2 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.code).toBe("payload_too_large");
    expect(error.issues?.[0]?.path).toBe("text");
  });
});

describe("GET /api/securities", () => {
  it("finds companies by name, Chinese name, person and symbol, with the listings the store has prices for", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    const imported = await postJson(app, "/api/prices/import", { path: "hk/9888.HK.csv" });
    expect(imported.status).toBe(200);

    const search = async (q: string, limit?: number) => {
      const res = await app.request(`/api/securities?q=${encodeURIComponent(q)}${limit === undefined ? "" : `&limit=${limit}`}`);
      expect(res.status, q).toBe(200);
      return securityMatchSchema.array().parse(await res.json());
    };
    const baidu = await search("baidu");
    expect(baidu[0]?.entityId).toBe("baidu");
    expect(baidu[0]?.listings.map((l) => l.symbol)).toEqual(expect.arrayContaining(["9888.HK", "BIDU"]));
    expect(baidu[0]?.stored).toEqual(["9888.HK"]);
    const chinese = testKnowledge().byId.get("baidu")!.chineseNames[0];
    if (chinese !== undefined) expect((await search(chinese))[0]?.entityId).toBe("baidu");
    const person = testKnowledge().byId.get("tencent")!.people[0]?.name;
    if (person !== undefined) expect((await search(person)).map((m) => m.entityId)).toContain("tencent");
    expect((await search("9888.hk"))[0]?.entityId).toBe("baidu");
    expect(await search("baidu", 1)).toHaveLength(1);
    expect(await search("zzqxv-no-such-company")).toEqual([]);
  });

  it("finds a stored symbol the knowledge base does not know by its exact symbol", async () => {
    const dataDir = syntheticDataDir();
    writeFileSync(join(dataDir, "hk", "0001.HK.csv"), "date,open,close,volume\n2025-01-02,1,1,1\n2025-01-03,1,1.1,1\n");
    const { app } = await testApp({ dataDir, knowledge: { entities: [], bySymbol: new Map() } });
    await postJson(app, "/api/prices/import", { path: "hk/0001.HK.csv" });
    const res = await app.request("/api/securities?q=0001.HK");
    const [match] = securityMatchSchema.array().parse(await res.json());
    expect(match).toMatchObject({ entityId: null, listings: [{ symbol: "0001.HK" }], stored: ["0001.HK"] });
  });

  it("answers 400 naming the query field at fault", async () => {
    const { app } = await testApp();
    for (const [query, path] of [
      ["", "q"],
      ["?q=", "q"],
      ["?q=baidu&limit=0", "limit"],
      ["?q=baidu&limit=many", "limit"],
      ["?q=baidu&limit=1000", "limit"],
    ] as const) {
      const res = await app.request(`/api/securities${query}`);
      expect(res.status, query).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("invalid_query");
      expect(error.issues!.map((i) => i.path)).toContain(path);
    }
  });
});

describe("studies", () => {
  it("runs a study (importing missing prices from the data folder), keeps it, and gives it back and exports it", async () => {
    const { app, store, errors } = await testApp({ dataDir: syntheticDataDir() });
    const res = await postJson(app, "/api/studies", {
      event: syntheticEvent(),
      options: {
        windows: [
          [0, 0],
          [-1, 1],
        ],
      },
    });
    expect(errors).toEqual([]);
    expect(res.status).toBe(201);
    const study = studyResponseSchema.parse(await res.json());
    expect(res.headers.get("location")).toBe(`/api/studies/${study.id}`);
    expect(study.headline).toMatch(/Hang Seng/);
    expect(study.result.events.map((e) => e.security).sort()).toEqual(["0700.HK", "9888.HK", "9988.HK"]);
    expect(study.result.conventions.windows).toEqual([
      [0, 0],
      [-1, 1],
    ]);
    expect(JSON.stringify(study.charts.carPaths)).toContain("Baidu (9888.HK)");
    expect(JSON.stringify(study.charts.day0)).toContain("Tencent (0700.HK)");
    expect(study.charts.groupCaar).toHaveProperty("series");
    expect((await store.counts()).studies).toBe(1);

    const again = await app.request(`/api/studies/${study.id}`);
    expect(again.status).toBe(200);
    const stored: unknown = await again.json();
    expect(stored).toEqual(study);

    const csv = await app.request(`/api/studies/${study.id}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="study-${study.id}.csv"`);
    // A byte-order mark first, so that Excel reads UTF-8 (a decoder drops it from the text); each row names its company and role.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split("\n");
    expect(lines[0]).toBe("id,security,market,group,event_date,day0,status,reason,window,car,se,t,p_value,bhar,company,role");
    expect(lines[1]).toMatch(/^baidu@9888\.HK,9888\.HK,\^HSI,absent,.*,Baidu,absent$/);
    expect(lines).toHaveLength(1 + 3 * 2);

    const json = await app.request(`/api/studies/${study.id}/export?format=json`);
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="study-${study.id}.json"`);
    // Read back through the response schema, the export keeps every field the stored study has.
    expect(JSON.parse(await json.text())).toEqual(stored);
    expect((await app.request(`/api/studies/${study.id}/export`)).headers.get("content-disposition")).toMatch(/\.json"$/);
  });

  it("studies an edited event: a company removed, a role changed, a listing edited", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    const event = syntheticEvent();
    const edited = {
      ...event,
      companies: [
        { ...event.companies[0]!, role: "present" as const },
        { ...event.companies[1]!, listings: ["0700.HK", "TCEHY"] },
      ],
    };
    const res = await postJson(app, "/api/studies", { event: edited });
    expect(res.status).toBe(201);
    const study = studyResponseSchema.parse(await res.json());
    expect(study.companies.map((c) => [c.entityId, c.role])).toEqual([
      ["baidu", "present"],
      ["tencent", "present"],
    ]);
    expect(study.companies[1]!.reasons.join(" ")).toMatch(/TCEHY/);
    expect(study.event).toEqual(edited);
  });

  it("answers a study whose window runs past the prices with a sentence saying so, not a 500", async () => {
    const { app, errors } = await testApp({ dataDir: syntheticDataDir() });
    const res = await postJson(app, "/api/studies", { event: syntheticEvent(), options: { windows: [[0, 200]] } });
    expect(errors).toEqual([]);
    expect(res.status).toBe(201);
    const study = studyResponseSchema.parse(await res.json());
    expect(study.headline).toMatch(/^No company of the event could be measured \(9888\.HK: the event window ends .* after the last return/);
    expect(study.timing?.listings.map((l) => [l.symbol, l.rule, l.day0])).toContainEqual(["9888.HK", "date-only", "2025-02-17"]);
  });

  it("answers 422 when a venue's benchmark has no prices", async () => {
    const dataDir = syntheticDataDir();
    const { app, store } = await testApp({ dataDir });
    const res = await postJson(app, "/api/studies", { event: syntheticEvent(), options: { benchmark: "^GSPC" } });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("missing_prices");
    expect(error.issues?.[0]?.path).toBe("options.benchmark");
    expect((await store.counts()).studies).toBe(0);
  });

  it("answers 400 with field paths for bad bodies and leaves the store as it was", async () => {
    const { app, store } = await testApp({ dataDir: syntheticDataDir() });
    const event = syntheticEvent();
    const before = await store.counts();
    const cases: [unknown, string][] = [
      [{}, "event"],
      [{ event: { ...event, companies: [] } }, "event.companies"],
      [{ event: { ...event, companies: [{ ...event.companies[0]!, role: "boss" }] } }, "event.companies.0.role"],
      [{ event: { ...event, companies: [{ ...event.companies[0]!, listings: "9888.HK" }] } }, "event.companies.0.listings"],
      [{ event: { ...event, eventDate: "17 Feb" } }, "event.eventDate"],
      [{ event: { ...event, schema: "other/1" } }, "event.schema"],
      [{ event, options: { model: "crystal-ball" } }, "options.model"],
      [{ event, options: { windows: [[1, 0]] } }, "options.windows.0"],
      [{ event, options: { windows: [] } }, "options.windows"],
      [{ event, options: { windows: [[0, "5"]] } }, "options.windows.0.1"],
      [{ event, options: { estimation: [-10, 0] } }, "options.estimation"],
      [{ event, options: { model: "fama-french-3" } }, "options.model"],
      [{ event, options: { extra: 1 } }, "options.extra"],
    ];
    for (const [body, path] of cases) {
      const res = await postJson(app, "/api/studies", body);
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      const error = await errorOf(res);
      expect(
        error.issues?.map((i) => i.path),
        path,
      ).toContain(path);
    }
    const after = await store.counts();
    expect(after.studies).toBe(before.studies);
  });

  it("answers 404 for an unknown study and 400 for an id that is not one", async () => {
    const { app } = await testApp();
    for (const path of ["/api/studies/999", "/api/studies/999/export?format=csv"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code).toBe("not_found");
    }
    for (const id of ["abc", "0", "-1", "1.5", "99999999999999999999"]) {
      const res = await app.request(`/api/studies/${id}`);
      expect(res.status, id).toBe(400);
      expect((await errorOf(res)).issues?.[0]?.path).toBe("id");
    }
  });

  it("answers 400 for an unknown export format", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    const { id } = (await (await postJson(app, "/api/studies", { event: syntheticEvent() })).json()) as { id: number };
    const res = await app.request(`/api/studies/${id}/export?format=xlsx`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.[0]?.path).toBe("format");
  });
});

describe("createApp", () => {
  it("needs no server: app.request() is enough", async () => {
    const { store } = await testApp();
    const app = createApp({ store, knowledge: testKnowledge(), newsDir: tempDir() });
    expect((await app.request("/api/health")).status).toBe(200);
    store.close();
  });
});

/**
 * The founding example through the API, as the web page drives it: read the example article, extract
 * its event, study it with prices from the shared data folder, fetch the study again, export it.
 * Needs ../shared (news and data) beside the project; skipped without it.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eventDocumentSchema } from "../../src/news/index.js";
import { exampleSchema, studyResponseSchema } from "../../src/server/schemas.js";
import { HAVE_SHARED, postJson, removeTempDirs, SHARED_DATA, tempDir, testApp } from "./helpers.js";

afterAll(removeTempDirs);

describe.skipIf(!HAVE_SHARED)("the founding example: extract → study → fetch → export", () => {
  it("runs end to end on the shared article and data", async () => {
    // The default news folder (<repo>/../shared/news) and a temporary store file.
    const storeFile = join(tempDir(), "store.duckdb");
    const { app, store, errors } = await testApp({ dataDir: SHARED_DATA, newsDir: undefined }, storeFile);
    expect(store.path).toBe(storeFile);

    const list = (await (await app.request("/api/examples")).json()) as { id: string; published?: string }[];
    expect(list).toContainEqual(expect.objectContaining({ id: "xi-meets-tech-bosses", published: "2025-02-18" }));
    const example = exampleSchema.parse(await (await app.request("/api/examples/xi-meets-tech-bosses")).json());
    expect(example.title).toMatch(/Xi Jinping/);

    const extracted = await postJson(app, "/api/events/extract", { text: example.text, published: example.published });
    expect(extracted.status).toBe(200);
    const event = eventDocumentSchema.parse(await extracted.json());
    expect(event.eventDate).toBe("2025-02-17");
    const roles = Object.fromEntries(event.companies.map((c) => [c.entityId, c.role]));
    expect(roles).toMatchObject({ baidu: "absent", tencent: "present" });

    const created = await postJson(app, "/api/studies", { event });
    expect(errors).toEqual([]);
    expect(created.status).toBe(201);
    const study = studyResponseSchema.parse(await created.json());
    const baidu = study.result.events.find((e) => e.security === "9888.HK");
    expect(baidu?.status).toBe("ok");
    const day0 = baidu!.windows.find((w) => w.window[0] === 0 && w.window[1] === 0);
    expect(day0!.car!).toBeLessThan(-0.04); // Baidu fell about 7 % in Hong Kong that day
    expect(JSON.stringify(study.charts.carPaths)).toContain("Baidu (9888.HK)");
    expect(study.headline).toMatch(/Hang Seng/);
    expect((await store.counts()).studies).toBe(1);

    const fetched = await app.request(`/api/studies/${study.id}`);
    expect(await fetched.json()).toEqual(study);

    const csv = await app.request(`/api/studies/${study.id}/export?format=csv`);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="study-${study.id}.csv"`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark, for Excel
    const rows = new TextDecoder().decode(bytes).trim().split("\n");
    expect(rows[0]).toMatch(/^id,security,market,group,.*,company,role$/);
    // Group labels in ASCII: "absent · HK" is written "absent / HK".
    expect(rows.some((r) => r.startsWith("baidu@9888.HK,9888.HK,^HSI,absent / HK,") && r.endsWith(",Baidu,absent"))).toBe(true);

    const json = await app.request(`/api/studies/${study.id}/export?format=json`);
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="study-${study.id}.json"`);
    expect(JSON.parse(await json.text())).toEqual(study);
    store.close();
  });
});

/**
 * POST /api/studies/events: an uploaded event list becomes a stored study (its prices uploaded first
 * through POST /api/prices/import, or imported from the data folder), with every study setting the
 * engine has; a bad row is refused as 400 naming the line and the column, and nothing is stored.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { StudyResult } from "../../src/study/results.js";
import { postJson, removeTempDirs, syntheticCsv, syntheticDataDir, syntheticEvent, testApp, type ErrorBody, type TestApp } from "./helpers.js";

interface IssueBody extends ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string; line?: number; field?: string }[] };
}

interface ListStudy {
  id: number;
  headline: string;
  source: { file: string; events: number };
  event?: unknown;
  result: StudyResult;
  charts: Record<string, unknown>;
}

const LIST = "id,security,date,group\nbaidu,9888.HK,2025-02-17,absent\ntencent,0700.HK,2025-02-17,present\nalibaba,9988.HK,2025-02-17,present\n";

function form(text: string, name: string, options?: unknown): FormData {
  const f = new FormData();
  f.append("file", new File([text], name, { type: "text/csv" }));
  if (options !== undefined) f.append("options", typeof options === "string" ? options : JSON.stringify(options));
  return f;
}

async function postForm(t: TestApp, path: string, body: FormData): Promise<Response> {
  return t.app.request(path, { method: "POST", body });
}

/** Uploads the synthetic prices of the three listings and the Hang Seng index. */
async function uploadPrices(t: TestApp): Promise<void> {
  const files: [string, number, { date: string; move: number } | undefined][] = [
    ["9888.HK.csv", 1, { date: "2025-02-17", move: -0.07 }],
    ["0700.HK.csv", 2, { date: "2025-02-17", move: 0.04 }],
    ["9988.HK.csv", 3, { date: "2025-02-17", move: 0.03 }],
    ["^HSI.csv", 4, undefined],
  ];
  for (const [name, seed, shock] of files) {
    const res = await postForm(t, "/api/prices/import", form(syntheticCsv(seed, shock), name));
    expect(res.status, name).toBe(200);
    const body = (await res.json()) as { results: { error?: string }[] };
    expect(body.results[0]?.error, name).toBeUndefined();
  }
}

afterAll(removeTempDirs);

describe("POST /api/studies/events", () => {
  it("refuses a bad row with 400 naming the file, the line and the column, and stores nothing", async () => {
    const t = await testApp();
    const res = await postForm(t, "/api/studies/events", form("security,date\n9888.HK,2025-02-17\n0700.HK,2025-02-31\n", "events.csv"));
    expect(res.status).toBe(400);
    const body = (await res.json()) as IssueBody;
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toMatch(/^upload\/events\.csv:3: field "date": /);
    expect(body.error.issues).toEqual([{ path: "file", line: 3, field: "date", message: expect.stringMatching(/2025-02-31/) }]);
    expect((await t.store.counts()).studies).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it("names the missing column, and an empty security's line", async () => {
    const t = await testApp();
    const noDate = (await (await postForm(t, "/api/studies/events", form("security,day\n9888.HK,2025-02-17\n", "list.csv"))).json()) as IssueBody;
    expect(noDate.error.issues?.[0]).toMatchObject({ path: "file", message: expect.stringMatching(/date/) });
    const empty = (await (await postForm(t, "/api/studies/events", form("security,date\n9888.HK,2025-02-17\n ,2025-02-18\n", "list.csv"))).json()) as IssueBody;
    expect(empty.error.issues?.[0]).toMatchObject({ path: "file", line: 3, field: "security" });
  });

  it("refuses bad options by their field, and a body that is not an upload", async () => {
    const t = await testApp();
    const res = await postForm(t, "/api/studies/events", form(LIST, "events.csv", { tests: ["no-such-test"], bootstrap: { draws: 0 } }));
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as IssueBody).error.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["options.tests.0", "options.bootstrap.draws"]));
    const notJson = await postForm(t, "/api/studies/events", form(LIST, "events.csv", "{"));
    expect(((await notJson.json()) as IssueBody).error.issues).toEqual([{ path: "options", message: "not valid JSON" }]);
    const json = await t.app.request("/api/studies/events", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
    const noFile = new FormData();
    noFile.append("options", "{}");
    expect(((await (await postForm(t, "/api/studies/events", noFile)).json()) as IssueBody).error.issues).toEqual([
      { path: "file", message: "a file is required" },
    ]);
  });

  it("studies an uploaded list on uploaded prices with the tests, convention, adjustments and bootstrap asked for", async () => {
    const t = await testApp();
    await uploadPrices(t);
    const options = {
      model: "market-adjusted",
      estimation: [-200, -11],
      windows: [
        [0, 0],
        [-1, 1],
      ],
      tests: ["cross-sectional-t", "patell", "grank-t", "bootstrap-skewness-adjusted-t"],
      convention: "estudy2",
      adjust: ["holm", "benjamini-hochberg"],
      bootstrap: { draws: 199, seed: 7 },
    };
    const res = await postForm(t, "/api/studies/events", form(LIST, "events.csv", options));
    expect(res.status).toBe(201);
    const study = (await res.json()) as ListStudy;
    expect(res.headers.get("location")).toBe(`/api/studies/${study.id}`);
    expect(study.source).toEqual({ file: "upload/events.csv", events: 3 });
    expect(study.event).toBeUndefined();
    const c = study.result.conventions;
    expect(c.model).toBe("market-adjusted");
    expect(c.estimation).toEqual([-200, -11]);
    expect(c.windows).toEqual(options.windows);
    expect(c.convention).toBe("estudy2");
    expect(c.tests.map((x) => x.name)).toEqual(options.tests);
    const baidu = study.result.events.find((e) => e.id === "baidu")!;
    expect(baidu.status).toBe("ok");
    // The -7 % shock of the synthetic prices on day 0, less the index's own move that day.
    expect(baidu.days.find((d) => d.day === 0)!.ar).toBeLessThan(-0.04);
    const all = study.result.groups.find((g) => g.group === "all")!;
    expect(all.measured).toBe(3);
    const day0 = all.windows[0]!;
    expect(Object.keys(day0.tests).sort()).toEqual([...options.tests].sort());
    expect(Object.keys(day0.tests["patell"]!.adjusted ?? {}).sort()).toEqual(["benjamini-hochberg", "holm"]);
    expect(day0.tests["bootstrap-skewness-adjusted-t"]).toMatchObject({ draws: 199, seed: 7 });
    expect(study.headline).toMatch(/^3 of 3 events measured\. CAAR over \[0, 0\] of all events: (?:[+−]\d+\.\d\d|0\.00)% \(cross-sectional t: p = /);
    expect(Object.keys(study.charts).sort()).toEqual(["carPaths", "day0", "groupCaar"]);

    // Stored: given back as it was answered, and exported.
    const again = await t.app.request(`/api/studies/${study.id}`);
    expect(await again.json()).toEqual(study);
    const csv = await t.app.request(`/api/studies/${study.id}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("9888.HK");
    expect(t.errors).toEqual([]);
  });

  it("imports the prices the store lacks from the data folder, and reports a security without any by its reason", async () => {
    const t = await testApp({ dataDir: syntheticDataDir() });
    const res = await postForm(t, "/api/studies/events", form(`${LIST}ghost,GHOST.HK,2025-02-17,absent\n`, "events.csv"));
    expect(res.status).toBe(201);
    const study = (await res.json()) as ListStudy;
    expect(study.result.events.find((e) => e.id === "baidu")?.status).toBe("ok");
    const ghost = study.result.events.find((e) => e.id === "ghost")!;
    expect(ghost.status).not.toBe("ok");
    expect(ghost.reason).toMatch(/GHOST\.HK/);
  });
});

describe("GET /api/study-settings", () => {
  it("lists every test with its paper, the conventions, the adjustments and the engine's defaults", async () => {
    const t = await testApp();
    const body = (await (await t.app.request("/api/study-settings")).json()) as {
      tests: { name: string; label: string; citation: string; byDefault: boolean }[];
      conventions: { name: string }[];
      adjustments: { name: string }[];
      defaults: { estimation: number[]; windows: number[][]; bootstrap: { draws: number; seed: number } };
    };
    expect(body.tests.find((x) => x.name === "grank-t")).toMatchObject({ byDefault: false, citation: expect.stringMatching(/Kolari/) });
    expect(body.tests.find((x) => x.name === "patell")?.byDefault).toBe(true);
    expect(body.conventions.map((x) => x.name)).toEqual(["textbook", "estudy2", "eventstudy-py"]);
    expect(body.adjustments.map((x) => x.name)).toEqual(["holm", "benjamini-hochberg"]);
    expect(body.defaults).toMatchObject({ estimation: [-250, -11], bootstrap: { draws: 1000, seed: 42 } });
  });
});

describe("POST /api/studies takes the same settings", () => {
  it("runs an article's event with the tests, convention, adjustments and bootstrap asked for", async () => {
    const t = await testApp({ dataDir: syntheticDataDir() });
    const options = { tests: ["grank-t", "wild-bootstrap-rademacher"], convention: "eventstudy-py", adjust: ["holm"], bootstrap: { draws: 99, seed: 3 } };
    const res = await postJson(t.app, "/api/studies", { event: syntheticEvent(), options });
    expect(res.status).toBe(201);
    const { result } = (await res.json()) as { result: StudyResult };
    expect(result.conventions.convention).toBe("eventstudy-py");
    expect(result.conventions.tests.map((x) => x.name)).toEqual(options.tests);
    const window = result.groups.find((g) => g.measured > 0)!.windows[0]!;
    expect(Object.keys(window.tests["grank-t"]!.adjusted ?? {})).toEqual(["holm"]);
    expect(window.tests["wild-bootstrap-rademacher"]).toMatchObject({ draws: 99, seed: 3 });
  });
});

import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importResponseSchema } from "../../src/server/schemas.js";
import { uploadName } from "../../src/pipeline/importUpload.js";
import { postJson, removeTempDirs, syntheticCsv, syntheticDataDir, tempDir, testApp, type ErrorBody } from "./helpers.js";

afterAll(removeTempDirs);

/** A data folder, a secret file beside it (outside), and symbolic links inside pointing out. */
function fixture(): { dataDir: string; outside: string } {
  const dataDir = syntheticDataDir();
  const outside = tempDir("aftershock-outside-");
  writeFileSync(join(outside, "0005.HK.csv"), syntheticCsv(9));
  symlinkSync(join(outside, "0005.HK.csv"), join(dataDir, "hk", "link.csv"));
  symlinkSync(outside, join(dataDir, "elsewhere"));
  return { dataDir, outside };
}

function upload(file: Blob, name: string, extra: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  form.set("file", file, name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return { method: "POST", body: form };
}

describe("POST /api/prices/import { path }", () => {
  it("imports a file of the data folder, and a folder's files, naming them relative to it", async () => {
    const { dataDir } = fixture();
    const { app, store } = await testApp({ dataDir });
    const res = await postJson(app, "/api/prices/import", { path: "hk/9888.HK.csv" });
    expect(res.status).toBe(200);
    const { results } = importResponseSchema.parse(await res.json());
    expect(results).toHaveLength(1);
    const [first] = results;
    expect(first!.file).toBe("hk/9888.HK.csv");
    expect("report" in first! && first.report.securitiesAdded).toEqual(["9888.HK"]);
    expect("summary" in first! && first.summary).toMatch(/^hk\/9888\.HK\.csv \(date-open-close-volume\)/);
    expect(JSON.stringify(results)).not.toContain(dataDir);

    const folder = importResponseSchema.parse(await (await postJson(app, "/api/prices/import", { path: "hk" })).json());
    // The symbolic link inside hk/ to a file outside is not followed.
    expect(folder.results.map((r) => r.file)).toEqual(["hk/0700.HK.csv", "hk/9888.HK.csv", "hk/9988.HK.csv"]);
    expect(await store.securities.symbols()).toEqual(["0700.HK", "9888.HK", "9988.HK"]);
    // Harmless dots that stay inside are fine.
    expect((await postJson(app, "/api/prices/import", { path: "./hk/../indices/HSI.csv" })).status).toBe(200);
  });

  it("reports a file it cannot read as that file's error, and imports the others", async () => {
    const dataDir = syntheticDataDir();
    writeFileSync(join(dataDir, "hk", "bad.csv"), "date,open,close,volume\nnot a date,1,2,3\n");
    const { app } = await testApp({ dataDir });
    const { results } = importResponseSchema.parse(await (await postJson(app, "/api/prices/import", { path: "hk" })).json());
    const bad = results.find((r) => r.file === "hk/bad.csv");
    expect(bad && "error" in bad && bad.error).toMatch(/^hk\/bad\.csv:2: /);
    expect(results.filter((r) => "report" in r)).toHaveLength(3);
  });

  it.each([
    ["../secret.csv"],
    ["hk/../../secret.csv"],
    [".."],
    ["%2e%2e/secret.csv"],
    ["%2E%2E%2Fsecret.csv"],
    ["hk/%2e%2e/%2e%2e/secret.csv"],
    ["%252e%252e/secret.csv"],
    ["..\\secret.csv"],
    ["/etc/passwd"],
    ["/"],
    ["C:\\Windows\\win.ini"],
    ["hk/link.csv"],
    ["elsewhere/0005.HK.csv"],
    ["elsewhere"],
    ["elsewhere/"],
  ])("refuses %s with 403 and leaves the store untouched", async (path) => {
    const { dataDir } = fixture();
    writeFileSync(join(dataDir, "..", "secret.csv"), syntheticCsv(10));
    const { app, store } = await testApp({ dataDir });
    const before = await store.counts();
    const res = await postJson(app, "/api/prices/import", { path });
    expect(res.status).toBe(403);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).not.toContain(dataDir);
    expect(await store.counts()).toEqual(before);
  });

  it("refuses an absolute path even inside the data folder", async () => {
    const dataDir = syntheticDataDir();
    const { app, store } = await testApp({ dataDir });
    const res = await postJson(app, "/api/prices/import", { path: join(dataDir, "hk", "9888.HK.csv") });
    expect(res.status).toBe(403);
    expect((await store.counts()).prices).toBe(0);
  });

  it("answers 404 for a path that does not exist, and 403 when the server has no data folder", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    expect((await postJson(app, "/api/prices/import", { path: "hk/NOPE.csv" })).status).toBe(404);
    const bare = await testApp();
    expect((await postJson(bare.app, "/api/prices/import", { path: "hk/9888.HK.csv" })).status).toBe(403);
  });

  it("answers 400 with field paths for bad bodies and 415 for other media types", async () => {
    const { app } = await testApp({ dataDir: syntheticDataDir() });
    for (const [body, path] of [
      [{}, "path"],
      [{ path: 3 }, "path"],
      [{ path: "" }, "path"],
      [{ path: "hk", format: "excel" }, "format"],
      [{ path: "hk", other: 1 }, "other"],
    ] as const) {
      const res = await postJson(app, "/api/prices/import", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.issues?.map((i) => i.path)).toContain(path);
    }
    const text = await app.request("/api/prices/import", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hk" });
    expect(text.status).toBe(415);
  });
});

describe("POST /api/prices/import (upload)", () => {
  it("imports an uploaded file under its name and deletes the temporary copy", async () => {
    const { app, store } = await testApp();
    const leftBefore = readdirSync(tmpdir()).filter((f) => f.startsWith("aftershock-upload-")).length;
    const res = await app.request("/api/prices/import", upload(new Blob([syntheticCsv(5)]), "9888.HK.csv"));
    expect(res.status).toBe(200);
    const { results } = importResponseSchema.parse(await res.json());
    expect(results).toEqual([expect.objectContaining({ file: "upload/9888.HK.csv" })]);
    expect(await store.securities.symbols()).toEqual(["9888.HK"]);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith("aftershock-upload-")).length).toBe(leftBefore);
  });

  it("answers a file it cannot read as that file's error, without the temporary path", async () => {
    const { app, store } = await testApp();
    const res = await app.request("/api/prices/import", upload(new Blob(["hello\nworld\n"]), "../../x.csv"));
    expect(res.status).toBe(200);
    const { results } = importResponseSchema.parse(await res.json());
    expect(results[0]!.file).toBe("upload/x.csv");
    expect("error" in results[0]! && results[0].error).toMatch(/^upload\/x\.csv/);
    expect(JSON.stringify(results)).not.toContain(tmpdir());
    expect((await store.counts()).prices).toBe(0);
  });

  it("answers 413 for an upload over the limit, and leaves the store untouched", async () => {
    const { app, store } = await testApp({ uploadLimitBytes: 1024 });
    const before = await store.counts();
    const res = await app.request("/api/prices/import", upload(new Blob([syntheticCsv(6)]), "9888.HK.csv"));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe("payload_too_large");
    expect(await store.counts()).toEqual(before);
    // Just under the limit is fine.
    const small = "date,open,close,volume\n2025-01-02,1,1,1\n2025-01-03,1,1.1,1\n";
    expect((await app.request("/api/prices/import", upload(new Blob([small]), "9888.HK.csv"))).status).toBe(200);
  });

  it("answers 413 from the Content-Length of a large body before reading it", async () => {
    const { app } = await testApp({ uploadLimitBytes: 1024 });
    const res = await app.request("/api/prices/import", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(50 * 1024 * 1024) },
      body: "--x--",
    });
    expect(res.status).toBe(413);
  });

  it("answers 400 when the field `file` is missing or not a file, or the format is unknown", async () => {
    const { app } = await testApp();
    const form = new FormData();
    form.set("other", new Blob(["x"]), "x.csv");
    const missing = await app.request("/api/prices/import", { method: "POST", body: form });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).error.issues?.[0]?.path).toBe("file");
    const text = new FormData();
    text.set("file", "just text");
    expect((await app.request("/api/prices/import", { method: "POST", body: text })).status).toBe(400);
    const format = await app.request("/api/prices/import", upload(new Blob([syntheticCsv(7)]), "9888.HK.csv", { format: "excel" }));
    expect(format.status).toBe(400);
    expect(((await format.json()) as ErrorBody).error.issues?.[0]?.path).toBe("format");
  });

  it("makes upload names safe", () => {
    expect(uploadName("9888.HK.csv")).toBe("9888.HK.csv");
    expect(uploadName("../../etc/passwd")).toBe("passwd");
    expect(uploadName("C:\\data\\^HSI.csv")).toBe("^HSI.csv");
    expect(uploadName("..")).toBe("upload.csv");
    expect(uploadName(".hidden")).toBe("hidden");
    expect(uploadName("a b;c.csv")).toBe("a_b_c.csv");
  });
});

describe("import and study share the store safely", () => {
  it("imports the same file concurrently without changing anything twice", async () => {
    const dataDir = syntheticDataDir();
    mkdirSync(join(dataDir, "more"));
    const { app, store } = await testApp({ dataDir });
    const responses = await Promise.all(Array.from({ length: 10 }, () => postJson(app, "/api/prices/import", { path: "hk/9888.HK.csv" })));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const reports = await Promise.all(responses.map(async (r) => importResponseSchema.parse(await r.json()).results[0]!));
    const inserted = reports.map((r) => ("report" in r ? r.report.inserted : -1));
    expect(inserted.filter((n) => n > 0)).toHaveLength(1);
    expect(inserted.filter((n) => n === 0)).toHaveLength(9);
    expect((await store.counts()).prices).toBe(Math.max(...inserted));
  });
});

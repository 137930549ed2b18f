/**
 * The HTTP API (and the built web page) as a Hono app: testable with `app.request()` without a
 * server; `serve()` (serve.ts) puts it on a port.
 *
 * Every error answer is `{ error: { code, message, issues? } }`: ApiError carries the status and
 * code; anything unexpected is logged and answered as a plain 500 without detail.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { limitsFromEnv, limitVariable, type Limits } from "../limits.js";
import type { FormatName } from "../data/importers/index.js";
import type { Store } from "../data/store/index.js";
import { projectRoot, type LoadedKnowledge } from "../pipeline/environment.js";
import type { StudyResult } from "../study/results.js";
import { ApiError, apiErrorOf, errorAnswer } from "./errors.js";
import { serverBusy, type JobRunner } from "./jobPool.js";
import { inlineJobs } from "../pipeline/jobs.js";
import { directorySharing } from "../pipeline/securitiesDirectory.js";
import { listExamples, readExample } from "../pipeline/examples.js";
import { importDataPath } from "./imports.js";
import { importUpload } from "../pipeline/importUpload.js";
import { Lock } from "./lock.js";
import { openApiDocument } from "./openapi.js";
import {
  exportQuerySchema,
  extractRequestSchema,
  importPathRequestSchema,
  importUploadSchema,
  securitiesQuerySchema,
  studyIdSchema,
  studyRequestSchema,
  studyUploadOptionsSchema,
  type StudyOptionsRequest,
} from "./schemas.js";
import { SecuritySearch } from "./securities.js";
import { stallMark } from "./stallTrace.js";
import { createListStudy, createStudy, loadStudy, loadStudyJson } from "./studies.js";
import { readEventList, type EventList } from "../pipeline/eventListStudy.js";
import { studySettingsCatalogue } from "../pipeline/studySettings.js";
import { InputError } from "../shared/errors.js";
import { studyExportCsv } from "../pipeline/articleReport.js";

export interface AppDeps {
  readonly store: Store;
  /** The knowledge base (loadKnowledge()): extraction and security search. */
  readonly knowledge: Pick<LoadedKnowledge, "entities" | "bySymbol">;
  /** Folder of price files: studies import missing prices from it, and POST /api/prices/import { path } reads inside it only. */
  readonly dataDir?: string | undefined;
  /** Folder of example articles (default <repo>/../shared/news). */
  readonly newsDir?: string | undefined;
  /** Largest upload to POST /api/prices/import (default: limits.uploadBytes). */
  readonly uploadLimitBytes?: number | undefined;
  /** What one request may ask for (default: limitsFromEnv()). */
  readonly limits?: Limits | undefined;
  /** The built web page (default <repo>/web/dist). */
  readonly webDir?: string | undefined;
  /** Runs extractions and studies (default: on the request thread; serve() gives a pool of worker threads). */
  readonly jobs?: JobRunner | undefined;
  /** Where unexpected errors are reported (default console.error). */
  readonly logError?: ((message: string, error: unknown) => void) | undefined;
}

/** Largest JSON body (an event document with its evidence is a few kB; an article at most 2 MB, escaped). */
const JSON_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
/** The content type of JSON answers (as c.json() sends it). */
const JSON_TYPE = "application/json";
/** Room for the multipart framing around an upload. */
const MULTIPART_SLACK_BYTES = 64 * 1024;

/** The repository's root folder (holding package.json). */
function repoRoot(): string {
  return projectRoot();
}

/** aftershock's version, from package.json. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "0.0.0";
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>aftershock</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
<h1>aftershock</h1>
<p>The web page has not been built yet: run <code>npm run build</code> (it writes <code>web/dist</code>), then reload.</p>
<p>The API is up: see <a href="/api/health">/api/health</a> and <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

function tooLarge(limit: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: limit,
    onError: () => {
      throw ApiError.tooLarge(`the request body is larger than ${limit} bytes`);
    },
  });
}

/** The JSON body, parsed and validated; 400 naming each bad field. */
async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, "invalid_json", "the request body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ApiError.fromZod(parsed.error, "body");
  return parsed.data;
}

function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw ApiError.fromZod(parsed.error, "query");
  return parsed.data;
}

function studyId(c: Context): number {
  const parsed = studyIdSchema.safeParse(c.req.param("id"));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "invalid id";
    throw new ApiError(400, "invalid_path", `invalid study id: ${message}`, [{ path: "id", message }]);
  }
  return parsed.data;
}

/** The fields of a multipart upload, with its one file in the field `file` (at most `limit` bytes); 415 for any other body. */
async function upload(c: Context, limit: number): Promise<{ file: File; fields: Record<string, string> }> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data"))
    throw new ApiError(415, "unsupported_media_type", "send a multipart/form-data upload with the file in the field `file`");
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(400, "invalid_body", "the multipart body cannot be read");
  }
  const file = form["file"];
  if (!(file instanceof File)) {
    throw new ApiError(400, "invalid_body", "the upload needs one file in the field `file`", [
      { path: "file", message: Array.isArray(file) ? "one file only" : "a file is required" },
    ]);
  }
  if (file.size > limit)
    throw ApiError.tooLarge(`the file is ${file.size} bytes, more than the ${limit} accepted`, [{ path: "file", message: `at most ${limit} bytes` }]);
  const fields = Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return { file, fields };
}

/** An uploaded event list, read; a 400 naming the file's line and column when a row is wrong. */
async function uploadedEventList(file: File): Promise<EventList> {
  try {
    return readEventList(await file.text(), file.name);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new ApiError(400, "invalid_input", e.message, [
      { path: "file", message: e.detail, ...(e.line === undefined ? {} : { line: e.line }), ...(e.field === undefined ? {} : { field: e.field }) },
    ]);
  }
}

/** The `options` field of an upload: JSON text validated as a study's options (400 naming each bad field under `options`). */
function uploadedOptions(text: string | undefined): StudyOptionsRequest {
  if (text === undefined || text.trim() === "") return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_body", "the field `options` is not valid JSON", [{ path: "options", message: "not valid JSON" }]);
  }
  const parsed = studyUploadOptionsSchema.safeParse({ options: raw });
  if (!parsed.success) throw ApiError.fromZod(parsed.error, "body");
  return parsed.data.options;
}

export function createApp(deps: AppDeps): Hono {
  const { store } = deps;
  const newsDir = deps.newsDir ?? join(repoRoot(), "..", "shared", "news");
  const webDir = deps.webDir ?? join(repoRoot(), "web", "dist");
  const limits = deps.limits ?? limitsFromEnv();
  const uploadLimit = deps.uploadLimitBytes ?? limits.uploadBytes;
  const logError = deps.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const version = packageVersion();
  const importLock = new Lock();
  const jobs = deps.jobs ?? inlineJobs(deps.knowledge);
  const sharedDirectory = directorySharing(store);
  const search = new SecuritySearch(deps.knowledge, async (query, limit) => {
    const out = await jobs.run({ kind: "search", query, limit });
    return "ids" in out ? out.ids : [];
  });
  let openApi: Record<string, unknown> | undefined;
  const settings = studySettingsCatalogue();

  const app = new Hono();

  // Each request's start and end, for the stall trace (stallTrace.ts; nothing when it is off).
  app.use("/api/*", async (c, next) => {
    const route = `${c.req.method} ${c.req.path.replace(/\/\d+(?=\/|$)/g, "/:id")}`;
    stallMark(`${route} begins`);
    await next();
    stallMark(`${route} answered ${c.res.status}`);
  });

  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      const code = err.status === 413 ? "payload_too_large" : err.status === 404 ? "not_found" : "bad_request";
      return c.json({ error: { code, message: err.message || code.replace("_", " ") } }, err.status);
    }
    const answer = errorAnswer(err);
    if (answer.fault) logError(`aftershock serve: ${c.req.method} ${c.req.path} failed:`, err);
    return c.json(answer.body, answer.status, answer.headers);
  });

  app.get("/api/health", (c) => c.json({ ok: true as const, version }));

  app.get("/api/openapi.json", (c) => {
    openApi ??= openApiDocument(version);
    return c.json(openApi);
  });

  app.get("/api/examples", async (c) => c.json(await listExamples(newsDir)));
  app.get("/api/examples/:id", async (c) => {
    const id = c.req.param("id");
    const example = await readExample(newsDir, id);
    if (example === undefined) throw ApiError.notFound(`no example article "${id}"`);
    return c.json(example);
  });

  app.post("/api/events/extract", tooLarge(JSON_BODY_LIMIT_BYTES), async (c) => {
    if (jobs.full) throw serverBusy(limits);
    const body = await jsonBody(c, extractRequestSchema);
    const bytes = Buffer.byteLength(body.text, "utf8");
    if (bytes > limits.articleBytes) {
      throw ApiError.tooLarge(`the text is ${bytes} bytes, more than the ${limits.articleBytes} accepted (${limitVariable("articleBytes")})`, [
        { path: "text", message: `at most ${limits.articleBytes} bytes` },
      ]);
    }
    const directory = await sharedDirectory();
    stallMark("extract: directory shared, job sent");
    const out = await jobs.run({ kind: "extract", text: body.text, directory, published: body.published, format: body.format });
    if ("failed" in out) throw "code" in out.failed ? apiErrorOf(out.failed, "invalid_input") : new ApiError(400, "invalid_input", out.failed.message);
    // The event as the worker wrote it: a large one is neither parsed nor written again on this thread.
    return c.body(out.json, 200, { "Content-Type": JSON_TYPE });
  });

  app.get("/api/securities", async (c) => {
    const q = query(c, securitiesQuerySchema);
    return c.json(await search.search(store, q.q, q.limit ?? 10));
  });

  app.post("/api/prices/import", tooLarge(Math.max(uploadLimit + MULTIPART_SLACK_BYTES, 1024 * 1024)), async (c) => {
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    if (type.startsWith("multipart/form-data")) {
      const { file, fields: form } = await upload(c, uploadLimit);
      const fields = importUploadSchema.pick({ format: true }).safeParse({ ...(form["format"] === undefined ? {} : { format: form["format"] }) });
      if (!fields.success) throw ApiError.fromZod(fields.error, "body");
      const format: FormatName | undefined = fields.data.format;
      return c.json({ results: [await importLock.run(() => importUpload(store, file, format))] });
    }
    if (type === "" || type.startsWith("application/json")) {
      const body = await jsonBody(c, importPathRequestSchema);
      return c.json({ results: await importLock.run(() => importDataPath(store, deps.dataDir, body.path, body.format)) });
    }
    throw new ApiError(415, "unsupported_media_type", "send application/json { path } or a multipart/form-data upload in the field `file`");
  });

  app.post("/api/studies", tooLarge(JSON_BODY_LIMIT_BYTES), async (c) => {
    if (jobs.full) throw serverBusy(limits);
    const body = await jsonBody(c, studyRequestSchema);
    const { id, json } = await createStudy({ store, dataDir: deps.dataDir, importLock, jobs }, body);
    return c.body(json, 201, { "Content-Type": JSON_TYPE, Location: `/api/studies/${id}` });
  });

  app.post("/api/studies/events", tooLarge(Math.max(uploadLimit + MULTIPART_SLACK_BYTES, 1024 * 1024)), async (c) => {
    if (jobs.full) throw serverBusy(limits);
    const { file, fields } = await upload(c, uploadLimit);
    const options = uploadedOptions(fields["options"]);
    const list = await uploadedEventList(file);
    const { id, json } = await createListStudy({ store, dataDir: deps.dataDir, importLock, jobs }, list, options);
    return c.body(json, 201, { "Content-Type": JSON_TYPE, Location: `/api/studies/${id}` });
  });

  app.get("/api/study-settings", (c) => c.json(settings));

  // A stored study is sent as the UTF-8 bytes of the JSON it was stored as: a large study is neither
  // decoded, parsed nor written again on the thread that answers requests.
  app.get("/api/studies/:id", async (c) => c.body(await loadStudyJson(store, studyId(c)), 200, { "Content-Type": JSON_TYPE }));

  app.get("/api/studies/:id/export", async (c) => {
    const id = studyId(c);
    const { format } = query(c, exportQuerySchema);
    const study = await loadStudy(store, id);
    if (format === "csv") {
      return c.body(studyExportCsv({ result: study.result as unknown as StudyResult, companies: study.companies }), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="study-${id}.csv"`,
      });
    }
    return c.body(JSON.stringify(study, null, 2) + "\n", 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="study-${id}.json"`,
    });
  });

  app.all("/api/*", () => {
    throw ApiError.notFound("no such API route");
  });
  app.all("/api", () => {
    throw ApiError.notFound("no such API route");
  });

  // The web page: files of web/dist, and index.html for the client's routes (/studies/12).
  let staticFiles: MiddlewareHandler | undefined;
  app.get("*", async (c) => {
    const index = join(webDir, "index.html");
    if (!existsSync(index)) return c.html(NOT_BUILT_PAGE);
    staticFiles ??= serveStatic({ root: webDir });
    let missed = false;
    const served = await staticFiles(c, async () => {
      missed = true;
    });
    if (!missed && served instanceof Response) return served;
    // A missing asset is a 404; any other path is a route of the page.
    if (/\.[A-Za-z0-9]+$/.test(c.req.path)) return c.text("not found", 404);
    return c.html(await readFile(index, "utf8"));
  });

  return app;
}

/** The API client: relative URLs on the page's own origin, errors as ApiError with the server's issues. */
import type {
  ApiErrorBody,
  ApiIssue,
  ImportResult,
  StudySettings,
  EventDocument,
  Example,
  ExampleSummary,
  ExtractRequest,
  SecurityHit,
  StoredStudy,
  StudyOptions,
} from "./types.js";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiError["issues"] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

function isErrorBody(x: unknown): x is ApiErrorBody {
  return typeof x === "object" && x !== null && "error" in x && typeof (x as ApiErrorBody).error?.message === "string";
}

async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    // A form (an upload) sets its own multipart type with the boundary; any other body is JSON.
    const json = init.body !== undefined && init.body !== null && !(init.body instanceof FormData);
    response = await fetch(url, { ...init, headers: { accept: "application/json", ...(json ? { "content-type": "application/json" } : {}), ...init.headers } });
  } catch (e) {
    throw new ApiError(0, "network", `The server could not be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.issues ?? []);
    throw new ApiError(response.status, "http", `The server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, "."));
  }
  if (body === undefined) throw new ApiError(response.status, "bad-response", "The server's answer was not JSON.");
  return body as T;
}

export const api = {
  examples: (): Promise<ExampleSummary[]> => request("/api/examples"),
  example: (id: string): Promise<Example> => request(`/api/examples/${encodeURIComponent(id)}`),
  extract: (req: ExtractRequest, signal?: AbortSignal): Promise<EventDocument> =>
    request("/api/events/extract", { method: "POST", body: JSON.stringify(req), ...(signal ? { signal } : {}) }),
  securities: (q: string, limit = 8, signal?: AbortSignal): Promise<SecurityHit[]> =>
    request(`/api/securities?${new URLSearchParams({ q, limit: String(limit) })}`, signal ? { signal } : {}),
  createStudy: (event: EventDocument, options: StudyOptions): Promise<StoredStudy> =>
    request("/api/studies", { method: "POST", body: JSON.stringify({ event, options }) }),
  study: (id: string): Promise<StoredStudy> => request(`/api/studies/${encodeURIComponent(id)}`),
  settings: (): Promise<StudySettings> => request("/api/study-settings"),
  importPrices: (file: File): Promise<{ results: ImportResult[] }> => request("/api/prices/import", { method: "POST", body: upload(file) }),
  createEventListStudy: (file: File, options: StudyOptions): Promise<StoredStudy> =>
    request("/api/studies/events", { method: "POST", body: upload(file, { options: JSON.stringify(options) }) }),
};

/** A multipart body with the file in the field `file` and the given text fields. */
function upload(file: File, fields: Readonly<Record<string, string>> = {}): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

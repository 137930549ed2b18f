import type { z } from "zod";
import { AftershockError, type ErrorCode } from "../shared/errors.js";

/** One problem with a request: where (a dotted path into the body or query, "" for the whole) and what. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
  /** For an uploaded file: the 1-based line at fault. */
  readonly line?: number;
  /** For an uploaded file: the column at fault. */
  readonly field?: string;
}

/** The body of every error answer. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly ApiIssue[] };
}

/**
 * The one error type the API answers with: an HTTP status, a stable machine-readable code, a message
 * for people and, for bad bodies or queries, the fields at fault. Anything else thrown by a handler is
 * logged and answered as a plain 500 (see createApp).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 422 | 500 | 503,
    readonly code: string,
    message: string,
    readonly issues?: readonly ApiIssue[],
    /** Headers of the answer (Retry-After on a 503). */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }

  get body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues === undefined ? {} : { issues: this.issues }) } };
  }

  static badRequest(message: string, issues?: readonly ApiIssue[]): ApiError {
    return new ApiError(400, "bad_request", message, issues);
  }

  static notFound(message: string): ApiError {
    return new ApiError(404, "not_found", message);
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, "forbidden", message);
  }

  static tooLarge(message: string, issues?: readonly ApiIssue[]): ApiError {
    return new ApiError(413, "payload_too_large", message, issues);
  }

  /** A 400 naming each field zod refused, under `root` ("body", "query") in the message only. */
  static fromZod(error: z.ZodError, what: "body" | "query" | "path"): ApiError {
    // An unknown key is reported at its own path ("options.extra"), not at the object holding it.
    const issues = error.issues.flatMap((i) => {
      const at = (path: readonly PropertyKey[]): string => path.map(String).join(".");
      if (i.code === "unrecognized_keys") return i.keys.map((key) => ({ path: at([...i.path, key]), message: "unknown field" }));
      return [{ path: at(i.path), message: i.message }];
    });
    const listed = issues
      .slice(0, 3)
      .map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`))
      .join("; ");
    return new ApiError(400, `invalid_${what}`, `invalid request ${what}: ${listed}${issues.length > 3 ? `; and ${issues.length - 3} more` : ""}`, issues);
  }
}

/** The answer to anything unexpected: no detail leaves the server. */
export const INTERNAL_ERROR_BODY: ApiErrorBody = { error: { code: "internal", message: "internal error" } };

/**
 * The HTTP answer to each error a user can act on, by its code (src/shared/errors.ts): bad input is
 * 400, a benchmark without prices 422, a store held by another process or a service out of reach 503.
 * A knowledge base or store file (or a row of it) that cannot be used is the server's own setup, so 500.
 */
const HTTP_ERRORS: Readonly<Record<ErrorCode, { readonly status: ApiError["status"]; readonly code: string }>> = {
  input: { status: 400, code: "invalid_input" },
  "study-input": { status: 400, code: "invalid_study" },
  "calendar-coverage": { status: 400, code: "invalid_input" },
  "missing-benchmark": { status: 422, code: "missing_prices" },
  busy: { status: 503, code: "busy" },
  unreachable: { status: 503, code: "unreachable" },
  knowledge: { status: 500, code: "internal" },
  "not-a-store": { status: 500, code: "internal" },
  "unreadable-record": { status: 500, code: "internal" },
};

/**
 * The API's answer to an error of the program's model: its status from {@link HTTP_ERRORS}; a refusal
 * of input (400) takes the route's own code (`invalid_input` for an article, `invalid_study` for a study).
 */
export function apiErrorOf(
  e: { readonly code: ErrorCode; readonly message: string; readonly issues?: readonly ApiIssue[] | undefined },
  inputCode?: string,
): ApiError {
  const { status, code } = HTTP_ERRORS[e.code];
  if (status === 500) return new ApiError(500, "internal", "internal error");
  return new ApiError(status, status === 400 && inputCode !== undefined ? inputCode : code, e.message, e.issues);
}

/**
 * The status and body of any error a handler threw, and whether it is a fault of the program to log
 * with its stack: an ApiError as it is, an error of the model by its code, anything else (a RangeError,
 * a TypeError: a bug) a plain 500.
 */
export function errorAnswer(err: unknown): {
  readonly status: ApiError["status"];
  readonly body: ApiErrorBody;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly fault: boolean;
} {
  if (err instanceof ApiError) return { status: err.status, body: err.body, headers: err.headers, fault: false };
  if (err instanceof AftershockError) {
    const answer = apiErrorOf({ code: err.code, message: err.message, issues: studyIssues(err) });
    return { status: answer.status, body: answer.body, fault: answer.status === 500 };
  }
  return { status: 500, body: INTERNAL_ERROR_BODY, fault: true };
}

/** The fields at fault of a study's refusal (`details.issues`), if it names them. */
function studyIssues(err: AftershockError): readonly ApiIssue[] | undefined {
  const issues = err.details["issues"];
  return Array.isArray(issues) ? (issues as ApiIssue[]) : undefined;
}

import type { z } from "zod";

/** One problem with a request: where (a dotted path into the body or query, "" for the whole) and what. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
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

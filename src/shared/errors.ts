/**
 * The program's one error model: every error a user can act on is an {@link AftershockError} with a
 * code, where it was found, and details as data. The text is rendered at the edges: the command line
 * maps each code to an exit code (src/cli/exitCodes.ts), the server to an HTTP status
 * (src/server/errors.ts). Any other error (a RangeError, a TypeError) is a bug and reported as one.
 */

/** What went wrong, as the faces map it. */
export type ErrorCode =
  /** A user's file or argument is wrong (bad date, text in a number field, missing column, ...). */
  | "input"
  /** A study's options or events are wrong; `details.issues` names each field. */
  | "study-input"
  /** A knowledge file cannot be used. */
  | "knowledge"
  /** A date lies outside the years an exchange calendar covers. */
  | "calendar-coverage"
  /** A venue's benchmark has no prices in the store. */
  | "missing-benchmark"
  /** Another aftershock process holds the store. */
  | "busy"
  /** The store file is not a DuckDB database. */
  | "not-a-store"
  /** A document in the store (a saved study) does not have the shape this aftershock reads. */
  | "unreadable-record"
  /** A service could not be used: a price provider, an LLM endpoint. */
  | "unreachable";

/** Where a problem was found: a file with its 1-based line and column name, or a dotted path into a document. */
export interface ErrorLocation {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly field?: string | undefined;
  readonly path?: string | undefined;
}

export class AftershockError extends Error {
  override readonly name: string = "AftershockError";

  constructor(
    readonly code: ErrorCode,
    readonly location: ErrorLocation,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where in an input file a problem was found. `line` is the 1-based physical line; `field` a column name. */
export interface InputLocation {
  readonly file: string;
  readonly line?: number | undefined;
  readonly field?: string | undefined;
}

/**
 * A problem with a user's input file (bad date, text in a number field, missing column, ...).
 *
 * `message` is the full rendered text, `file:line: field "X": detail`, so that printing the error
 * is enough; `detail` is the bare description. `line` and `field` are omitted from the rendering
 * when unknown (e.g. an unreadable or empty file).
 */
export class InputError extends AftershockError {
  override readonly name: string = "InputError";
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly detail: string;

  constructor(where: InputLocation, detail: string, options?: { cause?: unknown; code?: ErrorCode; details?: Readonly<Record<string, unknown>> }) {
    super(options?.code ?? "input", where, renderInputError(where, detail), options?.details ?? {}, options);
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
    this.detail = detail;
  }
}

/** `file:line: field "X": detail`, leaving out the parts that are unknown. */
export function renderInputError(where: InputLocation, detail: string): string {
  const place = where.line === undefined ? where.file : `${where.file}:${where.line}`;
  const field = where.field === undefined ? "" : `field ${JSON.stringify(where.field)}: `;
  return `${place}: ${field}${detail}`;
}

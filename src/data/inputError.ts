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
export class InputError extends Error {
  override readonly name = "InputError";
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly detail: string;

  constructor(where: InputLocation, detail: string, options?: { cause?: unknown }) {
    super(renderInputError(where, detail), options);
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

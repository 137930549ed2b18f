import type { z } from "zod";
import { AftershockError } from "../shared/errors.js";

/** One problem with a study's input: where (a dotted path) and what. */
export interface StudyIssue {
  readonly path: string;
  readonly message: string;
}

/** Invalid study input (options, events, series); the issues are data, the message renders them. */
export class StudyInputError extends AftershockError {
  override readonly name = "StudyInputError";
  constructor(readonly issues: readonly StudyIssue[]) {
    super("study-input", { path: issues[0]?.path }, issues.map((i) => `${i.path}: ${i.message}`).join("; "), { issues });
  }

  static fromZod(error: z.ZodError, root: string): StudyInputError {
    return new StudyInputError(error.issues.map((i) => ({ path: [root, ...i.path.map(String)].join("."), message: i.message })));
  }
}

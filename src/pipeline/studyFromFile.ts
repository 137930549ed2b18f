import { InputError } from "../data/inputError.js";
import { computeStudy, studyDocument, type StudyComputation, type StudyRunOptions } from "../study/runStudy.js";
import type { StudyOptionsInput } from "../study/options.js";
import type { StudyResult } from "../study/results.js";
import { StudyInputError } from "../study/studyInputError.js";
import { loadStudyFile } from "./loadStudyFile.js";
import { checkStudyInputLimits } from "./studyLimits.js";

/** A study file in, the engine's result out: the one path the CLI and the server share. */
export async function studyFromFile(path: string): Promise<{ title?: string; result: StudyResult }> {
  const { title, computation } = await studyComputationFromFile(path);
  return { ...(title === undefined ? {} : { title }), result: studyDocument(computation) };
}

/**
 * A study file in, the engine's columns out (for outputs streamed from them). `overrides` (options given
 * on the command line) replace the file's options of the same name; `outputs` says what the outputs
 * to be written will read (see studyOutputNeeds).
 */
export async function studyComputationFromFile(
  path: string,
  overrides: StudyOptionsInput = {},
  outputs?: StudyRunOptions,
): Promise<{ title?: string; computation: StudyComputation }> {
  const loaded = await loadStudyFile(path);
  const { title } = loaded;
  const input = Object.keys(overrides).length === 0 ? loaded.input : { ...loaded.input, options: { ...loaded.input.options, ...overrides } };
  try {
    checkStudyInputLimits(input);
    return { ...(title === undefined ? {} : { title }), computation: computeStudy(input, outputs) };
  } catch (e) {
    // The engine names options by their path; the user wrote them in this file, at the top level.
    if (e instanceof StudyInputError) {
      const issue = e.issues[0]!;
      throw new InputError({ file: path, field: issue.path.replace(/^options\./, "") }, issue.message, { cause: e });
    }
    throw e;
  }
}

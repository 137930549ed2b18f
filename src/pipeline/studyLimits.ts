/**
 * The limits of src/limits.ts applied to the pipeline's two kinds of study, before any price is read
 * or any event measured: a study file (its options and number of events) and an event document (its
 * companies, windows and estimation).
 */
import type { EventDocument } from "../news/eventDocument.js";
import type { EventWindow } from "../study/eventWindow.js";
import { limitsFromEnv, limitVariable, studyLimitIssues, type Limits } from "../limits.js";
import type { StudyInput } from "../study/runStudy.js";
import { StudyInputError } from "../study/studyInputError.js";

/** Throws a {@link StudyInputError} (paths `options.*`, `events`) when a study file asks for more than the limits. */
export function checkStudyInputLimits(input: StudyInput, limits: Limits = limitsFromEnv()): void {
  const o = input.options ?? {};
  const issues = studyLimitIssues({ estimation: o.estimation, windows: o.windows, permutation: o.permutation, events: input.events.length }, limits);
  if (issues.length > 0) throw new StudyInputError(issues);
}

/** Throws a {@link StudyInputError} (paths `event.companies`, `options.*`) when an event's study asks for more than the limits. */
export function checkEventStudyLimits(
  event: EventDocument,
  options: { readonly estimation?: EventWindow | undefined; readonly windows?: readonly EventWindow[] | undefined },
  limits: Limits = limitsFromEnv(),
): void {
  const issues = studyLimitIssues({ estimation: options.estimation, windows: options.windows }, limits);
  if (event.companies.length > limits.companiesPerEvent) {
    issues.unshift({
      path: "event.companies",
      message: `${event.companies.length} companies; at most ${limits.companiesPerEvent} per event (${limitVariable("companiesPerEvent")})`,
    });
  }
  if (issues.length > 0) throw new StudyInputError(issues);
}

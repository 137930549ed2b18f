/**
 * aftershock's library surface: the event-study engine, its options and result types, and the study
 * file loader. Everything else is internal.
 */
export { runStudy, type StudyEvent, type StudyInput } from "./study/runStudy.js";
export { studyOptionsSchema, type StudyOptions, type StudyOptionsInput } from "./study/options.js";
export { StudyInputError, type StudyIssue } from "./study/studyInputError.js";
export { CONVENTIONS, CONVENTION_NAMES, type Convention, type ConventionName } from "./study/conventions.js";
export { MODEL_NAMES, type ModelName } from "./study/models/index.js";
export { DEFAULT_TEST_NAMES, TEST_NAMES, type TestName } from "./study/significance/index.js";
export { holm, benjaminiHochberg, ADJUSTMENTS, type Adjustment } from "./study/multipleTesting.js";
export { EVENT_STATUS_CODES, type EventStatusCode } from "./study/eventStatus.js";
export type { EventWindow } from "./study/eventWindow.js";
export type { FactorSeries } from "./study/panel.js";
export { returnsFromPrices, percentToFraction } from "./study/returns.js";
export { RESULT_SCHEMA } from "./study/results.js";
export type * from "./study/results.js";
export type { Series } from "./series.js";
export { dayNumber, isoDate } from "./calendar/days.js";
export { loadStudyFile, type LoadedStudy } from "./pipeline/loadStudyFile.js";
export { studyFromFile } from "./pipeline/studyFromFile.js";
export { InputError } from "./data/inputError.js";
export { studyText } from "./report/studyText.js";
export { studyCsv } from "./report/studyCsv.js";

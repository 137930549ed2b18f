/**
 * The names and schemas the faces offer and validate with (model names, file formats, tests, exchange
 * codes, the event document's schema), from the folders that define them, so that a face imports
 * no domain module to list its choices.
 */
export { FORMAT_NAMES, type FormatName } from "../data/importers/index.js";
export { MICS, type Mic } from "../calendar/index.js";
export { companyRoleSchema, eventDocumentSchema, feedItemErrorSchema, type InputFormat } from "../news/index.js";
export { MODEL_NAMES, type ModelName } from "../study/models/index.js";
export { RESULT_SCHEMA } from "../study/results.js";
export { STUDY_KINDS, VOLATILITY_MEASURES, VOLUME_MARKETS, type StudyKind, type VolatilityMeasure, type VolumeMarket } from "../study/kinds/studyKind.js";
export { DEFAULT_TEST_NAMES, TEST_NAMES, type TestName } from "../study/significance/index.js";
export { CONVENTION_NAMES } from "../study/conventions.js";
export { ADJUSTMENTS } from "../study/multipleTesting.js";

import { dayNumber } from "../calendar/days.js";

/** Whether `YYYY-MM-DD` text names a real calendar day (2025-02-29 does not). */
export function isCalendarDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

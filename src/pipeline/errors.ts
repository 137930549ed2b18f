/** The error classes the faces tell apart, from the folders that throw them (all share src/shared/errors.ts). */
export { MissingBenchmarkError } from "./articleStudy.js";
export { StudyInputError } from "../study/studyInputError.js";

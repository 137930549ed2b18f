/**
 * `aftershock/job`: the main job and its parts for scripts (article → event → prices → study → report).
 * Apart from the main entry, which holds the engine alone, because these load the NLP library, DuckDB
 * and ECharts.
 */
export { articleStudy, studyEvent, type ArticleStudy, type ArticleStudyOptions, type StudyEventOptions } from "./pipeline/articleStudy.js";
export { articleJob, type ArticleJob, type ArticleJobOptions, type JobSource } from "./pipeline/articleJob.js";
export { applyCorrections, type EventCorrections } from "./pipeline/corrections.js";
export { studyFromEvents } from "./pipeline/studyFromEvents.js";
export { importPaths, type FileImport } from "./pipeline/importPaths.js";
export { extractEvent, eventDocumentSchema, type EventDocument, type EventCompany, type CompanyRole } from "./news/index.js";
export { loadKnowledge, type LoadedKnowledge } from "./news/knowledge/loadKnowledge.js";
export { openStore, type Store, type ImportReport } from "./data/store/index.js";
export { importFile, type FormatName } from "./data/importers/index.js";
export { getCalendar, type Mic, type TradingCalendar } from "./calendar/index.js";
export { writeReport, type ReportFiles } from "./report/writeReport.js";
export type { ReportInput } from "./report/html/reportInput.js";
export { articleText } from "./report/articleText.js";
export { createApp } from "./server/index.js";

/** News → event extraction: the public surface for the CLI. */
export { extractEvent, detectFormat, type ExtractOptions, type FeedResult, type InputFormat } from "./extractEvent.js";
export {
  EVENT_SCHEMA,
  eventDocumentSchema,
  feedItemErrorSchema,
  companyRoleSchema,
  type CompanyRole,
  type EventCompany,
  type EventDocument,
  type FeedItemError,
} from "./eventDocument.js";
export { eventDocumentText, feedResultsText } from "./eventText.js";
export { llmExtractor, ruleExtractor, LlmError, type EventExtractor, type LlmConfig } from "./llm.js";
export type { KnowledgeBase } from "./gazetteer.js";

/** News → event extraction: the public surface for the CLI. */
export { extractEvent, type FeedResult, type InputFormat } from "./extractEvent.js";
export {
  EVENT_SCHEMA,
  eventDocumentSchema,
  feedItemErrorSchema,
  companyRoleSchema,
  type CompanyRole,
  type EventCompany,
  type EventDocument,
} from "./eventDocument.js";
export { eventDocumentText, feedResultsText } from "./eventText.js";
export { llmExtractor, ruleExtractor } from "./llm.js";

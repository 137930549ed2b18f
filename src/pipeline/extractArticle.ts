/**
 * `aftershock news`: the event of an article (or of each item of a feed) with the rule-based reader or
 * an LLM endpoint, linked with the knowledge base (plus any extra knowledge files) and the store's
 * securities directory when one was imported.
 */
import { InputError } from "../shared/errors.js";
import { eventDocumentText, feedResultsText, llmExtractor, ruleExtractor, type FeedResult, type InputFormat } from "../news/index.js";
import type { EventDocument } from "../news/eventDocument.js";
import { loadKnowledge } from "../news/knowledge/loadKnowledge.js";
import { storedDirectory } from "./securitiesDirectory.js";

export interface ExtractArticleOptions {
  /** Knowledge files (JSON or YAML) read besides the project's own. */
  readonly knowledgeFiles?: readonly string[] | undefined;
  /** An OpenAI-compatible endpoint and model instead of the rules; both or neither. */
  readonly llm?: { readonly url?: string | undefined; readonly model?: string | undefined; readonly apiKey?: string | undefined } | undefined;
  /** The store whose securities directory takes part in linking (see openStore); none is created. */
  readonly storePath?: string | undefined;
  /** The article's name, for messages. */
  readonly source: string;
  readonly published?: string | undefined;
  readonly format?: InputFormat | undefined;
}

/** Reads the article with `read` once the options are known to be usable, and extracts its event. */
export async function extractArticle(read: () => Promise<string>, options: ExtractArticleOptions): Promise<EventDocument | FeedResult[]> {
  const knowledge = loadKnowledge(options.knowledgeFiles === undefined ? [] : [...options.knowledgeFiles]);
  const { url, model, apiKey } = options.llm ?? {};
  if ((url === undefined) !== (model === undefined)) throw new InputError({ file: "command line" }, "--llm-url and --llm-model go together");
  const extractor = url && model ? llmExtractor({ url, model, ...(apiKey ? { apiKey } : {}) }) : ruleExtractor;
  return extractor.extract(await read(), {
    knowledge,
    directory: await storedDirectory(options.storePath),
    source: options.source,
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.format === undefined ? {} : { format: options.format }),
  });
}

/** The extraction as text: the event document, or each item of a feed. */
export function extractionText(result: EventDocument | FeedResult[]): string {
  return Array.isArray(result) ? feedResultsText(result) : eventDocumentText(result);
}

import { AftershockError } from "../shared/errors.js";
import { z } from "zod";
import { InputError } from "../data/inputError.js";
import { isIsoDate } from "../calendar/days.js";
import { EntityRecognizer } from "./entities.js";
import { EVENT_SCHEMA, companyRoleSchema, eventDocumentSchema, type EventCompany, type EventDocument } from "./eventDocument.js";
import { detectFormat, extractEvent, publicationDate, readArticle, type ExtractOptions, type FeedResult } from "./extractEvent.js";
import { listingsOn } from "./listings.js";
import { articleSentences } from "./sentences.js";

/** Something that turns news into event documents: the rule-based default, or a language model. */
export interface EventExtractor {
  readonly name: "rules" | "llm";
  extract(input: string, options: ExtractOptions): Promise<EventDocument | FeedResult[]>;
}

/** The default: rules, no network. */
export const ruleExtractor: EventExtractor = {
  name: "rules",
  extract: (input, options) => Promise.resolve(extractEvent(input, options)),
};

/** An OpenAI-compatible chat-completions endpoint. Off unless the user configures one. */
export interface LlmConfig {
  /** Base URL, e.g. http://localhost:11434/v1 (…/chat/completions is appended). */
  readonly url: string;
  readonly model: string;
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

/** The endpoint could not be used: unreachable, refused, or answered something unusable. */
export class LlmError extends AftershockError {
  override readonly name = "LlmError";

  constructor(message: string, options?: { cause?: unknown }) {
    super("unreachable", {}, message, {}, options);
  }
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** What the model is asked to return; names are linked to the knowledge base afterwards, by rules. */
const llmAnswerSchema = z.object({
  eventDate: z.string().refine(isIsoDate, "a date written YYYY-MM-DD"),
  eventDateEvidence: z.string().default(""),
  companies: z.array(
    z.object({
      name: z.string().min(1),
      role: companyRoleSchema,
      evidence: z.string().min(1),
      via: z.array(z.string()).default([]),
    }),
  ),
  notes: z.array(z.string()).default([]),
});

const INSTRUCTIONS = [
  "You extract the market event a news article reports. Answer with one JSON object and nothing else:",
  '{"eventDate":"YYYY-MM-DD","eventDateEvidence":"sentence","companies":[{"name":"...","role":"present|absent|target|mentioned","evidence":"sentence","via":["person"]}],"notes":["..."]}',
  "eventDate: the day of the main event (meeting, fine, ban, launch...), resolving relative dates against the publication date.",
  "role: present = attended the meeting; absent = noted as missing; target = the event is done to or about it; mentioned = anything else.",
  "Only companies: not regulators, courts, exchanges, indices, news agencies or governments. Ignore page chrome (share prompts, credits).",
].join("\n");

/**
 * A language-model extractor: the model reads the article; its company names are then linked to the
 * knowledge base with the same gazetteer as the rules, so that symbols come from the knowledge base,
 * never from the model. Feeds are not supported (one request per article is the caller's choice).
 */
export function llmExtractor(config: LlmConfig): EventExtractor {
  return {
    name: "llm",
    async extract(input, options) {
      const file = options.source ?? "<input>";
      const format = options.format ?? detectFormat(input);
      if (format === "rss")
        throw new InputError({ file }, "the LLM extractor reads one article at a time; give it the feed's items one by one, or use the rule-based extractor");
      const article = readArticle(input, format, file);
      const notes: string[] = [];
      const published = publicationDate(article, options.published, file, notes);
      const answer = await ask(config, `Published: ${published}\nTitle: ${article.title}\n\n${article.paragraphs.join("\n\n")}`);
      const recognizer = new EntityRecognizer(options.knowledge);
      const companies = new Map<string, EventCompany>();
      for (const c of answer.companies) {
        const found = recognizer.find(articleSentences("", [c.name, ...c.via])).mentions.filter((m) => m.entity.kind === "company");
        const entity = found[0]?.entity;
        if (!entity) {
          notes.push(`The model named "${c.name}", which is not a company of the knowledge base; not linked.`);
          continue;
        }
        if (companies.has(entity.id)) continue;
        companies.set(entity.id, {
          entityId: entity.id,
          name: entity.shortName,
          role: c.role,
          evidence: [c.evidence],
          confidence: 0.7,
          via: c.via,
          ...listingsOn(entity, answer.eventDate),
        });
      }
      if (companies.size === 0) throw new InputError({ file }, "the model named no company of the knowledge base");
      return eventDocumentSchema.parse({
        schema: EVENT_SCHEMA,
        title: article.title,
        published,
        publishedSource: article.published?.source ?? "option",
        eventDate: answer.eventDate,
        eventDateResolution: { method: "explicit", expression: "", evidence: answer.eventDateEvidence, precision: "day" },
        companies: [...companies.values()],
        otherEntities: [],
        notes: [...notes, ...answer.notes],
        extractor: "llm",
      });
    },
  };
}

async function ask(config: LlmConfig, article: string): Promise<z.output<typeof llmAnswerSchema>> {
  const endpoint = `${config.url.replace(/\/+$/, "")}/chat/completions`;
  const doFetch = config.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({
        model: config.model,
        temperature: 0,
        messages: [
          { role: "system", content: INSTRUCTIONS },
          { role: "user", content: article },
        ],
      }),
      signal: AbortSignal.timeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (e) {
    const cause = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    throw new LlmError(
      `LLM extractor: cannot reach ${endpoint} (${cause}). It needs a running OpenAI-compatible endpoint; the default rule-based extractor needs no network.`,
      { cause: e },
    );
  }
  if (!response.ok) throw new LlmError(`LLM extractor: ${endpoint} answered HTTP ${response.status} ${response.statusText}`);
  const body: unknown = await response.json().catch(() => undefined);
  const content = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) }).safeParse(body);
  if (!content.success) throw new LlmError(`LLM extractor: ${endpoint} did not answer in the chat-completions format`);
  const text = content.data.choices[0]!.message.content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LlmError(`LLM extractor: the model's answer is not JSON: ${text.slice(0, 200)}`);
  }
  const answer = llmAnswerSchema.safeParse(json);
  if (!answer.success)
    throw new LlmError(
      `LLM extractor: the model's answer does not have the expected shape: ${answer.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return answer.data;
}

import nlp from "compromise";
import type { SecuritiesDirectory } from "../data/directory/index.js";
import { InputError } from "../data/inputError.js";
import type { Article } from "./article.js";
import { isIsoDate } from "../calendar/days.js";
import { listingsOn } from "./listings.js";
import { EntityRecognizer, type Mention } from "./entities.js";
import { chooseEventDate } from "./eventDate.js";
import { readEventTime } from "./eventTime.js";
import {
  EVENT_SCHEMA,
  REVIEW_BELOW,
  eventDocumentSchema,
  type CompanyRole,
  type EventCompany,
  type EventDocument,
  type FeedItemError,
} from "./eventDocument.js";
import { parseFeed } from "./feeds.js";
import { detectFormat, type InputFormat } from "./inputFormat.js";
import type { KnowledgeBase } from "./gazetteer.js";
import { parseHtml } from "./html.js";
import type { Entity } from "./knowledge/schema.js";
import { parsePlainText } from "./plainText.js";
import { backgroundWords, readRoles, type RoleReading } from "./roles.js";
import { findDates } from "./dates.js";
import type { Sentence } from "./sentences.js";
import { framedReadings, meetingLead } from "./eventFrame.js";
import { quotedOnly } from "./sources.js";
import { articleSentences, datelinePlace } from "./sentences.js";

export { detectFormat, type InputFormat } from "./inputFormat.js";

export interface ExtractOptions {
  /** Publication date YYYY-MM-DD, used when the page does not declare one. */
  readonly published?: string;
  /** Input format; detected from the text when absent. */
  readonly format?: InputFormat;
  readonly knowledge: KnowledgeBase;
  /**
   * The securities directory, under the knowledge base: names and tickers it knows are linked to
   * the listing that traded on the event date. `null`: the caller looked and none is imported (the
   * document says so); absent: the knowledge base alone, silently.
   */
  readonly directory?: SecuritiesDirectory | null;
  /** Name of the input in error messages (a file name). */
  readonly source?: string;
}

/** One document per item of a feed: the event, or why the item could not be read. */
export type FeedResult = EventDocument | FeedItemError;

/**
 * News text to event documents: plain text and HTML give one document, a feed one result per item
 * (a broken item gives an error entry and the others are still read). Bad input (empty, binary, no
 * article, no company) is an InputError: an empty event is never returned as a result.
 */
export function extractEvent(input: string, options: ExtractOptions & { format: "rss" }): FeedResult[];
export function extractEvent(input: string, options: ExtractOptions & { format: "text" | "html" }): EventDocument;
export function extractEvent(input: string, options: ExtractOptions): EventDocument | FeedResult[];
export function extractEvent(input: string, options: ExtractOptions): EventDocument | FeedResult[] {
  const where = { file: options.source ?? "<input>" };
  checkReadable(input, where.file);
  if (options.published !== undefined && !isIsoDate(options.published)) {
    throw new InputError(where, `--published "${options.published}" is not a date written YYYY-MM-DD`);
  }
  const format = options.format ?? detectFormat(input);
  const recognizer = recognizerFor(options.knowledge, options.directory ?? undefined);
  if (format === "rss") return extractFeed(input, options, recognizer, where.file);
  return analyseArticle(readArticle(input, format, where.file), options, recognizer, where.file);
}

/** Prepared recognizers by knowledge base and directory: building one (names, fuzzy index) costs more than reading an article. */
const recognizers = new WeakMap<KnowledgeBase, Map<SecuritiesDirectory | undefined, EntityRecognizer>>();

function recognizerFor(knowledge: KnowledgeBase, directory: SecuritiesDirectory | undefined): EntityRecognizer {
  let byDirectory = recognizers.get(knowledge);
  if (byDirectory === undefined) recognizers.set(knowledge, (byDirectory = new Map()));
  let recognizer = byDirectory.get(directory);
  if (recognizer === undefined) byDirectory.set(directory, (recognizer = new EntityRecognizer(knowledge, directory)));
  return recognizer;
}

/** The article of a plain-text or HTML input, or an InputError when there is none. */
export function readArticle(input: string, format: "text" | "html", file: string): Article {
  checkReadable(input, file);
  const article = format === "html" ? parseHtml(input) : parsePlainText(input);
  if (article.paragraphs.length === 0) {
    throw new InputError(
      { file },
      format === "html" ? "no article text found in the HTML page (only navigation or page chrome)" : "no article text found (only headings or page chrome)",
    );
  }
  return article;
}

function checkReadable(input: string, file: string): void {
  if (input.trim() === "") throw new InputError({ file }, "the input is empty");
  const sample = input.slice(0, 4096);
  const control = [...sample].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return code < 9 || (code > 13 && code < 32) || code === 0xfffd;
  }).length;
  if (sample.includes("\u0000") || control / sample.length > 0.05) {
    throw new InputError({ file }, "the input is not text (binary data?); give a plain-text, HTML or RSS/Atom file");
  }
}

function extractFeed(input: string, options: ExtractOptions, recognizer: EntityRecognizer, file: string): FeedResult[] {
  const items = parseFeed(input);
  if (items.length === 0) throw new InputError({ file }, "the feed has no <item> or <entry>");
  const results = items.map((item): FeedResult => {
    const fail = (error: string): FeedItemError => ({
      schema: "aftershock.event-error/1",
      item: item.index,
      ...(item.title ? { title: item.title } : {}),
      error,
    });
    if ("error" in item) return fail(item.error);
    const body = /<[a-z][^>]*>/i.test(item.body) ? parseHtml(item.body) : parsePlainText(`\n\n${item.body}`);
    if (body.paragraphs.length === 0) return fail("the item has no article text");
    const article: Article = {
      title: item.title,
      paragraphs: body.paragraphs,
      ...(item.published ? { published: { date: item.published, source: "feed" } } : {}),
    };
    try {
      return analyseArticle(article, options, recognizer, `${file} item ${item.index}`);
    } catch (e) {
      if (e instanceof InputError) return fail(e.detail);
      throw e;
    }
  });
  if (results.every((r) => r.schema !== EVENT_SCHEMA)) {
    throw new InputError({ file }, `no item of the feed could be read: ${results.map((r) => ("error" in r ? `item ${r.item}: ${r.error}` : "")).join("; ")}`);
  }
  return results;
}

/** Role precedence when an entity's mentions disagree, by the kind of event the article is about. */
const PRECEDENCE: Readonly<Record<"meeting" | "action", readonly CompanyRole[]>> = {
  meeting: ["present", "absent", "target", "mentioned"],
  action: ["target", "present", "absent", "mentioned"],
};

/** The whole analysis of one article: sentences, entities, roles, the event date, listings. */
function analyseArticle(article: Article, options: ExtractOptions, recognizer: EntityRecognizer, file: string): EventDocument {
  const notes: string[] = [...(article.notes ?? [])];
  if (options.directory === null) notes.push(NO_DIRECTORY_NOTE);
  const published = publicationDate(article, options.published, file, notes);
  const sentences = articleSentences(article.title, article.paragraphs);
  // The event date first: people's role years and background clauses are weighed against it.
  const when = chooseEventDate(sentences, published);
  const found = recognizer.find(sentences, when.date);
  notes.push(...found.notes);
  const read = readRoles(sentences, found.mentions, published, when.date);
  if (when.method === "publication") notes.push("The article names no date for the event; the publication date is used.");
  if (when.precision !== "day") notes.push(`The event date is only known to the ${when.precision} ("${when.expression}"); its first day is used.`);
  const kind = eventKind(read, when.sentence?.index, meetingLead(sentences));
  const readings = framedReadings(
    read.map((r) => fitToKind(r, kind)),
    kind,
    when.date,
    sentences,
  );

  const companies: EventCompany[] = [];
  const others = new Map<string, Entity>();
  const reasons = new Map<string, string>();
  const byEntity = new Map<string, RoleReading[]>();
  for (const r of readings) {
    if (r.mention.entity.kind !== "company") others.set(r.mention.entity.id, r.mention.entity);
    else byEntity.set(r.mention.entity.id, [...(byEntity.get(r.mention.entity.id) ?? []), r]);
  }
  for (const [id, rs] of byEntity) {
    // A listed exchange named only as the venue of a listing or a halt is not a company of the event.
    if (rs.every((r) => r.venue === true)) {
      others.set(id, rs[0]!.mention.entity);
      reasons.set(id, "an exchange named as the venue of a listing or a trade");
      continue;
    }
    const source = rs.every((r) => r.role === "mentioned") ? quotedOnly(rs.map((r) => r.mention)) : undefined;
    if (source !== undefined) {
      others.set(id, rs[0]!.mention.entity);
      reasons.set(id, source);
      continue;
    }
    const company = companyOf(rs, PRECEDENCE[kind], when.date, notes);
    const unknown = found.unknown.get(id);
    companies.push(unknown === undefined ? company : { ...company, unlisted: false, listingUnknown: unknown });
  }
  unknownOrganisations(sentences.map((s) => s.text).join("\n"), found.mentions, notes);
  if (companies.length === 0) {
    throw new InputError({ file }, `no company of the knowledge base is named in the article${found.notes.length > 0 ? ` (${found.notes.join(" ")})` : ""}`);
  }
  const timed = readEventTime([when.evidence, ...timeSentences(sentences, when.date, published)], when.date, {
    dateline: article.paragraphs[0] === undefined ? undefined : datelinePlace(article.paragraphs[0]),
    listings: companies.filter((c) => c.role !== "mentioned").flatMap((c) => c.listings),
    namedListings: companies.flatMap((c) => c.listings),
  });
  const eventTime = timed?.time;
  if (timed !== undefined && timed.zoneFrom !== "text" && "timeZone" in timed.time) {
    notes.push(
      `The event's time ("${timed.time.dayPart}") is read on the ${timed.time.timeZone} clock: the article names no zone, ${timed.zoneFrom === "dateline" ? "its dateline does" : "the companies' listings trade there"}.`,
    );
  }
  return eventDocumentSchema.parse({
    schema: EVENT_SCHEMA,
    title: article.title || (sentences[0]?.text ?? ""),
    published,
    publishedSource: article.published?.source ?? "option",
    eventDate: when.date,
    eventDateResolution: { method: when.method, expression: when.expression, evidence: when.evidence, precision: when.precision },
    ...(eventTime === undefined ? {} : { eventTime }),
    companies,
    otherEntities: [
      ...[...others.values()].map((e) => ({
        entityId: e.id,
        name: e.name,
        kind: e.kind,
        reason: reasons.get(e.id) ?? NOT_A_COMPANY[e.kind] ?? "not a company",
      })),
      ...[...found.people].map(([name, reason]) => ({ entityId: `person:${name}`, name, kind: "person", reason })),
    ],
    notes,
    extractor: "rules",
  });
}

/** How far into the body an event's time is looked for: the lead and the paragraphs that tell the news. */
const TIME_SENTENCES = 12;

/**
 * Sentences that may tell when in the day the event happened, in order: the lead, then the body's first
 * sentences that speak of the event's day (no date, or the event's) and not of an earlier time.
 */
function timeSentences(sentences: readonly Sentence[], eventDate: string, published: string): string[] {
  return sentences
    .filter((s) => s.index >= 0 && s.index < TIME_SENTENCES && !backgroundWords(s.text, eventDate))
    .filter((s) => {
      const dates = findDates(s.text, published).filter((d) => d.precision === "day");
      return dates.length === 0 || dates.some((d) => d.date === eventDate);
    })
    .map((s) => s.text);
}

/**
 * The publication date: what the page declares, else the caller's; without either, relative dates
 * ("on Monday") cannot be resolved, so it is an error asking for --published.
 */
export function publicationDate(article: Article, option: string | undefined, file: string, notes: string[]): string {
  const published = article.published?.date ?? option;
  if (published === undefined) {
    throw new InputError({ file }, "the publication date is unknown (the page declares none); give it with --published YYYY-MM-DD");
  }
  if (article.published && option && option !== article.published.date) {
    notes.push(`The page says it was published on ${article.published.date}; that date is used, not ${option}.`);
  }
  return published;
}

/**
 * A meeting (present/absent) or an action (target) article, judged from the event sentence, else from
 * all roles; a headline or lead about a meeting with business people tips it to a meeting unless actions
 * outnumber attendance two to one. Weak attendance cues ("presented", "joined") count only when nothing else does.
 */
function eventKind(readings: readonly RoleReading[], eventSentence: number | undefined, meetingInLead: boolean): "meeting" | "action" {
  const acting = (rs: readonly RoleReading[]): RoleReading[] => {
    const all = rs.filter((r) => r.role !== "mentioned");
    const strong = all.filter((r) => r.kind !== "weak");
    return strong.length > 0 ? strong : all;
  };
  const there = acting(readings.filter((r) => r.evidence.index === eventSentence));
  const pool = there.length > 0 ? there : acting(readings);
  const meeting = pool.filter((r) => r.role === "present" || r.role === "absent").length;
  // A headline or lead about a meeting with business people decides, unless no reading there is one and actions outnumber attendance.
  if (meetingInLead && meeting * 2 >= pool.length - meeting) return "meeting";
  return meeting > 0 && meeting >= pool.length - meeting ? "meeting" : "action";
}

/**
 * A reading fitted to the kind of article. In a meeting article a company's own doings (a launch,
 * results, a departure told on the side) do not make it a target of the event: it is `mentioned`
 * unless an action is done to it. In an action article weak attendance words ("presented", "joined",
 * "spoke at") are not attendance.
 */
function fitToKind(r: RoleReading, kind: "meeting" | "action"): RoleReading {
  const off = kind === "meeting" ? r.role === "target" && r.kind === "own" : r.kind === "weak";
  if (!off) return r;
  return { mention: r.mention, role: "mentioned", certainty: r.certainty, evidence: r.evidence };
}

function companyOf(rs: readonly RoleReading[], precedence: readonly CompanyRole[], eventDate: string, notes: string[]): EventCompany {
  const entity = rs[0]!.mention.entity;
  const roles = new Set(rs.map((r) => r.role));
  const role = precedence.find((p) => roles.has(p))!;
  if (roles.has("present") && roles.has("absent")) {
    notes.push(
      `${entity.shortName} is both present and absent in the article; "${role}" is kept (${role === "present" ? "attendance" : "absence"} is read first for this event).`,
    );
  }
  const chosen = rs.filter((r) => r.role === role);
  const evidence = [...new Set(chosen.map((r) => r.evidence.text))].slice(0, 3);
  const via = [...new Set(rs.map((r) => r.mention.via).filter((v): v is string => v !== undefined))];
  const confidence = Math.max(...chosen.map((r) => r.mention.confidence * r.certainty));
  const rounded = Math.round(confidence * 100) / 100;
  return {
    entityId: entity.id,
    name: nameOn(entity, eventDate),
    role,
    evidence,
    confidence: rounded,
    ...(rounded < REVIEW_BELOW ? { review: true } : {}),
    via,
    ...listingsOn(entity, eventDate),
  };
}

/** Why each kind of non-company entity is never a company of the event. */
const NOT_A_COMPANY: Readonly<Partial<Record<Entity["kind"], string>>> = {
  regulator: "a regulator",
  court: "a court",
  exchange: "an exchange",
  index: "an index",
  "news-agency": "a news agency or publisher",
  government: "a government",
};

export const NO_DIRECTORY_NOTE =
  "No securities directory is imported (aftershock import ../shared/data/securities): companies are linked with the curated knowledge base only.";

/** The company's short name on a date: a former name while it was carried (Facebook in 2019, Meta in 2025). */
function nameOn(entity: Entity, date: string): string {
  return entity.formerNames.find((f) => date <= f.to)?.shortName ?? entity.shortName;
}

/** Most organisations compromise finds that the knowledge base does not know are reported, none linked. */
const MAX_UNKNOWN_NOTES = 5;

/**
 * Organisations compromise recognises that no known name covers: reported so that a missing
 * knowledge-base entry is visible, never linked to a company.
 */
function unknownOrganisations(text: string, mentions: readonly Mention[], notes: string[]): void {
  const known = mentions.map((m) => m.text.toLowerCase());
  const orgs = (nlp(text).organizations().out("array") as string[])
    .map((o) => o.replace(/[^\p{L}\p{N}]+$/u, "").replace(/(?:'s|’s)$/, ""))
    .filter((o) => o.length >= 3 && !known.some((k) => k.includes(o.toLowerCase()) || o.toLowerCase().includes(k)));
  for (const o of [...new Set(orgs)].slice(0, MAX_UNKNOWN_NOTES)) notes.push(`"${o}" looks like an organisation but is not in the knowledge base; not linked.`);
}

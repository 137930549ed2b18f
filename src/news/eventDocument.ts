import { z } from "zod";
import { isIsoDate } from "../calendar/days.js";

/** Version tag of the document, so that readers can refuse shapes they do not know. */
export const EVENT_SCHEMA = "aftershock.event/1";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/**
 * What the article says a company did or had done to it:
 * - `present`: attended the meeting the article is about;
 * - `absent`: was expected or noticed missing (skipped, not seen, did not attend);
 * - `target`: the event is done to it or about it (investigated, fined, sued, banned, blacklisted,
 *   added to or dropped from an index, reported results, launched a product, lost its CEO);
 * - `mentioned`: named, but not a party to the event (background, competitors, owners).
 */
export const companyRoleSchema = z.enum(["present", "absent", "target", "mentioned"]);
export type CompanyRole = z.output<typeof companyRoleSchema>;

/**
 * Confidence under which a role is flagged for review. On the newsroom development pages (eval/news/dev5,
 * blind8) roles under it were right 72-78 % of the time, those above it about 90 % (`npm run eval:news`,
 * "roles by confidence"): mostly companies that no sentence gives a role, left `mentioned`.
 */
export const REVIEW_BELOW = 0.7;

/** A listing that is not tradable on the event date, kept so that the reader sees why it is missing. */
const inactiveListingSchema = z
  .object({
    symbol: z.string().min(1),
    status: z.enum(["not yet listed", "delisted"]),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

const eventCompanySchema = z
  .object({
    entityId: z.string().min(1),
    name: z.string().min(1),
    role: companyRoleSchema,
    /** The sentences that decided the role (or the first naming, for `mentioned`). */
    evidence: z.array(z.string().min(1)).min(1),
    confidence: z.number().min(0).max(1),
    /** The role is read with a confidence under REVIEW_BELOW: a person should check it before trusting the study. */
    review: z.boolean().optional(),
    /** People through whom the company was named ("Jack Ma" for Alibaba). */
    via: z.array(z.string()),
    /** Symbols tradable on the event date: what an event study can use. */
    listings: z.array(z.string()),
    /** Listings of the company that were not tradable on the event date. */
    inactiveListings: z.array(inactiveListingSchema),
    /** The knowledge base knows the company has no listing at all (Huawei, ByteDance). */
    unlisted: z.boolean(),
    /** Why the company's listing is unknown: no list knows it ("not found in the directory"). */
    listingUnknown: z.string().optional(),
  })
  .strict();
export type EventCompany = z.output<typeof eventCompanySchema>;

/**
 * Also named, never a company of the event: a regulator, court, exchange, index, agency or government;
 * a firm quoted only as a source or named only in page chrome; a person named without their company.
 */
const otherEntitySchema = z.object({ entityId: z.string(), name: z.string(), kind: z.string(), reason: z.string().optional() }).strict();

/** How the event date was found: the words that gave it, and how precise they are. */
const eventDateResolutionSchema = z
  .object({
    method: z.enum(["explicit", "relative", "publication"]),
    /** The date expression as written ("on Monday"), empty when the publication date was used. */
    expression: z.string(),
    /** The sentence the expression came from. */
    evidence: z.string(),
    precision: z.enum(["day", "week", "month"]),
  })
  .strict();

/** Parts of a day an article may give instead of a clock time ("on Friday evening"). */
const DAY_PARTS = ["early morning", "morning", "midday", "afternoon", "evening", "night"] as const;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * When the news came out, where the article says so: an ISO 8601 date-time with its UTC offset
 * (`2021-10-08T17:00+08:00`), or a part of the event date in a time zone (evening, Asia/Shanghai);
 * with the words it came from and how precise it is.
 */
const eventTimeSchema = z.union([
  z
    .object({
      dateTime: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "a date-time with its UTC offset, such as 2021-10-08T17:00+08:00")
        .refine((t) => !Number.isNaN(Date.parse(t)) && isIsoDate(t.slice(0, 10)), "not a real date and time"),
      evidence: z.string(),
      precision: z.enum(["minute", "hour"]),
    })
    .strict(),
  z
    .object({
      dayPart: z.enum(DAY_PARTS),
      timeZone: z.string().refine(isTimeZone, "an IANA time zone such as Asia/Shanghai"),
      evidence: z.string(),
      precision: z.literal("day-part"),
    })
    .strict(),
]);
export type EventTime = z.output<typeof eventTimeSchema>;

export const eventDocumentSchema = z
  .object({
    schema: z.literal(EVENT_SCHEMA),
    title: z.string(),
    published: isoDate,
    /** Where `published` came from: page metadata, the feed item, or the caller. */
    publishedSource: z.enum(["meta", "json-ld", "time-element", "byline", "feed", "option"]),
    eventDate: isoDate,
    eventDateResolution: eventDateResolutionSchema,
    /** When the news came out, when known; day 0 of each listing follows from it. */
    eventTime: eventTimeSchema.optional(),
    companies: z.array(eventCompanySchema).min(1),
    otherEntities: z.array(otherEntitySchema),
    /** Ambiguities and the decisions taken about them. */
    notes: z.array(z.string()),
    /** Which extractor produced the document. */
    extractor: z.enum(["rules", "llm"]),
  })
  .strict();
export type EventDocument = z.output<typeof eventDocumentSchema>;

/** A feed item that could not be turned into an event; the other items of the feed still are. */
export const feedItemErrorSchema = z
  .object({
    schema: z.literal("aftershock.event-error/1"),
    item: z.int().min(1),
    title: z.string().optional(),
    error: z.string().min(1),
  })
  .strict();
export type FeedItemError = z.output<typeof feedItemErrorSchema>;

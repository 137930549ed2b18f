import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/** A person through whom an article may name a company (founder, chair, CEO...). */
const personSchema = z
  .object({
    name: z.string().min(1),
    /** Other spellings: Chinese name, romanizations, nicknames ("Pony Ma", "Ma Huateng", "马化腾"). */
    aliases: z.array(z.string().min(1)).default([]),
    role: z.string().min(1),
    /** Years the role was held; `to` absent while it still is. */
    from: z.int().optional(),
    to: z.int().optional(),
  })
  .strict();

/** One listing of an issuer: the security as aftershock names it, and when it started trading. */
const listingSchema = z
  .object({
    symbol: z.string().min(1),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** "H-share", "ADR", "A-share", "secondary", "primary"... */
    kind: z.string().optional(),
  })
  .strict();

/** A name the company carried until a date (Facebook, Inc. until it became Meta Platforms, Inc.). */
const formerNameSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** The last day the company carried this name. */
    to: isoDate,
  })
  .strict();

/**
 * Something an article can name. `company` entities are what events are about; the other kinds
 * (regulators, courts, exchanges, indices, news agencies, governments) are recognised so that they are
 * never mistaken for companies of the event.
 */
export const entitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes"),
    kind: z.enum(["company", "regulator", "court", "exchange", "index", "news-agency", "government", "other"]),
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** Other names: former names, stock short names, abbreviations, brand names that stand for it. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Names carried before `name`, latest last: an event before a name's end shows the company by that name. */
    formerNames: z.array(formerNameSchema).default([]),
    chineseNames: z.array(z.string().min(1)).default([]),
    /** Names that are also common words or other things ("Apple", "Meta", "Ant"): need context. */
    ambiguous: z.boolean().default(false),
    /** Words whose presence nearby confirms an ambiguous name ("iPhone" for Apple). */
    context: z.array(z.string().min(1)).default([]),
    country: z.string().length(2).optional(),
    /** The company that owns it, by id (Ant Group → alibaba): named only as an owner, a parent is `mentioned`. */
    parent: z.string().optional(),
    people: z.array(personSchema).default([]),
    /** Listings; empty for unlisted companies (Huawei, ByteDance, DeepSeek). */
    listings: z.array(listingSchema).default([]),
    /** Free text for people maintaining the data (why an alias is left out, a known ambiguity...); not used for matching. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const knowledgeFileSchema = z
  .object({
    /** What the file holds and where its facts come from; not used for matching. */
    $comment: z.string().optional(),
    entities: z.array(entitySchema),
  })
  .strict();

export type Entity = z.output<typeof entitySchema>;

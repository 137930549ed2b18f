/**
 * The securities master: what the seed file `data/securities.json` says about the sample universe
 * (issuers, cross-listings, NYSE vs Nasdaq, ETF vs ADR, names, listing dates), laid over what each
 * symbol's spelling says (symbols.ts). Validated with zod on load; a symbol the seed does not list is
 * described from its spelling alone.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { dayNumber, isoDate } from "../../calendar/days.js";
import { exchange, type Country } from "./exchanges.js";
import { parseSymbol, SECURITY_KINDS, type SecurityKind } from "./symbols.js";

export interface Issuer {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
}

/** One row of the store's `securities` table. */
export interface SecurityDescription {
  readonly symbol: string;
  readonly kind: SecurityKind;
  /** Exchange MIC (an index's home market); null for a US ticker the seed does not list, and for fx. */
  readonly mic: string | null;
  readonly country: Country | null;
  readonly currency: string | null;
  readonly issuerId: string | null;
  readonly name: string | null;
  /** First trading day, days since 1970-01-01; null when not known. */
  readonly listingDay: number | null;
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => Number.isFinite(dayNumber(s)), "not a calendar date");

const seedSchema = z
  .object({
    $comment: z.string().optional(),
    issuers: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "issuer ids are lower-case slugs"),
        name: z.string().min(1),
        shortName: z.string().min(1).optional(),
      }),
    ),
    listings: z.array(
      z.strictObject({
        symbol: z.string().min(1),
        kind: z.enum(SECURITY_KINDS),
        exchange: z.string().nullable(),
        issuer: z.string().optional(),
        name: z.string().min(1).optional(),
        listed: isoDay.optional(),
      }),
    ),
  })
  .superRefine((seed, ctx) => {
    const issuerIds = new Set<string>();
    seed.issuers.forEach((issuer, i) => {
      if (issuerIds.has(issuer.id)) ctx.addIssue({ code: "custom", path: ["issuers", i, "id"], message: `duplicate issuer "${issuer.id}"` });
      issuerIds.add(issuer.id);
    });
    const symbols = new Set<string>();
    seed.listings.forEach((listing, i) => {
      const at = (field: string) => ["listings", i, field];
      if (symbols.has(listing.symbol)) ctx.addIssue({ code: "custom", path: at("symbol"), message: `duplicate listing "${listing.symbol}"` });
      symbols.add(listing.symbol);
      const parsed = parseSymbol(listing.symbol);
      if (parsed === undefined) {
        ctx.addIssue({ code: "custom", path: at("symbol"), message: `unrecognised symbol "${listing.symbol}"` });
        return;
      }
      if (listing.exchange !== null && exchange(listing.exchange) === undefined) {
        ctx.addIssue({ code: "custom", path: at("exchange"), message: `unknown exchange "${listing.exchange}"` });
      }
      if (parsed.mic !== null && listing.exchange !== parsed.mic) {
        ctx.addIssue({ code: "custom", path: at("exchange"), message: `${listing.symbol} is on ${parsed.mic}, not ${String(listing.exchange)}` });
      }
      if ((parsed.kind === "index" || parsed.kind === "fx") !== (listing.kind === "index" || listing.kind === "fx")) {
        ctx.addIssue({ code: "custom", path: at("kind"), message: `${listing.symbol} is spelled as ${parsed.kind}, not ${listing.kind}` });
      }
      if (listing.issuer !== undefined && !issuerIds.has(listing.issuer)) {
        ctx.addIssue({ code: "custom", path: at("issuer"), message: `unknown issuer "${listing.issuer}"` });
      }
    });
  });

export type SecuritiesSeed = z.infer<typeof seedSchema>;

/** Where the seed lives: `data/securities.json` at the package root (same relative path from src/ and dist/). */
const DEFAULT_SEED_PATH = fileURLToPath(new URL("../../../data/securities.json", import.meta.url));

export class SecuritiesMaster {
  readonly issuers: ReadonlyMap<string, Issuer>;
  /** The seed's listings, described (seed facts over the symbol's spelling). */
  readonly listings: ReadonlyMap<string, SecurityDescription>;
  private readonly byIssuer: ReadonlyMap<string, readonly string[]>;

  constructor(seed: SecuritiesSeed) {
    this.issuers = new Map(seed.issuers.map((i) => [i.id, { id: i.id, name: i.name, shortName: i.shortName ?? null }]));
    const listings = new Map<string, SecurityDescription>();
    const byIssuer = new Map<string, string[]>();
    for (const l of seed.listings) {
      const parsed = parseSymbol(l.symbol)!;
      const ex = l.exchange === null ? undefined : exchange(l.exchange);
      const country = ex?.country ?? parsed.country;
      listings.set(l.symbol, {
        symbol: l.symbol,
        kind: l.kind,
        mic: l.exchange,
        country,
        currency: ex?.currency ?? parsed.currency,
        issuerId: l.issuer ?? null,
        name: l.name ?? null,
        listingDay: l.listed === undefined ? null : dayNumber(l.listed),
      });
      if (l.issuer !== undefined) byIssuer.set(l.issuer, [...(byIssuer.get(l.issuer) ?? []), l.symbol]);
    }
    this.listings = listings;
    this.byIssuer = byIssuer;
  }

  /** What is known about `symbol`: the seed's facts, else its spelling; undefined when neither knows it. */
  describe(symbol: string): SecurityDescription | undefined {
    const listed = this.listings.get(symbol);
    if (listed !== undefined) return listed;
    const parsed = parseSymbol(symbol);
    if (parsed === undefined) return undefined;
    return {
      symbol,
      kind: parsed.kind,
      mic: parsed.mic,
      country: parsed.country,
      currency: parsed.currency,
      issuerId: null,
      name: null,
      listingDay: null,
    };
  }

  /** The issuer of `symbol`, when the seed knows it. */
  issuerOf(symbol: string): Issuer | undefined {
    const id = this.listings.get(symbol)?.issuerId;
    return id == null ? undefined : this.issuers.get(id);
  }

  /** The other listings of the same issuer (9888.HK → [BIDU]); empty when none is known. */
  crossListings(symbol: string): string[] {
    const id = this.listings.get(symbol)?.issuerId;
    if (id == null) return [];
    return (this.byIssuer.get(id) ?? []).filter((s) => s !== symbol);
  }

  /** All listings of an issuer, in seed order. */
  listingsOf(issuerId: string): readonly string[] {
    return this.byIssuer.get(issuerId) ?? [];
  }
}

/** Validates a parsed seed document; throws an Error naming every problem. */
export function parseSecuritiesSeed(json: unknown, source = "securities seed"): SecuritiesMaster {
  const result = seedSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${source}: invalid securities seed: ${problems}`);
  }
  return new SecuritiesMaster(result.data);
}

/** Reads and validates a seed file (default `data/securities.json`). */
function loadSecuritiesMaster(path: string = DEFAULT_SEED_PATH): SecuritiesMaster {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new Error(`${path}: cannot read the securities seed`, { cause });
  }
  return parseSecuritiesSeed(json, path);
}

let defaultMaster: SecuritiesMaster | undefined;

/** The master from `data/securities.json`, loaded once. */
export function defaultSecuritiesMaster(): SecuritiesMaster {
  defaultMaster ??= loadSecuritiesMaster();
  return defaultMaster;
}

/** ISO listing date of a description, for display. */
export function listingDate(d: SecurityDescription): string | null {
  return d.listingDay === null ? null : isoDate(d.listingDay);
}

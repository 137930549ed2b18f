import type { EventCompany } from "./eventDocument.js";
import type { Entity } from "./knowledge/schema.js";

/**
 * An entity's listings split by whether they traded on the event date: a listing that starts later
 * (CATL's 3750.HK from 2025-05-20) or ended earlier cannot measure the event and is reported apart.
 */
export function listingsOn(entity: Entity, date: string): Pick<EventCompany, "listings" | "inactiveListings" | "unlisted"> {
  const listings: string[] = [];
  const inactiveListings: EventCompany["inactiveListings"] = [];
  for (const l of entity.listings) {
    if (l.from !== undefined && l.from > date) inactiveListings.push({ symbol: l.symbol, status: "not yet listed", from: l.from });
    else if (l.to !== undefined && l.to < date) inactiveListings.push({ symbol: l.symbol, status: "delisted", ...(l.from ? { from: l.from } : {}), to: l.to });
    else listings.push(l.symbol);
  }
  return { listings, inactiveListings, unlisted: entity.listings.length === 0 };
}

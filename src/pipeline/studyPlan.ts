import { benchmarkFor, parseSymbol } from "../data/securities/index.js";
import { venueName } from "../shared/venues.js";
import type { CompanyRole, EventDocument } from "../news/eventDocument.js";

/** One security of one company, to be measured against its venue's benchmark. */
export interface PlannedSecurity {
  readonly eventId: string;
  readonly entityId: string;
  readonly company: string;
  readonly role: CompanyRole;
  readonly symbol: string;
  /**
   * The company's primary listing on this venue: its first listing there. Only primary listings enter
   * the groups, so that a company counts once per venue; others are measured and shown beside it.
   */
  readonly primary: boolean;
}

/** The securities of one trading venue (a country's exchanges), studied together against one benchmark. */
export interface VenuePlan {
  readonly venue: string;
  /** Short code for group labels: HK, US, CN. */
  readonly code: string;
  readonly benchmark: string;
  readonly securities: readonly PlannedSecurity[];
}

/** A company of the event with why each of its listings is or is not studied. */
export interface CompanyPlan {
  readonly entityId: string;
  readonly company: string;
  readonly role: CompanyRole;
  readonly symbols: readonly string[];
  /** The ids of the company's events in the study, one per listing planned: an event's company is found by its id, never by parsing it. */
  readonly eventIds: readonly string[];
  /** Plain reasons a listing (or the whole company) cannot be measured: unlisted, not yet listed... */
  readonly reasons: readonly string[];
  /** What else a reader should know: a second listing on a venue is shown but not counted. */
  readonly notes: readonly string[];
}

export interface StudyPlan {
  readonly venues: readonly VenuePlan[];
  readonly companies: readonly CompanyPlan[];
}

/**
 * The order groups are reported in: the event's own roles first, in the order the article gives them,
 * and `mentioned` (named, not a party to the event) last.
 */
function roleRank(role: CompanyRole): number {
  return role === "mentioned" ? 1 : 0;
}

/**
 * Which securities to study for an event: every listing tradable on the event date of every company,
 * whatever its role, grouped by venue (its country), each venue against its default benchmark (or the
 * one given). Unlisted companies and listings not yet trading are kept with their reason and no
 * security, so nothing disappears silently.
 */
export function planStudy(event: EventDocument, options: { benchmark?: string } = {}): StudyPlan {
  const venues = new Map<string, { code: string; benchmark: string; securities: PlannedSecurity[] }>();
  const companies: CompanyPlan[] = [];
  const ordered = [...event.companies].sort((a, b) => roleRank(a.role) - roleRank(b.role));
  for (const c of ordered) {
    const reasons: string[] = [];
    const notes: string[] = [];
    if (c.unlisted) reasons.push("unlisted: no shares trade");
    for (const inactive of c.inactiveListings) {
      reasons.push(
        inactive.status === "not yet listed"
          ? `${inactive.symbol} not yet listed on ${event.eventDate}${inactive.from ? ` (listed ${inactive.from})` : ""}`
          : `${inactive.symbol} delisted${inactive.to ? ` on ${inactive.to}` : ""}`,
      );
    }
    const symbols: string[] = [];
    const eventIds: string[] = [];
    const primaryOn = new Map<string, string>();
    for (const symbol of new Set(c.listings)) {
      const country = parseSymbol(symbol)?.country;
      const benchmark = options.benchmark ?? benchmarkFor(symbol);
      if (!country || !benchmark) {
        reasons.push(`${symbol}: no benchmark known for its market`);
        continue;
      }
      const venue = venueName(country);
      const plan = venues.get(venue) ?? { code: country, benchmark, securities: [] };
      const primary = primaryOn.get(venue);
      if (primary === undefined) primaryOn.set(venue, symbol);
      else notes.push(`${symbol}: a second listing in ${venue}, shown beside ${primary} but not counted in the groups`);
      const eventId = `${c.entityId}@${symbol}`;
      plan.securities.push({ eventId, entityId: c.entityId, company: c.name, role: c.role, symbol, primary: primary === undefined });
      eventIds.push(eventId);
      venues.set(venue, plan);
      symbols.push(symbol);
    }
    if (symbols.length === 0 && reasons.length === 0) reasons.push("no listing known");
    companies.push({ entityId: c.entityId, company: c.name, role: c.role, symbols, eventIds, reasons, notes });
  }
  return {
    // The venue with the most companies first: the headline speaks of it first.
    venues: [...venues]
      .map(([venue, p]) => ({ venue, code: p.code, benchmark: p.benchmark, securities: p.securities }))
      .sort((a, b) => b.securities.filter((s) => s.primary).length - a.securities.filter((s) => s.primary).length),
    companies,
  };
}

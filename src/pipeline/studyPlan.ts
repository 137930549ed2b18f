import { benchmarkFor, parseSymbol } from "../data/securities/index.js";
import type { CompanyRole, EventDocument } from "../news/index.js";

/** One security of one company, to be measured against its venue's benchmark. */
export interface PlannedSecurity {
  readonly eventId: string;
  readonly entityId: string;
  readonly company: string;
  readonly role: CompanyRole;
  readonly symbol: string;
}

/** The securities of one trading venue (a country's exchanges), studied together against one benchmark. */
export interface VenuePlan {
  readonly venue: string;
  readonly benchmark: string;
  readonly securities: readonly PlannedSecurity[];
}

/** A company of the event with why each of its listings is or is not studied. */
export interface CompanyPlan {
  readonly entityId: string;
  readonly company: string;
  readonly role: CompanyRole;
  readonly symbols: readonly string[];
  /** Plain reasons a listing (or the whole company) cannot be measured: unlisted, not yet listed... */
  readonly reasons: readonly string[];
}

export interface StudyPlan {
  readonly venues: readonly VenuePlan[];
  readonly companies: readonly CompanyPlan[];
}

const VENUE_NAMES: Readonly<Record<string, string>> = { HK: "Hong Kong", US: "United States", CN: "Mainland China" };

/**
 * Which securities to study for an event: every listing tradable on the event date, grouped by venue
 * (its country), each venue against its default benchmark (or the one given). Companies only mentioned,
 * unlisted companies and listings not yet trading are kept with their reason and no security, so
 * nothing disappears silently.
 */
export function planStudy(event: EventDocument, options: { benchmark?: string } = {}): StudyPlan {
  const venues = new Map<string, { benchmark: string; securities: PlannedSecurity[] }>();
  const companies: CompanyPlan[] = [];
  for (const c of event.companies) {
    if (c.role === "mentioned") {
      companies.push({ entityId: c.entityId, company: c.name, role: c.role, symbols: [], reasons: ["only mentioned in the article: not studied"] });
      continue;
    }
    const reasons: string[] = [];
    if (c.unlisted) reasons.push("unlisted: no shares trade");
    for (const inactive of c.inactiveListings) {
      reasons.push(
        inactive.status === "not yet listed"
          ? `${inactive.symbol} not yet listed on ${event.eventDate}${inactive.from ? ` (listed ${inactive.from})` : ""}`
          : `${inactive.symbol} delisted${inactive.to ? ` on ${inactive.to}` : ""}`,
      );
    }
    const symbols: string[] = [];
    for (const symbol of c.listings) {
      const country = parseSymbol(symbol)?.country;
      const benchmark = options.benchmark ?? benchmarkFor(symbol);
      if (!country || !benchmark) {
        reasons.push(`${symbol}: no benchmark known for its market`);
        continue;
      }
      const venue = VENUE_NAMES[country] ?? country;
      const plan = venues.get(venue) ?? { benchmark, securities: [] };
      plan.securities.push({ eventId: `${c.entityId}@${symbol}`, entityId: c.entityId, company: c.name, role: c.role, symbol });
      venues.set(venue, plan);
      symbols.push(symbol);
    }
    if (symbols.length === 0 && reasons.length === 0) reasons.push("no listing known");
    companies.push({ entityId: c.entityId, company: c.name, role: c.role, symbols, reasons });
  }
  return {
    // The venue with the most securities first: it is the one a headline speaks of.
    venues: [...venues]
      .map(([venue, p]) => ({ venue, benchmark: p.benchmark, securities: p.securities }))
      .sort((a, b) => b.securities.length - a.securities.length),
    companies,
  };
}

/** The rows of the result tables, from a stored study (pure: unit-tested). */
import { eventReasonText } from "@aftershock/shared/eventReasons.js";
import type { CompanyRole, ConventionName, EventResult, ModelName, StoredStudy } from "./types.js";

export interface CompanyRow {
  readonly key: string;
  readonly company: string;
  readonly role: CompanyRole;
  /** The security studied, absent when the company had none to study. */
  readonly security?: string;
  readonly event?: EventResult;
  /** Why the row has no numbers (the event's reason, or the company's reasons). */
  readonly reason?: string;
  /** Rows of the same company after the first have `first` false (the company cell spans them). */
  readonly first: boolean;
  readonly span: number;
}

/**
 * One row per studied listing of each company, then a row with the company's reasons when it has any
 * (a listing not yet trading, no prices...); a company with no listing studied gets one row with them.
 */
export function companyRows(study: Pick<StoredStudy, "companies" | "result">): CompanyRow[] {
  const rows: CompanyRow[] = [];
  const used = new Set<string>();
  for (const c of study.companies) {
    const events = study.result.events.filter((e) => c.eventIds.includes(e.id));
    for (const e of events) used.add(e.id);
    if (events.length === 0) {
      rows.push({ key: c.entityId, company: c.company, role: c.role, reason: c.reasons.join("; ") || "not studied", first: true, span: 1 });
      continue;
    }
    const span = events.length + (c.reasons.length > 0 ? 1 : 0);
    events.forEach((e, i) => {
      rows.push({
        key: e.id,
        company: c.company,
        role: c.role,
        security: e.security,
        event: e,
        ...(e.status === "ok" ? {} : { reason: eventReasonText(e) }),
        first: i === 0,
        span,
      });
    });
    if (c.reasons.length > 0) rows.push({ key: `${c.entityId}:reasons`, company: c.company, role: c.role, reason: c.reasons.join("; "), first: false, span });
  }
  // Events the company list does not name (a server that lists them otherwise): still shown.
  for (const e of study.result.events) {
    if (used.has(e.id)) continue;
    rows.push({
      key: e.id,
      company: e.security,
      role: (e.group?.split(" ")[0] ?? "target") as CompanyRole,
      security: e.security,
      event: e,
      ...(e.status === "ok" ? {} : { reason: eventReasonText(e) }),
      first: true,
      span: 1,
    });
  }
  return rows;
}

/** The models the page offers, with the names readers know them by. */
export const MODELS: readonly { readonly name: ModelName; readonly label: string }[] = [
  { name: "market-model", label: "Market model (OLS)" },
  { name: "market-adjusted", label: "Market-adjusted returns" },
  { name: "constant-mean", label: "Constant mean return" },
  { name: "fama-french-3", label: "Fama-French 3 factors" },
  { name: "carhart-4", label: "Carhart 4 factors" },
  { name: "scholes-williams", label: "Scholes-Williams (thin trading)" },
  { name: "dimson", label: "Dimson (thin trading)" },
];

/** The conventions a study may reproduce (the form lists them as GET /api/study-settings describes them). */
const CONVENTIONS: readonly ConventionName[] = ["textbook", "estudy2", "eventstudy-py"];

/** The convention a stored study names, if the page knows it. */
export function conventionNamed(name: string): ConventionName | undefined {
  return CONVENTIONS.find((c) => c === name);
}

export const ROLES: readonly { readonly role: CompanyRole; readonly label: string; readonly hint: string }[] = [
  { role: "present", label: "present", hint: "took part (attended the meeting the article is about)" },
  { role: "absent", label: "absent", hint: "expected, but missing or left out" },
  { role: "target", label: "target", hint: "the event is done to it or about it" },
  { role: "mentioned", label: "mentioned", hint: "named only: not studied" },
];

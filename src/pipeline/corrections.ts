import { InputError } from "../data/inputError.js";
import { companyRoleSchema, eventDocumentSchema, type CompanyRole, type EventCompany, type EventDocument } from "../news/eventDocument.js";
import type { KnowledgeBase } from "../news/gazetteer.js";
import { listingsOn } from "../news/listings.js";

/**
 * A reader's corrections to an extracted event, applied before it is studied: a company's role, a
 * listing (or company) the extractor missed, a company that does not belong, the time of the news.
 */
export interface EventCorrections {
  /** Company (by name, entity id or one of its listings) → its role. */
  readonly roles?: readonly { readonly company: string; readonly role: CompanyRole }[];
  /** Listings to add: to the company that has them, else as a company of their own (role `target` unless given). */
  readonly add?: readonly { readonly symbol: string; readonly role?: CompanyRole }[];
  /** Companies to leave out, by name, entity id or listing. */
  readonly drop?: readonly string[];
  /** When the news came out: an ISO 8601 date-time with its UTC offset. */
  readonly time?: string;
}

/** The role an added listing's company gets when none is given (as on the web page). */
const ADDED_ROLE: CompanyRole = "target";

/** Reads `NAME=ROLE` (`--role "JD.com=absent"`); the name may itself hold "=" signs, the role is after the last. */
export function parseRoleCorrection(text: string): { company: string; role: CompanyRole } {
  const at = text.lastIndexOf("=");
  const role = companyRoleSchema.safeParse(text.slice(at + 1).trim());
  if (at <= 0 || !role.success)
    throw new InputError({ file: "--role", field: text }, `write NAME=ROLE with ROLE one of ${companyRoleSchema.options.join(", ")}`);
  return { company: text.slice(0, at).trim(), role: role.data };
}

/** Reads `SYMBOL[=ROLE]` (`--add 9618.HK=absent`). */
export function parseAddCorrection(text: string): { symbol: string; role?: CompanyRole } {
  const [symbol = "", role, ...rest] = text.split("=").map((s) => s.trim());
  const parsed = role === undefined ? undefined : companyRoleSchema.safeParse(role);
  if (symbol === "" || rest.length > 0 || (parsed !== undefined && !parsed.success)) {
    throw new InputError({ file: "--add", field: text }, `write SYMBOL or SYMBOL=ROLE with ROLE one of ${companyRoleSchema.options.join(", ")}`);
  }
  return parsed?.success ? { symbol, role: parsed.data } : { symbol };
}

/** Whether a company is the one a reader named: its name or entity id (case aside), or one of its listings. */
function names(c: EventCompany, text: string): boolean {
  const t = text.toLowerCase();
  return c.name.toLowerCase() === t || c.entityId.toLowerCase() === t || c.listings.some((s) => s.toLowerCase() === t);
}

function find(event: EventDocument, text: string, option: string): EventCompany {
  const found = event.companies.find((c) => names(c, text));
  if (!found)
    throw new InputError(
      { file: option, field: text },
      `no company of the event is called so; the event's companies: ${event.companies.map((c) => c.name).join(", ")}`,
    );
  return found;
}

/**
 * The event with the corrections applied, in this order: drops, roles, additions, time. The result is
 * checked against the event document's schema, so a correction that leaves nothing to study says so.
 */
export function applyCorrections(event: EventDocument, corrections: EventCorrections, knowledge?: KnowledgeBase): EventDocument {
  let companies = [...event.companies];
  for (const name of corrections.drop ?? []) {
    const gone = find({ ...event, companies }, name, "--drop");
    companies = companies.filter((c) => c !== gone);
  }
  for (const { company, role } of corrections.roles ?? []) {
    const target = find({ ...event, companies }, company, "--role");
    companies = companies.map((c) => (c === target ? { ...c, role } : c));
  }
  for (const { symbol, role } of corrections.add ?? []) {
    const owner =
      companies.find((c) => names(c, symbol)) ??
      companies.find((c) => knowledge?.entities.find((e) => e.id === c.entityId)?.listings.some((l) => l.symbol === symbol));
    if (owner) {
      companies = companies.map((c) =>
        c === owner ? { ...c, role: role ?? c.role, listings: c.listings.includes(symbol) ? c.listings : [...c.listings, symbol] } : c,
      );
      continue;
    }
    const entity = knowledge?.entities.find((e) => e.kind === "company" && e.listings.some((l) => l.symbol === symbol));
    companies.push({
      entityId: entity?.id ?? symbol.toLowerCase(),
      name: entity?.shortName ?? symbol,
      role: role ?? ADDED_ROLE,
      evidence: [`added by the reader (--add ${symbol})`],
      confidence: 1,
      via: [],
      ...(entity ? { ...listingsOn(entity, event.eventDate), listings: [symbol] } : { listings: [symbol], inactiveListings: [], unlisted: false }),
    });
  }
  const corrected = {
    ...event,
    companies,
    ...(corrections.time === undefined ? {} : { eventTime: { dateTime: corrections.time, evidence: "given with --time", precision: "minute" as const } }),
  };
  const checked = eventDocumentSchema.safeParse(corrected);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = issue.path.map(String).join(".");
    const detail = path === "companies" ? "no company left to study" : issue.message;
    throw new InputError({ file: path.startsWith("eventTime") ? "--time" : "the corrected event", field: path || undefined }, detail);
  }
  return checked.data;
}

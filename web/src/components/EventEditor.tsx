import { useId, type Ref } from "react";
import { confidence } from "../format.js";
import { ROLES } from "../rows.js";
import { RoleSelect } from "./RoleSelect.js";
import type { CompanyRole, EventCompany, EventDocument, SecurityHit } from "../types.js";
import { SecuritySearch } from "./SecuritySearch.js";

interface Props {
  readonly event: EventDocument;
  readonly onChange: (e: EventDocument) => void;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

const MANUAL_EVIDENCE = "Added by hand in the web page.";

/** The entity id of a security the knowledge base does not know (only the price store has it). */
const storeOnlyId = (symbol: string): string => `security-${symbol.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Step 2: the extracted event, with its companies to correct: role, removal, listings. */
export function EventEditor({ event, onChange, headingRef }: Props) {
  const id = useId();
  const setCompanies = (companies: EventCompany[]) => onChange({ ...event, companies });
  const update = (k: number, patch: Partial<EventCompany>) => setCompanies(event.companies.map((c, i) => (i === k ? { ...c, ...patch } : c)));
  const remove = (k: number) => setCompanies(event.companies.filter((_, i) => i !== k));
  const has = (entityId: string | null, symbol: string) =>
    event.companies.some((c) => c.entityId === (entityId ?? storeOnlyId(symbol)) && c.listings.includes(symbol));
  const add = (hit: SecurityHit, symbol: string, role: CompanyRole) => {
    const entityId = hit.entityId ?? storeOnlyId(symbol);
    const k = event.companies.findIndex((c) => c.entityId === entityId);
    if (k >= 0) {
      const c = event.companies[k]!;
      update(k, { listings: [...c.listings, symbol], inactiveListings: c.inactiveListings.filter((l) => l.symbol !== symbol), unlisted: false });
    } else {
      setCompanies([
        ...event.companies,
        { entityId, name: hit.name, role, evidence: [MANUAL_EVIDENCE], confidence: 1, via: [], listings: [symbol], inactiveListings: [], unlisted: false },
      ]);
    }
  };
  const studied = event.companies.filter((c) => c.role !== "mentioned" && c.listings.length > 0).length;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        <span className="step" aria-hidden="true">
          2
        </span>
        Event and companies
      </h2>
      <div className="event-meta">
        <p className="event-title">{event.title || "Untitled article"}</p>
        <div className="row wrap">
          <div className="field">
            <label htmlFor={`${id}-date`}>Event date (day 0)</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={event.eventDate}
              onChange={(e) => e.target.value && onChange({ ...event, eventDate: e.target.value })}
              aria-describedby={`${id}-date-hint`}
            />
          </div>
          <p className="hint grow" id={`${id}-date-hint`}>
            Published {event.published}.{" "}
            {event.eventDateResolution.expression ? (
              <>
                Found from “<mark>{event.eventDateResolution.expression}</mark>” in: <q>{event.eventDateResolution.evidence}</q>
              </>
            ) : (
              "No date in the text: the publication date is used."
            )}
          </p>
        </div>
      </div>

      <p className="hint">
        {event.companies.length} compan{event.companies.length === 1 ? "y" : "ies"}; {studied} with a listing to study. Check each role against its sentence:
      </p>
      <dl className="role-key">
        {ROLES.map((r) => (
          <div key={r.role}>
            <dt>
              <span className={`role role-${r.role}`}>{r.label}</span>
            </dt>
            <dd>{r.hint}</dd>
          </div>
        ))}
      </dl>
      {event.companies.length === 0 && <p className="notice">No company left: add a security below.</p>}
      <ul className="companies">
        {event.companies.map((c, k) => (
          <li key={c.entityId} className={`company role-${c.role}`} data-entity={c.entityId}>
            <div className="company-head">
              <h3 className="company-name">{c.name}</h3>
              <span className="confidence" title="How sure the extractor is of the role">
                confidence {confidence(c.confidence)}
              </span>
              {c.review === true && (
                <span className="review-flag" title="No sentence of the article states this role clearly; such roles are right about three times in four">
                  check this role
                </span>
              )}
              <button type="button" className="danger small" onClick={() => remove(k)} aria-label={`Remove ${c.name}`}>
                Remove
              </button>
            </div>
            <div className="row wrap company-controls">
              <RoleSelect id={`${id}-role-${k}`} label={`Role of ${c.name}`} value={c.role} onChange={(role) => update(k, { role, review: false })} />
              <div className="securities">
                <span className="label-like" id={`${id}-sec-${k}`}>
                  Securities
                </span>
                <ul aria-labelledby={`${id}-sec-${k}`} className="chips">
                  {c.listings.map((s) => (
                    <li key={s} className="chip">
                      {s}
                      <button
                        type="button"
                        className="chip-remove"
                        aria-label={`Remove ${s} from ${c.name}`}
                        onClick={() => update(k, { listings: c.listings.filter((x) => x !== s) })}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                  {c.inactiveListings.map((l) => (
                    <li
                      key={l.symbol}
                      className="chip inactive"
                      title={[l.from && `listed ${l.from}`, l.to && `delisted ${l.to}`].filter(Boolean).join(", ") || undefined}
                    >
                      {l.symbol} <span className="muted">{l.status}</span>
                    </li>
                  ))}
                  {c.unlisted && <li className="chip inactive">unlisted</li>}
                  {c.listings.length === 0 && c.inactiveListings.length === 0 && !c.unlisted && <li className="chip inactive">no listing known</li>}
                </ul>
              </div>
            </div>
            {c.via.length > 0 && <p className="hint">Named through {c.via.join(", ")}.</p>}
            <blockquote className="evidence">
              <p>{c.evidence[0]}</p>
            </blockquote>
            {c.evidence.length > 1 && (
              <details className="more-evidence">
                <summary>
                  {c.evidence.length - 1} more sentence{c.evidence.length > 2 ? "s" : ""}
                </summary>
                {c.evidence.slice(1).map((s, i) => (
                  <blockquote className="evidence" key={i}>
                    <p>{s}</p>
                  </blockquote>
                ))}
              </details>
            )}
          </li>
        ))}
      </ul>
      <SecuritySearch onAdd={add} has={has} />
      {event.notes.length > 0 && (
        <details className="notes">
          <summary>Extractor notes ({event.notes.length})</summary>
          <ul>
            {event.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

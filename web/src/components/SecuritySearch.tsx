import { useEffect, useId, useState } from "react";
import { api } from "../api.js";
import { RoleSelect } from "./RoleSelect.js";
import type { CompanyRole, SecurityHit } from "../types.js";
import { ErrorNotice } from "./ErrorNotice.js";

interface Props {
  /** Adds the listing to the company if the event has it, else adds the company with `role`. */
  readonly onAdd: (hit: SecurityHit, symbol: string, role: CompanyRole) => void;
  readonly has: (entityId: string | null, symbol: string) => boolean;
}

/** Search the securities master and add a listing to the event. */
export function SecuritySearch({ onAdd, has }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [role, setRole] = useState<CompanyRole>("target");
  const [hits, setHits] = useState<SecurityHit[] | undefined>();
  const [error, setError] = useState<unknown>();
  const [added, setAdded] = useState("");

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .securities(q, 8, controller.signal)
        .then((h) => {
          setHits(h);
          setError(undefined);
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setError(e);
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <section className="search" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Add a security</h3>
      <div className="row wrap">
        <div className="field grow">
          <label htmlFor={`${id}-q`}>Company name or symbol</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            autoComplete="off"
            placeholder="e.g. Xiaomi, 1810.HK, NIO"
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${id}-status`}
          />
        </div>
        <RoleSelect id={`${id}-role`} label="Role of a company added" value={role} onChange={setRole} />
      </div>
      <p className="hint" id={`${id}-status`} aria-live="polite">
        {added ||
          (hits === undefined
            ? "Type two letters or more."
            : hits.length === 0
              ? "No security matches."
              : `${hits.length} match${hits.length === 1 ? "" : "es"}.`)}
      </p>
      <ErrorNotice error={error} />
      {hits && hits.length > 0 && (
        <ul className="hits">
          {hits.map((h) => (
            <li key={h.entityId ?? h.listings[0]?.symbol ?? h.name}>
              <span className="hit-name">
                {h.name} <span className="muted">{h.kind}</span>
              </span>
              <span className="hit-listings">
                {h.listings.length === 0 && <span className="muted">no listing</span>}
                {h.listings.map((l) => {
                  const present = has(h.entityId, l.symbol);
                  const dates = [l.from && `from ${l.from}`, l.to && `to ${l.to}`].filter(Boolean).join(" ");
                  const stored = h.stored.includes(l.symbol) ? "prices stored" : "";
                  return (
                    <button
                      key={l.symbol}
                      type="button"
                      className="chip-button"
                      disabled={present}
                      title={[dates && `listed ${dates}`, stored].filter(Boolean).join("; ") || undefined}
                      aria-label={
                        present ? `${l.symbol} of ${h.name} is already in the event` : `Add ${l.symbol} (${h.name})${dates ? `, listed ${dates}` : ""}`
                      }
                      onClick={() => {
                        onAdd(h, l.symbol, role);
                        setAdded(`Added ${l.symbol} (${h.name}).`);
                      }}
                    >
                      {present ? "✓ " : "+ "}
                      {l.symbol}
                    </button>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

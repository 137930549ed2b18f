import { useId, useState, type FormEvent } from "react";
import type { ImportResult } from "../types.js";

interface Props {
  /** The event list chosen (studied by “Run study on the event list” in step 3). */
  readonly list: File | undefined;
  readonly onList: (file: File | undefined) => void;
  readonly onImport: (files: readonly File[]) => void;
  /** Each price file's outcome, as the server reported it. */
  readonly imports: readonly ImportResult[];
  readonly busy: boolean;
}

/**
 * Instead of an article: an event list (CSV, the format `aftershock study` reads) and the price files
 * its securities and markets need, uploaded to the server's store.
 */
export function EventListForm({ list, onList, onImport, imports, busy }: Props) {
  const id = useId();
  const [prices, setPrices] = useState<readonly File[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onImport(prices);
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span className="step" aria-hidden="true">
          1b
        </span>
        Or an event list
      </h2>
      <div className="row wrap">
        <div className="field grow">
          <label htmlFor={`${id}-list`}>Event list (CSV)</label>
          <input id={`${id}-list`} type="file" accept=".csv,text/csv" onChange={(e) => onList(e.target.files?.[0])} aria-describedby={`${id}-list-hint`} />
          <span className="hint" id={`${id}-list-hint`}>
            Columns <code>security</code> and <code>date</code> (YYYY-MM-DD), optional <code>id</code>, <code>group</code> and <code>market</code>: one row per
            event.
            {list ? ` Chosen: ${list.name}; run it with the settings of step 3.` : ""}
          </span>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-prices`}>Price files (CSV or Parquet)</label>
          <input
            id={`${id}-prices`}
            type="file"
            multiple
            accept=".csv,.parquet,text/csv"
            onChange={(e) => setPrices([...(e.target.files ?? [])])}
            aria-describedby={`${id}-prices-hint`}
          />
          <span className="hint" id={`${id}-prices-hint`}>
            One file per security or a long table; a single series takes its symbol from its name (9888.HK.csv).
          </span>
        </div>
        <div className="field actions-end">
          <button type="submit" className="secondary" disabled={busy || prices.length === 0} aria-busy={busy}>
            {busy ? "Importing…" : "Import prices"}
          </button>
        </div>
      </div>
      {imports.length > 0 && (
        <ul className="import-results" aria-label="Imported price files">
          {imports.map((r, k) => (
            <li key={k} className={"error" in r ? "field-error" : undefined}>
              <code>{r.file}</code>: {"error" in r ? r.error : r.summary}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

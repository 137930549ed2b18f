import { useId, type FormEvent } from "react";
import { MODELS } from "../rows.js";
import type { ModelName } from "../types.js";
import { parseWindow } from "../windows.js";

export interface OptionsState {
  readonly model: ModelName;
  readonly benchmark: string;
  readonly estimationFrom: string;
  readonly estimationTo: string;
  /** Windows as typed ("-1,1"), checked on submit. */
  readonly windows: readonly string[];
}

interface Props {
  readonly options: OptionsState;
  readonly onChange: (o: OptionsState) => void;
  readonly onRun: () => void;
  readonly busy: boolean;
  readonly canRun: boolean;
  readonly problem?: string;
}

/** Step 3: how to measure: return model, benchmark, estimation and event windows; Run study. */
export function StudyOptionsForm({ options, onChange, onRun, busy, canRun, problem }: Props) {
  const id = useId();
  const setWindow = (k: number, text: string) => onChange({ ...options, windows: options.windows.map((w, i) => (i === k ? text : w)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>
        <span className="step" aria-hidden="true">
          3
        </span>
        Study
      </h2>
      <div className="options-grid">
        <div className="field">
          <label htmlFor={`${id}-model`}>Return model</label>
          <select id={`${id}-model`} value={options.model} onChange={(e) => onChange({ ...options, model: e.target.value as ModelName })}>
            {MODELS.map((m) => (
              <option key={m.name} value={m.name}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-benchmark`}>Benchmark</label>
          <input
            id={`${id}-benchmark`}
            type="text"
            value={options.benchmark}
            placeholder="default per venue"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange({ ...options, benchmark: e.target.value })}
            aria-describedby={`${id}-benchmark-hint`}
          />
          <span className="hint" id={`${id}-benchmark-hint`}>
            Empty: each venue’s index (^HSI for Hong Kong, ^GSPC for the US, ^CSI300 for the mainland). A symbol here is used for every listing.
          </span>
        </div>
        <fieldset className="field">
          <legend>Estimation window (trading days)</legend>
          <div className="inline">
            <label htmlFor={`${id}-est-from`} className="sr-only">
              Estimation window start
            </label>
            <input id={`${id}-est-from`} type="number" step={1} inputMode="numeric" className="num" value={options.estimationFrom} onChange={(e) => onChange({ ...options, estimationFrom: e.target.value })} />
            <span aria-hidden="true">to</span>
            <label htmlFor={`${id}-est-to`} className="sr-only">
              Estimation window end
            </label>
            <input id={`${id}-est-to`} type="number" step={1} inputMode="numeric" className="num" value={options.estimationTo} onChange={(e) => onChange({ ...options, estimationTo: e.target.value })} />
          </div>
        </fieldset>
        <fieldset className="field windows">
          <legend>Event windows (trading days around day 0)</legend>
          <ol className="window-list">
            {options.windows.map((w, k) => {
              const parsed = parseWindow(w);
              const bad = w.trim() !== "" && !parsed.ok;
              return (
                <li key={k}>
                  <label htmlFor={`${id}-w-${k}`} className="sr-only">
                    Event window {k + 1}
                  </label>
                  <input
                    id={`${id}-w-${k}`}
                    type="text"
                    className="window-input"
                    value={w}
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={bad}
                    aria-describedby={bad ? `${id}-w-${k}-err` : undefined}
                    onChange={(e) => setWindow(k, e.target.value)}
                  />
                  <button type="button" className="secondary small" aria-label={`Remove event window ${k + 1}${parsed.ok ? ` (${w})` : ""}`} onClick={() => onChange({ ...options, windows: options.windows.filter((_, i) => i !== k) })}>
                    Remove
                  </button>
                  {bad && !parsed.ok && (
                    <span className="field-error" id={`${id}-w-${k}-err`}>
                      {parsed.message}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <button type="button" className="secondary small" onClick={() => onChange({ ...options, windows: [...options.windows, ""] })}>
            Add a window
          </button>
          <span className="hint">Write “0,0”, “-1,1” or “[0, +5]”.</span>
        </fieldset>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row actions">
        <button type="submit" disabled={busy || !canRun} aria-busy={busy}>
          {busy ? "Running the study…" : "Run study"}
        </button>
        {!canRun && <span className="hint">Extract an event first.</span>}
      </div>
    </form>
  );
}

import { useId, type FormEvent } from "react";
import { MODELS } from "../rows.js";
import type { Adjustment, ConventionName, ModelName, StudySettings, TestName } from "../types.js";
import { parseWindow } from "../windows.js";

export interface OptionsState {
  readonly model: ModelName;
  readonly benchmark: string;
  readonly estimationFrom: string;
  readonly estimationTo: string;
  /** Windows as typed ("-1,1"), checked on submit. */
  readonly windows: readonly string[];
  /** The tests chosen; undefined until the server's list of tests has arrived (then its default battery). */
  readonly tests: readonly TestName[] | undefined;
  readonly convention: ConventionName;
  readonly adjust: readonly Adjustment[];
  /** Bootstrap resamples and seed as typed, checked on submit. */
  readonly bootstrapDraws: string;
  readonly bootstrapSeed: string;
}

interface Props {
  readonly options: OptionsState;
  readonly onChange: (o: OptionsState) => void;
  readonly onRun: () => void;
  /** Runs the study of the event list chosen in step 1 instead of the article's event. */
  readonly onRunList: () => void;
  readonly busy: boolean;
  readonly canRun: boolean;
  readonly canRunList: boolean;
  /** What the server offers (GET /api/study-settings); the tests and conventions wait for it. */
  readonly settings?: StudySettings | undefined;
  readonly problem?: string;
}

/** `list` with `item` in or out, in the order of `all`. */
function toggled<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : list.includes(x)));
}

/**
 * Step 3: how to measure: return model, benchmark, estimation and event windows, the tests, the
 * convention of another tool to reproduce, multiple-testing adjustments and the bootstrap's draws and
 * seed; Run study (the article's event) or Run study on the event list.
 */
export function StudyOptionsForm({ options, onChange, onRun, onRunList, busy, canRun, canRunList, settings, problem }: Props) {
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
            <input
              id={`${id}-est-from`}
              type="number"
              step={1}
              inputMode="numeric"
              className="num"
              value={options.estimationFrom}
              onChange={(e) => onChange({ ...options, estimationFrom: e.target.value })}
            />
            <span aria-hidden="true">to</span>
            <label htmlFor={`${id}-est-to`} className="sr-only">
              Estimation window end
            </label>
            <input
              id={`${id}-est-to`}
              type="number"
              step={1}
              inputMode="numeric"
              className="num"
              value={options.estimationTo}
              onChange={(e) => onChange({ ...options, estimationTo: e.target.value })}
            />
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
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`Remove event window ${k + 1}${parsed.ok ? ` (${w})` : ""}`}
                    onClick={() => onChange({ ...options, windows: options.windows.filter((_, i) => i !== k) })}
                  >
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
        {settings && (
          <div className="field">
            <label htmlFor={`${id}-convention`}>Convention</label>
            <select
              id={`${id}-convention`}
              value={options.convention}
              onChange={(e) => onChange({ ...options, convention: settings.conventions.find((c) => c.name === e.target.value)?.name ?? options.convention })}
              aria-describedby={`${id}-convention-hint`}
            >
              {settings.conventions.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
            <span className="hint" id={`${id}-convention-hint`}>
              {settings.conventions.find((c) => c.name === options.convention)?.label}
            </span>
          </div>
        )}
        {settings && (
          <fieldset className="field">
            <legend>Bootstrap tests</legend>
            <div className="inline">
              <label htmlFor={`${id}-draws`}>Resamples</label>
              <input
                id={`${id}-draws`}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                className="num"
                value={options.bootstrapDraws}
                onChange={(e) => onChange({ ...options, bootstrapDraws: e.target.value })}
              />
              <label htmlFor={`${id}-seed`}>Seed</label>
              <input
                id={`${id}-seed`}
                type="number"
                step={1}
                inputMode="numeric"
                className="num"
                value={options.bootstrapSeed}
                onChange={(e) => onChange({ ...options, bootstrapSeed: e.target.value })}
              />
            </div>
          </fieldset>
        )}
        {settings && options.tests && (
          <fieldset className="field tests">
            <legend>Tests of the groups’ windows</legend>
            <ul className="check-list">
              {settings.tests.map((t) => (
                <li key={t.name}>
                  <label title={t.citation}>
                    <input
                      type="checkbox"
                      checked={options.tests!.includes(t.name)}
                      onChange={(e) =>
                        onChange({
                          ...options,
                          tests: toggled(
                            settings.tests.map((x) => x.name),
                            options.tests!,
                            t.name,
                            e.target.checked,
                          ),
                        })
                      }
                    />
                    {t.label}
                  </label>
                </li>
              ))}
            </ul>
            <span className="hint">Hover over a test for its paper. The bootstrap tests use the resamples and seed above.</span>
          </fieldset>
        )}
        {settings && (
          <fieldset className="field">
            <legend>Multiple-testing adjustments</legend>
            <ul className="check-list">
              {settings.adjustments.map((a) => (
                <li key={a.name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={options.adjust.includes(a.name)}
                      onChange={(e) =>
                        onChange({
                          ...options,
                          adjust: toggled(
                            settings.adjustments.map((x) => x.name),
                            options.adjust,
                            a.name,
                            e.target.checked,
                          ),
                        })
                      }
                    />
                    {a.label}
                  </label>
                </li>
              ))}
            </ul>
            <span className="hint">Adjusted p-values are shown beside the raw ones, across every window and group.</span>
          </fieldset>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row wrap actions">
        <button type="submit" disabled={busy || !canRun} aria-busy={busy}>
          {busy ? "Running the study…" : "Run study"}
        </button>
        <button type="button" className="secondary" disabled={busy || !canRunList} onClick={onRunList}>
          Run study on the event list
        </button>
        {!canRun && !canRunList && <span className="hint">Extract an event or choose an event list first.</span>}
      </div>
    </form>
  );
}

import type { StudyConventions } from "../../study/results.js";
import { html, type SafeHtml } from "./htmlText.js";

/** Each convention code in words; an unknown code is shown as is. */
const NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  residualVariance: {
    sample: "residual variance s² divides by M − 1 (M estimation days)",
    ols: "residual variance s² divides by M − k (k model parameters)",
    population: "residual variance s² divides by M",
  },
  patellVariance: {
    "divisor-in-force": "Patell's Z takes each standardized AR's variance as d/(ν − 2), d the divisor of s² and ν its degrees of freedom",
    "t-df": "Patell's Z takes each standardized AR's variance as ν/(ν − 2) whatever the divisor of s² (estudy2)",
  },
  marketMoments: {
    "security-days": "the prediction-error term uses the market's mean and spread on the security's own estimation days",
    "market-days": "the prediction-error term uses the market's mean and spread on every market day of the estimation window",
  },
  crossSectionalSum: {
    present: "rank and sign tests sum over the events present on each estimation day",
    "mean-times-n": "rank and sign tests scale the mean over present events by the number of events (estudy2)",
  },
  windowRankCentre: {
    "per-event": "the window rank test centres each event's ranks on its own (T_i + 1)/2",
    pooled: "the window rank test uses one pooled centre",
  },
  eventPValue: {
    alternative: "an event's p-value follows the study's alternative",
    "one-tail-of-abs-t": "an event's p-value is one tail beyond |t| (half the two-sided p, as eventstudy-py reports)",
  },
  constantMeanVariance: {
    estimation: "the constant-mean model's s² comes from the estimation-day residuals",
    "whole-span": "the constant-mean model's s² is the variance of returns from the estimation start to the span's end",
  },
};

function note(key: keyof StudyConventions, c: StudyConventions): string {
  const code = String(c[key]);
  return NOTES[key]?.[code] ?? `${key}: ${code}`;
}

/** A sentence's first letter in capitals. */
function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Methods: every significance test the result used, with its citation, then the model and the
 * convention's smaller choices in words, and how the charts' band is drawn.
 */
export function methodsSection(c: StudyConventions): SafeHtml {
  return html`<h3>Significance tests</h3>
<ol id="tests-list">${c.tests.map((t) => html`<li><strong>${t.label}</strong> (<code>${t.name}</code>): ${t.citation}</li>`)}</ol>
<h3>Model and convention</h3>
<ul>
<li>Abnormal return AR = actual return − the prediction of the ${c.modelLabel}, fitted on trading days ${`[${c.estimation[0]}, ${c.estimation[1]}]`} relative to day 0; CAR sums the ARs of a window; BHAR = Π(1 + R) − Π(1 + E[R]).</li>
<li>Each AR's variance ${c.predictionError ? "includes" : "leaves out"} the prediction-error term s²·x′(X′X)⁻¹x; ${note("residualVariance", c)}; ${note("patellVariance", c)}.</li>
<li>${sentence(note("marketMoments", c))}.</li>
<li>${sentence(note("crossSectionalSum", c))}; ${note("windowRankCentre", c)}.</li>
<li>${sentence(note("eventPValue", c))}; ${note("constantMeanVariance", c)}.</li>
<li>Group differences: Welch’s t on the difference of mean CARs, the Wilcoxon rank-sum test, and a permutation test (exact enumeration for small groups, seeded Monte Carlo above).</li>
<li>Charts: the band around each event’s CAR path is ±1.96·√(Σ Var(AR_t)) over the cumulated days; it leaves out the covariance between days that estimation error in the model parameters induces, which the window tests include.</li>
</ul>`;
}

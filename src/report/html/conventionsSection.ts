import { windowLabel } from "../../study/eventWindow.js";
import type { StudyConventions } from "../../study/results.js";
import { html, type SafeHtml } from "./htmlText.js";
import { multipleTestingText } from "../multipleTestingText.js";

const SIDEDNESS: Readonly<Record<StudyConventions["pValues"], string>> = {
  "two-sided": "two-sided (a reaction in either direction counts)",
  greater: "one-sided, testing for a positive reaction",
  less: "one-sided, testing for a negative reaction",
};

const NON_TRADING: Readonly<Record<StudyConventions["nonTradingDay"], string>> = {
  next: "an event on a day the security did not trade moves to its next trading day",
  previous: "an event on a day the security did not trade moves to its previous trading day",
  exclude: "an event on a day the security did not trade is excluded",
};

/** The choices that shape the numbers, stated in words before any number is shown; the price feeds when known. */
export function conventionsSection(c: StudyConventions, priceSources: Readonly<Record<string, string>> = {}): SafeHtml {
  const feeds = Object.entries(priceSources).sort(([a], [b]) => a.localeCompare(b));
  return html`<dl class="facts" id="conventions-list">
<dt>Model</dt><dd>${c.modelLabel} (<code>${c.model}</code>), ${c.returnType} returns</dd>
<dt>Estimation window</dt><dd>trading days ${windowLabel(c.estimation)} relative to day 0; at least ${c.minEstimationDays} days with data</dd>
<dt>Event windows</dt><dd>${c.windows.map((w) => windowLabel(w)).join(", ")} (trading days relative to day 0)</dd>
<dt>Convention</dt><dd><code>${c.convention}</code>; CAAR reported as the ${c.caar === "sum" ? "sum" : "mean"} of the AARs</dd>
<dt>p-values</dt><dd>${SIDEDNESS[c.pValues]}</dd>
${c.multipleTesting ? html`<dt>Multiple testing</dt><dd>${multipleTestingText(c.multipleTesting)}</dd>` : ""}
<dt>Trading days</dt><dd>${c.tradingDays}; ${NON_TRADING[c.nonTradingDay]}</dd>
${feeds.length > 0 ? html`<dt>Prices</dt><dd>${priceFeedsText(feeds)}</dd>` : ""}
</dl>`;
}

/** "0700.HK hk/0700.HK.csv, BIDU us": the feed each symbol was read from. */
export function priceFeedsText(feeds: readonly (readonly [string, string])[]): string {
  return `read from the feed with the most days per symbol: ${feeds.map(([symbol, source]) => `${symbol} ${source}`).join(", ")}`;
}

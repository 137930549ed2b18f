import { day0RuleText, DAY0_METHOD } from "../day0Rules.js";
import { percent, pValue } from "../format.js";
import type { StudyResult } from "../../study/results.js";
import { html, safeHttpUrl, type SafeHtml } from "./htmlText.js";
import type { ReportInput } from "./reportInput.js";

/** The news and where it came from: source name (linked when an http(s) URL), date, quoted excerpt. */
export function eventSection(input: ReportInput): SafeHtml {
  const s = input.source;
  const url = safeHttpUrl(s?.url);
  const dates = [...new Set(input.result.events.map((e) => e.eventDate))].sort();
  const eventDate = input.eventDate ?? (dates.length === 1 ? dates[0] : dates.length > 1 ? `${dates[0]} to ${dates[dates.length - 1]}` : undefined);
  const name = s?.name ?? (url ? new URL(url).hostname : undefined);
  return html`<dl class="facts" id="event-facts">
${eventDate ? html`<dt>Event date</dt><dd>${eventDate}</dd>` : ""}
${name ? html`<dt>Source</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer">${name}</a>` : name}${s?.url && !url ? html` (${s.url})` : ""}</dd>` : ""}
${s?.published ? html`<dt>Published</dt><dd>${s.published}</dd>` : ""}
<dt>Events</dt><dd>${input.result.events.length} (${input.result.events.filter((e) => e.status === "ok").length} measured)</dd>
</dl>
${s?.excerpt ? html`<blockquote cite="${url ?? ""}"><p>${s.excerpt}</p></blockquote>` : ""}`;
}

/**
 * A one-sentence summary when the caller gave no headline: the all-events day-0 (or first) window's
 * CAAR with the BMP test's p-value when it ran, else the first test's. Plain and hedged: it reports,
 * it does not interpret.
 */
function computedHeadline(result: StudyResult): string | undefined {
  const all = result.groups.find((g) => g.group === "all");
  const w = all?.windows.find((x) => x.window[0] === 0 && x.window[1] === 0) ?? all?.windows[0];
  if (!all || !w || all.measured === 0) return undefined;
  const testName = w.tests.bmp ? "bmp" : result.conventions.tests.find((t) => w.tests[t.name])?.name;
  const test = testName ? w.tests[testName] : undefined;
  const label = result.conventions.tests.find((t) => t.name === testName)?.label ?? testName;
  const when = w.window[0] === 0 && w.window[1] === 0 ? "on the day of the news" : `over trading days ${w.window[0]} to ${w.window[1]}`;
  return `Across ${all.measured} measured ${all.measured === 1 ? "stock" : "stocks"}, the average abnormal return ${when} was ${percent(w.caar)}${
    test ? ` (${label}, p = ${pValue(test.pValue)})` : ""
  }.`;
}

/** The headline given, or the computed one marked as such. */
export function headlineBlock(input: ReportInput): SafeHtml {
  if (input.headline) return html`<p class="headline" id="headline">${input.headline}</p>`;
  const computed = computedHeadline(input.result);
  return computed ? html`<p class="headline" id="headline">${computed}<span class="computed">Computed summary; no headline was given.</span></p>` : html``;
}

/** The event time (or the assumption without one) and, per listing, the news on its exchange's clock, the rule and day 0. */
export function day0Section(input: ReportInput): SafeHtml {
  const t = input.timing;
  if (!t) return html``;
  return html`<p id="event-time"><strong>Event time:</strong> ${t.basis}. ${DAY0_METHOD}</p>
<div class="table-wrap"><table id="day0-table">
<caption>Day 0 per listing</caption>
<thead><tr><th scope="col">Security</th><th scope="col">Exchange</th><th scope="col">News on the exchange's clock</th><th scope="col">Rule</th><th scope="col">Day 0</th></tr></thead>
<tbody>${t.listings.map(
    (l) =>
      html`<tr><th scope="row">${l.symbol}</th><td>${l.exchange ?? "–"}${l.timeZone ? html` <small>(${l.timeZone})</small>` : ""}</td><td>${l.local ?? "–"}</td><td>${day0RuleText(l.rule)}</td><td class="num">${l.day0}</td></tr>`,
  )}</tbody>
</table></div>`;
}

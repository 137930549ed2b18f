import { percent, pValue, stars, stat } from "../format.js";
import { windowLabel } from "../../study/eventWindow.js";
import type { StudyResult } from "../../study/results.js";
import { numCell, STARS_NOTE } from "./cells.js";
import { html, type SafeHtml } from "./htmlText.js";

/**
 * Per compared pair of groups: the difference of mean CARs per window with Welch's t (unequal
 * variances), the Wilcoxon rank-sum p and the permutation p (exact or seeded Monte Carlo, as run).
 */
export function comparisonTables(result: StudyResult): SafeHtml {
  if (result.comparisons.length === 0) return html`<p>The study has fewer than two groups with measured events: no group differences.</p>`;
  return html`${result.comparisons.map(
    (c) => html`<div class="table-wrap"><table class="comparison-table">
<caption>“${c.a}” minus “${c.b}”: difference of mean CAR</caption>
<thead><tr><th scope="col">Window</th><th scope="col" class="num">Difference</th><th scope="col" class="num">Welch t</th><th scope="col" class="num">df</th><th scope="col" class="num">p (Welch)</th><th scope="col" class="num">p (rank-sum)</th><th scope="col" class="num">p (permutation)</th></tr></thead>
<tbody>${c.windows.map(
      (w) =>
        html`<tr><th scope="row">${windowLabel(w.window)}</th>${numCell(percent(w.difference) + stars(w.welch.pValue))}${numCell(stat(w.welch.statistic))}${numCell(
          w.welch.df === undefined || !Number.isFinite(w.welch.df) ? "–" : w.welch.df.toFixed(1),
        )}${numCell(pValue(w.welch.pValue))}${numCell(`${pValue(w.wilcoxonRankSum.pValue)} (${w.wilcoxonRankSum.method})`)}${numCell(
          `${pValue(w.permutation.pValue)} (${w.permutation.method === "exact" ? `exact, ${w.permutation.permutations} splits` : `${w.permutation.permutations} draws, seed ${w.permutation.seed ?? "–"}`})`,
        )}</tr>`,
    )}</tbody>
</table></div>`,
  )}<p class="footnote">${STARS_NOTE} Stars on the difference follow Welch’s p.</p>`;
}

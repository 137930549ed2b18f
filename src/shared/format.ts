/**
 * Number formats of every face: the text and CSV views, the HTML report and the web page show a
 * statistic, a p-value, its stars and its adjusted p-values the same way. Numbers that are not finite
 * (and the nulls JSON turns them into) print as "–".
 */

/** Whether `x` is a finite number (not NaN, not an infinity, not null or undefined). */
function finite(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * A return as a signed percentage, as the report, the text views and the page print it: 0.0694 →
 * "+6.94%", -0.0694 → "−6.94%" with a true minus sign (U+2212, as wide as a digit and read as a sign;
 * CSV, JSON and the spreadsheets keep their numbers, with ASCII "-"). A value that rounds to zero has
 * no sign: "0.00%".
 */
export function percent(x: number | null | undefined, digits = 2): string {
  if (!finite(x)) return "–";
  const magnitude = (Math.abs(x) * 100).toFixed(digits);
  if (Number(magnitude) === 0) return `${magnitude}%`;
  return `${x > 0 ? "+" : "\u2212"}${magnitude}%`;
}

/** A test statistic: 3 decimals. */
export function stat(x: number | null | undefined): string {
  return finite(x) ? x.toFixed(3) : "–";
}

/** A p-value: 4 decimals, "<0.0001" below. */
export function pValue(p: number | null | undefined): string {
  if (!finite(p)) return "–";
  return p < 1e-4 ? "<0.0001" : p.toFixed(4);
}

/** Significance stars at 10 %, 5 % and 1 %. */
export function stars(p: number | null | undefined): string {
  if (!finite(p)) return "";
  return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
}

/** Short names of the multiple-testing adjustments, as the p-value cells show them. */
const ADJUSTMENT_LABEL: Readonly<Record<string, string>> = { holm: "Holm", "benjamini-hochberg": "BH" };

/** A test's adjusted p-values, each after its method's short name: "Holm 0.0240 · BH 0.0120". */
export function adjustedPValues(adjusted: Readonly<Partial<Record<string, number | null>>>): string {
  return Object.entries(adjusted)
    .map(([method, p]) => `${ADJUSTMENT_LABEL[method] ?? method} ${pValue(p)}`)
    .join(" · ");
}

/** What a test's statistic is read against, for a note beside it: its resamples and seed, or its degrees of freedom ("" when neither). */
export function testNote(o: {
  readonly distribution: string;
  readonly df?: number | null | undefined;
  readonly draws?: number | null | undefined;
  readonly seed?: number | null | undefined;
}): string {
  if (o.distribution === "bootstrap") return `${o.draws} bootstrap resamples, seed ${o.seed}`;
  if (!finite(o.df)) return "";
  return o.distribution === "signed-rank" ? `${o.df} non-zero differences` : `df ${stat(o.df)}`;
}

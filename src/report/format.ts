/** Number formats shared by the text and CSV views. */

/** A return as a signed percentage: 0.0694 → "+6.94%". */
export function percent(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return "–";
  return `${x >= 0 ? "+" : ""}${(x * 100).toFixed(digits)}%`;
}

/** A test statistic: 3 decimals. */
export function stat(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : "–";
}

/** A p-value: 4 decimals, "<0.0001" below. */
export function pValue(p: number): string {
  if (!Number.isFinite(p)) return "–";
  return p < 1e-4 ? "<0.0001" : p.toFixed(4);
}

/** Significance stars at 10 %, 5 % and 1 %. */
export function stars(p: number): string {
  return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
}

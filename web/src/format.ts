/**
 * Number and label formats of the page (pure: unit-tested without a browser). Statistics, p-values,
 * stars and adjusted p-values are the report's own (@aftershock/shared/format.js).
 */

/** A return as a signed percentage: 0.0694 → "+6.94%", -0.0694 → "−6.94%" (a true minus sign). */
export function percent(x: number | null | undefined, digits = 2): string {
  if (x === undefined || x === null || !Number.isFinite(x)) return "–";
  const s = (Math.abs(x) * 100).toFixed(digits);
  if (Number(s) === 0) return `${(0).toFixed(digits)}%`;
  return `${x > 0 ? "+" : "−"}${s}%`;
}

/** A confidence in [0, 1] as a whole percentage: 0.923 → "92%". */
export function confidence(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return `${Math.round(Math.min(1, Math.max(0, x)) * 100)}%`;
}

/** A relative trading day: -1 → "−1", 0 → "0", 2 → "+2". */
export function dayLabel(d: number): string {
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "0";
}

/** A window of relative trading days: [-1, 1] → "[−1, +1]". */
export function windowLabel(w: readonly [number, number]): string {
  return `[${dayLabel(w[0])}, ${dayLabel(w[1])}]`;
}

/** The label of an event's row and chart entry: "Baidu (9888.HK)". */
export function eventLabel(company: string | undefined, security: string): string {
  return company ? `${company} (${security})` : security;
}

/** The display name of a study group: "absent · HK" stays, "all" reads "all events". */
export function groupLabel(group: string): string {
  return group === "all" ? "all events" : group;
}

/** A short, readable timestamp in UTC: "2025-02-18 09:30 UTC". */
export function timestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

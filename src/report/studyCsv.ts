import { windowLabel } from "../study/eventWindow.js";
import type { StudyResult } from "../study/results.js";

/** RFC 4180 quoting where needed. */
function csvCell(v: string | number | undefined): string {
  if (v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One row per event and window (unmeasured events once, with their reason); full precision. */
export function studyCsv(result: StudyResult): string {
  const header = ["id", "security", "market", "group", "event_date", "day0", "status", "reason", "window", "car", "se", "t", "p_value", "bhar"];
  const rows: (string | number | undefined)[][] = [];
  for (const e of result.events) {
    const base = [e.id, e.security, e.market, e.group, e.eventDate, e.day0, e.status, e.reason];
    if (e.windows.length === 0) rows.push([...base, "", undefined, undefined, undefined, undefined, undefined]);
    for (const w of e.windows) rows.push([...base, windowLabel(w.window), w.car, w.se, w.t, w.pValue, w.bhar]);
  }
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

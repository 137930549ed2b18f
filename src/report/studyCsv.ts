import { windowLabel } from "../study/eventWindow.js";
import type { StudyResult } from "../study/results.js";
import { STUDY_CSV_HEADER } from "./studyStream.js";

/** A CSV cell: RFC 4180 quoting where needed; a number in full, NaN and ±∞ empty. */
export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A group label in ASCII, so that any spreadsheet reads it: "absent · HK" → "absent / HK". */
export function asciiGroup(group: string | undefined): string | undefined {
  return group?.replaceAll(" · ", " / ");
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (company names in Chinese, for one). */
const UTF8_BOM = "\uFEFF";

/**
 * One row per event and window (unmeasured events once, with their reason); full precision. With
 * `companies` (event id → company and role), two more columns name them; with `bom`, the text starts
 * with a byte-order mark, for files opened in Excel.
 */
export function studyCsv(result: StudyResult, options: { companies?: ReadonlyMap<string, { company: string; role: string }>; bom?: boolean } = {}): string {
  const who = options.companies;
  // A volume or volatility study says so on every row; a returns study keeps the columns it always had.
  const kind = result.conventions.kind === "returns" ? [] : [result.conventions.kind];
  const header = [...STUDY_CSV_HEADER, ...(kind.length > 0 ? ["kind"] : []), ...(who ? ["company", "role"] : [])];
  const rows: (string | number | undefined)[][] = [];
  for (const e of result.events) {
    const base = [e.id, e.security, e.market, asciiGroup(e.group), e.eventDate, e.day0, e.status, e.reason];
    const tail = who ? [who.get(e.id)?.company, who.get(e.id)?.role] : [];
    if (e.windows.length === 0) rows.push([...base, "", undefined, undefined, undefined, undefined, undefined, ...kind, ...tail]);
    for (const w of e.windows) rows.push([...base, windowLabel(w.window), w.car, w.se, w.t, w.pValue, w.bhar, ...kind, ...tail]);
  }
  return (options.bom ? UTF8_BOM : "") + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

import type { StudyResult } from "../../study/results.js";

/** Display names of events by event id, e.g. `{ "7": "Baidu (9888.HK)" }`. */
export type EventLabels = Readonly<Record<string, string>>;

/**
 * The name each event is shown under: the label given for its id, else its security; a security that
 * has several events in the study gets its event date appended so the names stay distinct.
 */
export function eventLabelMap(result: StudyResult, labels: EventLabels = {}): ReadonlyMap<string, string> {
  const perSecurity = new Map<string, number>();
  for (const e of result.events) perSecurity.set(e.security, (perSecurity.get(e.security) ?? 0) + 1);
  return new Map(
    result.events.map((e) => {
      const given = labels[e.id];
      if (given !== undefined && given.trim() !== "") return [e.id, given];
      return [e.id, (perSecurity.get(e.security) ?? 0) > 1 ? `${e.security} ${e.eventDate}` : e.security];
    }),
  );
}

/**
 * A name made safe for ECharts label templates: `{a}`, `{b|...}` in a company name would be read as a
 * template or rich-text tag, so braces become their full-width forms. Long names are shortened.
 */
export function chartText(s: string, max = 40): string {
  const plain = s.replaceAll("{", "｛").replaceAll("}", "｝");
  return [...plain].length > max ? [...plain].slice(0, max - 1).join("") + "…" : plain;
}

export { articleText } from "../report/articleText.js";
import { carPathsChartOptions } from "../report/charts/carPathsChart.js";
import { day0BarChartOptions } from "../report/charts/day0BarChart.js";
import { groupCaarChartOptions } from "../report/charts/groupCaarChart.js";
import type { ReportInput } from "../report/html/reportInput.js";
import { studyCsv } from "../report/studyCsv.js";
import type { StudyResult } from "../study/results.js";
import type { CompanyPlan } from "./studyPlan.js";
import type { ArticleStudy } from "./articleStudy.js";

/**
 * What the HTML report shows of an article study: the source, the headline, each company with its
 * role and listings (and why any is not measured), labels "Baidu (9888.HK)", and each cross-listed
 * company's venues side by side.
 */
export function articleReportInput(study: ArticleStudy, source: { name?: string; url?: string } = {}): ReportInput {
  const { event, result } = study;
  const labels: Record<string, string> = {};
  for (const e of result.events) {
    const company = study.companies.find((c) => c.eventIds.includes(e.id));
    labels[e.id] = `${company?.company ?? e.security} (${e.security})`;
  }
  const evidence = event.companies.flatMap((c) => c.evidence);
  return {
    title: event.title,
    source: {
      ...source,
      published: event.published,
      ...(evidence.length > 0 ? { excerpt: [...new Set(evidence)].slice(0, 3).join(" ") } : {}),
    },
    eventDate: event.eventDate,
    headline: study.headline,
    priceSources: study.priceSources,
    result,
    companies: study.companies.map((c) => ({
      name: c.company,
      role: c.role,
      securities: c.symbols,
      ...(c.reasons.length + c.notes.length > 0 ? { note: [...c.reasons, ...c.notes].join("; ") } : {}),
    })),
    labels,
    pairs: study.companies
      .map((c) => ({ company: c.company, rows: result.events.filter((e) => c.eventIds.includes(e.id)).map((e) => e.id) }))
      .filter((p) => p.rows.length > 1),
    timing: study.timing,
  };
}

/** The study's charts as ECharts options, for a page that draws them: CAR paths, day-0 ARs, group CAARs. */
export function articleCharts(study: ArticleStudy) {
  const { labels } = articleReportInput(study);
  return {
    carPaths: carPathsChartOptions(study.result, labels),
    day0: day0BarChartOptions(study.result, labels),
    groupCaar: groupCaarChartOptions(study.result),
  };
}

/** A stored study as a CSV download: every event and window, with its company and role, for Excel (UTF-8 with a byte-order mark). */
export function studyExportCsv(study: {
  readonly result: StudyResult;
  readonly companies: readonly Pick<CompanyPlan, "eventIds" | "company" | "role">[];
}): string {
  const companies = new Map<string, { company: string; role: string }>();
  for (const e of study.result.events) {
    const c = study.companies.find((x) => x.eventIds.includes(e.id));
    if (c) companies.set(e.id, { company: c.company, role: c.role });
  }
  return studyCsv(study.result, { companies, bom: true });
}

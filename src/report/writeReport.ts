import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { svgToPng } from "./charts/svgToPng.js";
import { reportHtml } from "./html/reportHtml.js";
import type { ReportInput } from "./html/reportInput.js";
import { reportCharts, type ReportChartKey } from "./reportCharts.js";
import { studyCsv } from "./studyCsv.js";

/** Absolute paths of everything `writeReport` wrote. */
export interface ReportFiles {
  readonly html: string;
  readonly json: string;
  readonly csv: string;
  readonly charts: Readonly<Record<ReportChartKey, { readonly svg: string; readonly png: string }>>;
}

/** PNGs at twice the SVG's size: sharp on high-density screens and in print. */
const PNG_SCALE = 2;

/**
 * Writes a report folder: report.html (self-contained), results.json (the StudyResult as is),
 * results.csv (one row per event and window), and each chart as SVG and PNG (car-paths, day0-ar,
 * group-caar). The charts are rendered once and the same SVGs are inlined in the page. The folder is
 * created when missing; existing files of these names are replaced. Each file is written under a
 * temporary name and renamed into place, so an interrupted run leaves no half-written file.
 */
export async function writeReport(dir: string, input: ReportInput): Promise<ReportFiles> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const charts = reportCharts(input.result, input.labels);
  const files: ReportFiles = {
    html: join(root, "report.html"),
    json: join(root, "results.json"),
    csv: join(root, "results.csv"),
    charts: Object.fromEntries(charts.map((c) => [c.key, { svg: join(root, `${c.key}.svg`), png: join(root, `${c.key}.png`) }])) as ReportFiles["charts"],
  };
  await writeFileAtomic(files.html, reportHtml(input, charts), { encoding: "utf8" });
  await writeFileAtomic(files.json, JSON.stringify(input.result, null, 2) + "\n", { encoding: "utf8" });
  await writeFileAtomic(
    files.csv,
    studyCsv(input.result, { ...(input.companies ? { companies: csvCompanies(input.result, input.companies) } : {}), bom: true }),
    { encoding: "utf8" },
  );
  await Promise.all(
    charts.map(async (c) => {
      const paths = files.charts[c.key];
      await writeFileAtomic(paths.svg, `<?xml version="1.0" encoding="UTF-8"?>\n${c.svg}\n`, { encoding: "utf8" });
      await writeFileAtomic(paths.png, await svgToPng(c.svg, { width: c.width * PNG_SCALE }));
    }),
  );
  return files;
}

/** Each event's company and role, from the report's companies (matched by security), for the CSV. */
function csvCompanies(result: ReportInput["result"], companies: NonNullable<ReportInput["companies"]>): Map<string, { company: string; role: string }> {
  const out = new Map<string, { company: string; role: string }>();
  for (const e of result.events) {
    const c = companies.find((x) => x.securities.includes(e.security));
    if (c) out.set(e.id, { company: c.name, role: c.role });
  }
  return out;
}

/**
 * A stored study as the API answers it, made without a server: the engine's synthetic study with event
 * ids as the pipeline writes them (`entity@symbol`), companies as the study plan lists them, and the
 * report's own chart options, through JSON like the response body.
 */
import { carPathsChartOptions } from "../../src/report/charts/carPathsChart.js";
import { day0BarChartOptions } from "../../src/report/charts/day0BarChart.js";
import { groupCaarChartOptions } from "../../src/report/charts/groupCaarChart.js";
import type { StudyResult } from "../../src/study/results.js";
import type { StoredStudy, StudyCompany } from "../../web/src/types.js";
import { syntheticStudy } from "../report/syntheticStudy.js";

const ENTITY: Readonly<Record<string, string>> = {
  "baidu-hk": "baidu",
  "baidu-us": "baidu",
  alibaba: "alibaba",
  tencent: "tencent",
  jd: "jd",
  netease: "netease",
  pdd: "pdd",
  ghost: "ghost",
};

const PLANNED: readonly Omit<StudyCompany, "eventIds">[] = [
  { entityId: "baidu", company: "Baidu", role: "present", symbols: ["9888.HK", "BIDU"], reasons: [], notes: [] },
  { entityId: "alibaba", company: "Alibaba", role: "present", symbols: ["9988.HK"], reasons: ["3750.HK not yet listed on 2022-01-01"], notes: [] },
  { entityId: "tencent", company: "Tencent", role: "absent", symbols: ["0700.HK"], reasons: [], notes: [] },
  { entityId: "jd", company: "JD.com", role: "absent", symbols: ["9618.HK"], reasons: [], notes: [] },
  { entityId: "netease", company: "NetEase", role: "mentioned", symbols: ["9999.HK"], reasons: [], notes: [] },
  { entityId: "pdd", company: "PDD", role: "target", symbols: ["PDD"], reasons: [], notes: [] },
  { entityId: "ghost", company: "Ghost Co", role: "absent", symbols: ["GHOST"], reasons: [], notes: [] },
  { entityId: "bytedance", company: "ByteDance", role: "absent", symbols: [], reasons: ["unlisted: no shares trade"], notes: [] },
];

/** The companies with their event ids, one per listing, as the study plan gives them. */
const COMPANIES: readonly StudyCompany[] = PLANNED.map((c) => ({ ...c, eventIds: c.symbols.map((s) => `${c.entityId}@${s}`) }));

export function storedStudy(): StoredStudy {
  const raw = syntheticStudy();
  const result: StudyResult = { ...raw, events: raw.events.map((e) => ({ ...e, id: `${ENTITY[e.id]}@${e.security}` })) };
  const names = new Map(COMPANIES.flatMap((c) => c.eventIds.map((id) => [id, c.company] as const)));
  const labels = Object.fromEntries(result.events.map((e) => [e.id, `${names.get(e.id)} (${e.security})`]));
  const body = {
    id: 7,
    createdAt: "2025-02-18T09:30:00.000Z",
    headline: "A sentence.",
    event: {} as StoredStudy["event"],
    companies: COMPANIES,
    result,
    charts: { carPaths: carPathsChartOptions(result, labels), day0: day0BarChartOptions(result, labels), groupCaar: groupCaarChartOptions(result) },
  };
  return JSON.parse(JSON.stringify(body)) as StoredStudy;
}

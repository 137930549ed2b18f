import { resolve } from "node:path";
import type { ReportInput } from "../../src/report/html/reportInput.js";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import { runStudy } from "../../src/study/runStudy.js";
import { repoRoot } from "../support/paths.js";

/** Groups given to estudy2's seven COVID-crash events (ids 1-7 in file order), for realistic input. */
const GROUPS: Readonly<Record<string, string>> = { AMZN: "present", ZM: "present", NFLX: "present", SHOP: "mentioned", UBER: "absent", UPWK: "absent" };

/** Display names, Chinese among them so the CJK path is exercised end to end. */
const ESTUDY2_LABELS: Readonly<Record<string, string>> = {
  "1": "亚马逊 Amazon (AMZN)",
  "2": "Zoom (ZM)",
  "3": "优步 Uber (UBER)",
  "4": "奈飞 Netflix (NFLX)",
};

/**
 * A report input from the estudy2 example run through the engine, with groups on six of the seven
 * events (FB stays ungrouped), a company whose name is an injection attempt, and a cross-listing pair.
 */
export async function estudy2ReportInput(): Promise<ReportInput> {
  const loaded = await loadStudyFile(resolve(repoRoot, "examples/estudy2-covid-2020.study.yaml"));
  const input = loaded.input;
  const events = input.events.map((e) => {
    const group = GROUPS[e.security];
    return group === undefined ? e : { ...e, group };
  });
  const result = runStudy({ ...input, events });
  return {
    title: loaded.title ?? "estudy2 example",
    source: {
      name: "estudy2 documentation",
      url: "https://cran.r-project.org/package=estudy2",
      published: "2020-03-16",
      excerpt: "Markets fell as the COVID-19 pandemic spread; stay-at-home stocks held up.",
    },
    eventDate: "2020-03-16",
    headline: "Stay-at-home stocks beat the market by several points in the COVID-19 crash week.",
    result,
    labels: ESTUDY2_LABELS,
    companies: [
      { name: "亚马逊 Amazon", role: "present", securities: ["AMZN"], note: "e-commerce" },
      { name: "<script>alert('x')</script>", role: "absent", securities: ["UBER"] },
    ],
    pairs: [{ company: "Amazon and Netflix (a pair for the layout)", rows: ["1", "4"] }],
  };
}

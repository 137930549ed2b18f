import { windowLabel } from "../study/eventWindow.js";
import type { StudyResult } from "../study/results.js";
import type { TestName } from "../study/significance/statistic.js";
import { day0RuleText } from "./day0Rules.js";
import { eventReasonText } from "../shared/eventReasons.js";
import { textTable } from "../shared/textTable.js";
import { percent, pValue, stars, stat } from "./format.js";
import { priceFeedsText } from "./html/conventionsSection.js";

/** The group tests the article view reports per window (the rank test for a window is Cowan's). */
const GROUP_TESTS: readonly [TestName, string][] = [
  ["patell", "Patell"],
  ["bmp-kolari-pynnonen", "BMP (KP)"],
  ["cowan-rank", "rank"],
  ["generalized-sign", "gen. sign"],
];

/** What the article view reads of the main job's study (the pipeline's ArticleStudy has all of it). */
export interface ArticleTextInput {
  readonly event: {
    readonly title: string;
    readonly published: string;
    readonly eventDate: string;
    readonly eventDateResolution: { readonly expression?: string | undefined };
  };
  readonly headline: string;
  readonly result: StudyResult;
  readonly companies: readonly {
    readonly eventIds: readonly string[];
    readonly company: string;
    readonly role: string;
    readonly reasons: readonly string[];
    readonly notes: readonly string[];
  }[];
  readonly timing: {
    readonly basis: string;
    readonly listings: readonly {
      readonly symbol: string;
      readonly exchange?: string;
      readonly local?: string;
      readonly rule: string;
      readonly day0: string;
    }[];
  };
  readonly venues: readonly { readonly plan: { readonly venue: string }; readonly benchmarkName: string; readonly groupSuffix: string }[];
  readonly priceSources: Readonly<Record<string, string>>;
}

/** The main job's answer as text: the event, the headline, each company, each venue's groups and gap. */
export function articleText(study: ArticleTextInput): string {
  const { event } = study;
  const out: string[] = [
    event.title,
    `Published ${event.published}; event date ${event.eventDate}` +
      (event.eventDateResolution.expression ? ` (from "${event.eventDateResolution.expression}")` : "") +
      ".",
    "",
    study.headline,
    "",
  ];
  const { result } = study;
  const windows = result.conventions.windows;
  const rows: string[][] = [];
  const unmeasured: string[] = [];
  const notes: string[] = [];
  for (const c of study.companies) {
    for (const e of result.events.filter((x) => c.eventIds.includes(x.id))) {
      const day0 = e.days.find((d) => d.day === 0);
      rows.push([
        c.company,
        c.role,
        e.security,
        e.market ?? "",
        e.day0 ?? "",
        e.status === "ok" ? percent(day0?.ar ?? Number.NaN) : eventReasonText(e),
        ...e.windows.flatMap((w) => [percent(w.car) + stars(w.pValue), stat(w.t), pValue(w.pValue)]),
      ]);
    }
    for (const reason of c.reasons) unmeasured.push(`  ${c.company} (${c.role}): ${reason}`);
    for (const note of c.notes) notes.push(`  ${c.company}: ${note}`);
  }
  out.push(
    "Companies (abnormal returns against each venue's benchmark; market model)",
    textTable(["company", "role", "security", "benchmark", "day 0", "AR day 0", ...windows.flatMap((w) => [`CAR${windowLabel(w)}`, "t", "p"])], rows),
    "",
  );
  if (unmeasured.length > 0) out.push("Not measured", ...unmeasured, "");
  if (notes.length > 0) out.push("Counted once per venue", ...notes, "");
  out.push(
    `Event time: ${study.timing.basis}.`,
    textTable(
      ["security", "exchange", "news (exchange clock)", "rule", "day 0"],
      study.timing.listings.map((l) => [l.symbol, l.exchange ?? "–", l.local ?? "–", day0RuleText(l.rule), l.day0]),
    ),
    "",
  );
  for (const v of study.venues) {
    out.push(`${v.plan.venue}: against the ${v.benchmarkName}`);
    const groupRows = result.groups
      .filter((g) => g.group !== "all" && g.group.endsWith(v.groupSuffix))
      .flatMap((g) =>
        g.windows.map((w) => [
          g.group,
          String(g.measured),
          windowLabel(w.window),
          percent(w.caar),
          ...GROUP_TESTS.map(([t]) => {
            const o = w.tests[t];
            return o ? `${stat(o.statistic)} (${pValue(o.pValue)})` : "–";
          }),
        ]),
      );
    out.push(textTable(["group", "n", "window", "CAAR", ...GROUP_TESTS.map(([, label]) => `${label} (p)`)], groupRows));
    for (const cmp of result.comparisons.filter((x) => x.a.endsWith(v.groupSuffix))) {
      out.push(
        "",
        textTable(
          [`${cmp.a} - ${cmp.b}`, "difference", "Welch p", "rank-sum p", "permutation p"],
          cmp.windows.map((w) => [
            windowLabel(w.window),
            percent(w.difference),
            pValue(w.welch.pValue),
            pValue(w.wilcoxonRankSum.pValue),
            `${pValue(w.permutation.pValue)} (${w.permutation.method})`,
          ]),
        ),
      );
    }
    out.push("");
  }
  const c = result.conventions;
  {
    out.push(
      `Method: ${c.modelLabel}, estimation days ${windowLabel(c.estimation)} (at least ${c.minEstimationDays}), ` +
        `convention ${c.convention}, p-values ${c.pValues}. Significance: * 10 %, ** 5 %, *** 1 %.`,
      `Prices ${priceFeedsText(Object.entries(study.priceSources).sort(([a], [b]) => a.localeCompare(b)))}.`,
    );
  }
  return out.join("\n");
}

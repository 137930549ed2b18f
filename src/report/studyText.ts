import { windowLabel } from "../study/eventWindow.js";
import type { GroupResult, StudyResult, TestOutcome } from "../study/results.js";
import type { TestName } from "../study/significance/statistic.js";
import { calendarTimeText } from "./calendarTimeText.js";
import { multipleTestingText } from "./multipleTestingText.js";
import { eventReasonText } from "../shared/eventReasons.js";
import { textTable } from "../shared/textTable.js";
import { percent, pValue, stars, stat } from "./format.js";

/** The study as text for people: conventions, events, groups' tests, group differences. */
export function studyText(result: StudyResult, title?: string): string {
  const c = result.conventions;
  const out: string[] = [];
  if (title) out.push(title, "");
  if (c.kind !== "returns") out.push(`Kind: ${c.kind}: ${c.measure}.`, ...(c.volumeMarket ? [`Market log volume: ${c.volumeMarket}.`] : []));
  out.push(
    `Model: ${c.modelLabel}; estimation days ${windowLabel(c.estimation)} (at least ${c.minEstimationDays}); ` +
      `convention ${c.convention}; ${c.returnType} returns; p-values ${c.pValues}.`,
    ...(c.multipleTesting ? [`Multiple testing: ${multipleTestingText(c.multipleTesting)}.`] : []),
    "",
  );

  const measured = result.events.filter((e) => e.status === "ok");
  out.push(
    "Events",
    textTable(
      ["id", "security", "group", "day 0", ...result.conventions.windows.flatMap((w) => [`CAR${windowLabel(w)}`, "t", "p"])],
      measured.map((e) => [
        e.id,
        e.security,
        e.group ?? "",
        e.day0 ?? "",
        ...e.windows.flatMap((w) => [percent(w.car) + stars(w.pValue), stat(w.t), pValue(w.pValue)]),
      ]),
    ),
    "",
  );
  const unmeasured = result.events.filter((e) => e.status !== "ok");
  if (unmeasured.length > 0) {
    out.push(
      "Not measured",
      textTable(
        ["id", "security", "date", "status", "reason"],
        unmeasured.map((e) => [e.id, e.security, e.eventDate, e.status, eventReasonText(e)]),
      ),
      "",
    );
  }
  if (result.suspectReturns && result.suspectReturns.length > 0) {
    out.push(
      c.suspectReturns.includes("used as they are")
        ? "Suspect returns (used as they are: suspectReturns keep)"
        : "Suspect returns (left out of estimation windows; an event whose window holds one is not measured)",
      textTable(
        ["series", "date", "reason"],
        result.suspectReturns.map((s) => [s.series, s.date, s.reason]),
      ),
      "",
    );
  }
  for (const g of result.groups)
    out.push(
      ...groupText(
        g,
        c.tests.map((t) => t.name),
      ),
    );
  for (const cmp of result.comparisons) {
    out.push(
      `Difference of mean CAR: ${cmp.a} - ${cmp.b}`,
      textTable(
        ["window", "difference", "Welch t", "p", "rank-sum p", "permutation p"],
        cmp.windows.map((w) => [
          windowLabel(w.window),
          percent(w.difference),
          stat(w.welch.statistic),
          pValue(w.welch.pValue),
          pValue(w.wilcoxonRankSum.pValue),
          `${pValue(w.permutation.pValue)} (${w.permutation.method})`,
        ]),
      ),
      "",
    );
  }
  for (const r of result.covariateRegressions ?? []) {
    out.push(
      `CAR${windowLabel(r.window)} on covariates: OLS, ${r.observations} events` +
        (r.leftOut > 0 ? ` (${r.leftOut} left out for a missing covariate)` : "") +
        (r.baseline === undefined ? "" : `, group dummies against "${r.baseline}"`) +
        (r.singular ? "; the regressors are collinear: no estimates" : ""),
      textTable(
        ["term", "estimate", "HC3 se", "HC3 t", "HC3 p", "HC1 p"],
        r.terms.map((t) => [
          t.name,
          stat(t.estimate),
          stat(t.hc3.standardError),
          stat(t.hc3.statistic) + stars(t.hc3.pValue),
          pValue(t.hc3.pValue),
          pValue(t.hc1.pValue),
        ]),
      ),
      "",
    );
  }
  out.push(...calendarTimeText(result.calendarTime ?? []));
  out.push("Significance: * 10 %, ** 5 %, *** 1 %.");
  return out.join("\n");
}

function groupText(g: GroupResult, tests: readonly TestName[]): string[] {
  const head = `Group ${g.group}: ${g.measured} of ${g.events} events measured`;
  if (g.measured === 0) return [head, ""];
  const cell = (o: TestOutcome | undefined): string => (o ? `${stat(o.statistic)}${stars(o.pValue)}` : "");
  const dailyTests = tests.filter((t) => g.days[0]?.tests[t]);
  const windowTests = tests.filter((t) => g.windows[0]?.tests[t]);
  return [
    head,
    textTable(
      ["day", "AAR", ...dailyTests],
      g.days.map((d) => [String(d.day), percent(d.aar, 3), ...dailyTests.map((t) => cell(d.tests[t]))]),
    ),
    "",
    textTable(
      ["window", "CAAR", "mean BHAR", ...windowTests],
      g.windows.map((w) => [windowLabel(w.window), percent(w.caar, 3), percent(w.meanBhar, 3), ...windowTests.map((t) => cell(w.tests[t]))]),
    ),
    "",
    ...adjustedText(g, windowTests),
  ];
}

/** The window tests' raw and adjusted p-values, when the study asked for adjustments. */
function adjustedText(g: GroupResult, tests: readonly TestName[]): string[] {
  const methods = [...new Set(g.windows.flatMap((w) => tests.flatMap((t) => Object.keys(w.tests[t]?.adjusted ?? {}))))];
  if (methods.length === 0) return [];
  return [
    textTable(
      ["window", "test", "p", ...methods.map((m) => `p ${m}`)],
      g.windows.flatMap((w) =>
        tests.flatMap((t) => {
          const o = w.tests[t];
          return o
            ? [[windowLabel(w.window), t, pValue(o.pValue), ...methods.map((m) => pValue(o.adjusted?.[m as keyof typeof o.adjusted] ?? Number.NaN))]]
            : [];
        }),
      ),
    ),
    "",
  ];
}

import { windowLabel } from "../study/eventWindow.js";
import type { StudyResult, TestOutcome } from "../study/results.js";
import { cumulationStart } from "../shared/eventSpan.js";
import { caarBand } from "./charts/eventPaths.js";
import { asciiGroup, csvCell } from "./studyCsv.js";

/** One file of the table set: its name in the folder and its text. */
export interface StudyTableFile {
  readonly name: string;
  readonly text: string;
}

type Cell = string | number | undefined;

/** A CSV text: a header line, then the rows; numbers in full precision, what is missing an empty cell. */
function csv(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

const EVENT_HEADER = ["id", "security", "market", "group", "event_date", "day0", "status", "reason"] as const;

/**
 * One row per event and window (an event without windows once, with its reason): CAR, its standard
 * error, t and p, BHAR, then the estimation window and the model's fit, a `parameter_<name>` column
 * per fitted parameter of any event.
 */
function eventsCsv(result: StudyResult): string {
  const parameters = [...new Set(result.events.flatMap((e) => Object.keys(e.parameters ?? {})))];
  const header = [
    ...EVENT_HEADER,
    "window",
    "car",
    "se",
    "t",
    "p_value",
    "bhar",
    "estimation_from",
    "estimation_to",
    "estimation_days",
    "estimation_days_excluded",
    "residual_sd",
    "r_squared",
    ...parameters.map((p) => `parameter_${p}`),
  ];
  const rows = result.events.flatMap((e) => {
    const base: Cell[] = [e.id, e.security, e.market, asciiGroup(e.group), e.eventDate, e.day0, e.status, e.reason];
    const fit: Cell[] = [
      e.estimation?.from,
      e.estimation?.to,
      e.estimation?.days,
      e.estimation?.excluded?.map((x) => `${x.date}: ${x.reason}`).join("; "),
      e.residualSd,
      e.rSquared,
      ...parameters.map((p) => e.parameters?.[p]),
    ];
    const none: Cell[] = [undefined, undefined, undefined, undefined, undefined, undefined];
    return e.windows.length === 0
      ? [[...base, ...none, ...fit]]
      : e.windows.map((w) => [...base, windowLabel(w.window), w.car, w.se, w.t, w.pValue, w.bhar, ...fit]);
  });
  return csv(header, rows);
}

/** One row per event and day of the event span: AR, its standard error (prediction error included) and t. */
function dailyCsv(result: StudyResult): string {
  return csv(
    ["id", "security", "market", "group", "day", "date", "ar", "se", "t"],
    result.events.flatMap((e) => e.days.map((d) => [e.id, e.security, e.market, asciiGroup(e.group), d.day, d.date, d.ar, d.se, d.t])),
  );
}

/** One row per group and window: events, measured, CAAR, mean BHAR. */
function groupsCsv(result: StudyResult): string {
  return csv(
    ["group", "events", "measured", "window", "caar", "mean_bhar"],
    result.groups.flatMap((g) => g.windows.map((w) => [asciiGroup(g.group), g.events, g.measured, windowLabel(w.window), w.caar, w.meanBhar])),
  );
}

/**
 * One row per group and day: the AAR, the CAAR cumulated from the charts' first day and the 95 % band
 * around it from the cross-sectional t over the events' CARs to that day (see `caarBand`; the group CAAR
 * chart draws it for groups of three or more events).
 */
function groupDaysCsv(result: StudyResult): string {
  const from = cumulationStart(result);
  return csv(
    ["group", "day", "aar", "caar_from", "caar", "caar_events", "caar_se", "caar_lower_95", "caar_upper_95"],
    result.groups.flatMap((g) => {
      const band = caarBand(result, g, from);
      return g.days.map((d) => {
        const i = band ? band.days.indexOf(d.day) : -1;
        const at = (v: readonly number[] | undefined): number | undefined => (i < 0 ? undefined : v![i]);
        const caar = at(band?.caar);
        const half = at(band?.halfWidth);
        return [
          asciiGroup(g.group),
          d.day,
          d.aar,
          from,
          caar,
          at(band?.n),
          at(band?.se),
          caar === undefined || half === undefined ? undefined : caar - half,
          caar === undefined || half === undefined ? undefined : caar + half,
        ];
      });
    }),
  );
}

const TEST_HEADER = [
  "subject",
  "group",
  "versus",
  "day",
  "window",
  "test",
  "statistic",
  "p_value",
  "distribution",
  "df",
  "draws",
  "seed",
  "method",
  "reason",
  "p_holm",
  "p_benjamini_hochberg",
  "adjustment_family",
] as const;

/**
 * Every test of the study, one row each: the group AAR tests per day (subject `aar`), the CAAR tests
 * per window (`caar`), with their adjusted p-values and the family they were adjusted in when the
 * study asked for adjustments, and the comparisons' tests of a difference in mean CAR (`difference`).
 */
function testsCsv(result: StudyResult): string {
  const family = result.conventions.multipleTesting?.family;
  const outcome = (name: string, o: TestOutcome): Cell[] => [
    name,
    o.statistic,
    o.pValue,
    o.distribution,
    o.df,
    o.draws,
    o.seed,
    undefined,
    o.reason,
    o.adjusted?.holm,
    o.adjusted?.["benjamini-hochberg"],
    o.adjusted ? family : undefined,
  ];
  const rows: Cell[][] = [];
  for (const g of result.groups) {
    const group = asciiGroup(g.group);
    for (const d of g.days) for (const [name, o] of Object.entries(d.tests)) rows.push(["aar", group, undefined, d.day, undefined, ...outcome(name, o)]);
    for (const w of g.windows)
      for (const [name, o] of Object.entries(w.tests)) rows.push(["caar", group, undefined, undefined, windowLabel(w.window), ...outcome(name, o)]);
  }
  for (const c of result.comparisons) {
    const head: Cell[] = ["difference", asciiGroup(c.a), asciiGroup(c.b), undefined];
    for (const w of c.windows) {
      const window = windowLabel(w.window);
      rows.push([...head, window, ...outcome("welch-t", w.welch)]);
      const r = w.wilcoxonRankSum;
      rows.push([
        ...head,
        window,
        "wilcoxon-rank-sum",
        r.statistic,
        r.pValue,
        undefined,
        undefined,
        undefined,
        undefined,
        r.method,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      const p = w.permutation;
      rows.push([
        ...head,
        window,
        "permutation",
        undefined,
        p.pValue,
        undefined,
        undefined,
        p.permutations,
        p.seed,
        p.method,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  }
  return csv(TEST_HEADER, rows);
}

/** One row per compared pair of groups and window: the difference in mean CAR and the three tests of it. */
function comparisonsCsv(result: StudyResult): string {
  return csv(
    [
      "group_a",
      "group_b",
      "window",
      "difference",
      "welch_t",
      "welch_se",
      "welch_df",
      "welch_p",
      "welch_reason",
      "rank_sum_statistic",
      "rank_sum_p",
      "rank_sum_method",
      "permutation_p",
      "permutation_method",
      "permutations",
      "permutation_seed",
    ],
    result.comparisons.flatMap((c) =>
      c.windows.map((w) => [
        asciiGroup(c.a),
        asciiGroup(c.b),
        windowLabel(w.window),
        w.difference,
        w.welch.statistic,
        w.welch.standardError,
        w.welch.df,
        w.welch.pValue,
        w.welch.reason,
        w.wilcoxonRankSum.statistic,
        w.wilcoxonRankSum.pValue,
        w.wilcoxonRankSum.method,
        w.permutation.pValue,
        w.permutation.method,
        w.permutation.permutations,
        w.permutation.seed,
      ]),
    ),
  );
}

/** One row per regression term: CAR on group dummies, and on the events' covariates when named. */
function regressionsCsv(result: StudyResult): string {
  const all = [
    ...result.regressions.map((r) => ({
      kind: "group dummies",
      baseline: r.baseline,
      window: r.window,
      observations: r.observations,
      leftOut: undefined,
      singular: undefined,
      terms: r.terms,
    })),
    ...(result.covariateRegressions ?? []).map((r) => ({
      kind: `covariates: ${r.covariates.join(" ")}`,
      baseline: r.baseline,
      window: r.window,
      observations: r.observations,
      leftOut: r.leftOut,
      singular: String(r.singular),
      terms: r.terms,
    })),
  ];
  return csv(
    ["regression", "baseline", "window", "observations", "left_out", "singular", "term", "estimate", "hc3_se", "hc3_t", "hc3_p", "hc1_se", "hc1_t", "hc1_p"],
    all.flatMap((r) =>
      r.terms.map((t) => [
        r.kind,
        asciiGroup(r.baseline),
        windowLabel(r.window),
        r.observations,
        r.leftOut,
        r.singular,
        t.name,
        t.estimate,
        t.hc3.standardError,
        t.hc3.statistic,
        t.hc3.pValue,
        t.hc1.standardError,
        t.hc1.statistic,
        t.hc1.pValue,
      ]),
    ),
  );
}

/**
 * The study as a set of CSV tables for statistics software, and its conventions as JSON. Numbers are
 * written in full (the shortest text that reads back to the same double); a value the study could not
 * compute is an empty cell, with the study's reason in the row's `reason` column where it gives one.
 * Group labels are in ASCII ("absent / HK").
 */
export function studyTables(result: StudyResult): StudyTableFile[] {
  return [
    { name: "events.csv", text: eventsCsv(result) },
    { name: "daily-abnormal-returns.csv", text: dailyCsv(result) },
    { name: "groups.csv", text: groupsCsv(result) },
    { name: "group-days.csv", text: groupDaysCsv(result) },
    { name: "tests.csv", text: testsCsv(result) },
    { name: "comparisons.csv", text: comparisonsCsv(result) },
    { name: "regressions.csv", text: regressionsCsv(result) },
    { name: "conventions.json", text: JSON.stringify(result.conventions, null, 2) + "\n" },
  ];
}

import ExcelJS from "exceljs";
import { windowLabel } from "../study/eventWindow.js";
import type { StudyResult, TestOutcome } from "../study/results.js";

type Cell = string | number | null;

/** A number for a cell: NaN and ±∞ become empty cells rather than text. */
const num = (v: number | undefined): number | null => (v === undefined || !Number.isFinite(v) ? null : v);

function addSheet(book: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly Cell[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = Math.min(40, Math.max(10, header[i]!.length + 2))));
}

const TEST_HEADER = ["test", "statistic", "p", "distribution", "df", "draws", "seed", "p Holm", "p Benjamini-Hochberg"] as const;
const testCells = (name: string, o: TestOutcome): Cell[] => [
  name,
  num(o.statistic),
  num(o.pValue),
  o.distribution,
  num(o.df),
  num(o.draws),
  num(o.seed),
  num(o.adjusted?.holm),
  num(o.adjusted?.["benjamini-hochberg"]),
];

/**
 * The study as one workbook: events (one row per event and window), daily abnormal returns, AAR and
 * CAAR per group with every test, group comparisons, regressions, and the conventions. Numbers stay
 * numbers; what could not be computed is an empty cell (its reason is in the events sheet).
 */
export async function studyWorkbook(result: StudyResult, title?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "aftershock";
  if (title) book.title = title;
  addSheet(
    book,
    "events",
    ["id", "security", "market", "group", "event date", "day 0", "status", "reason", "window", "CAR", "se", "t", "p", "BHAR"],
    result.events.flatMap((e) => {
      const base: Cell[] = [e.id, e.security, e.market ?? null, e.group ?? null, e.eventDate, e.day0 ?? null, e.status, e.reason];
      return e.windows.length === 0
        ? [base]
        : e.windows.map((w) => [...base, windowLabel(w.window), num(w.car), num(w.se), num(w.t), num(w.pValue), num(w.bhar)]);
    }),
  );
  addSheet(
    book,
    "daily AR",
    ["id", "security", "group", "day", "date", "AR", "se", "t"],
    result.events.flatMap((e) => e.days.map((d) => [e.id, e.security, e.group ?? null, d.day, d.date, num(d.ar), num(d.se), num(d.t)])),
  );
  addSheet(
    book,
    "group windows",
    ["group", "events", "measured", "window", "CAAR", "mean BHAR", ...TEST_HEADER],
    result.groups.flatMap((g) =>
      g.windows.flatMap((w) => {
        const base: Cell[] = [g.group, g.events, g.measured, windowLabel(w.window), num(w.caar), num(w.meanBhar)];
        const tests = Object.entries(w.tests);
        return tests.length === 0 ? [base] : tests.map(([name, o]) => [...base, ...testCells(name, o)]);
      }),
    ),
  );
  addSheet(
    book,
    "group days",
    ["group", "day", "AAR", ...TEST_HEADER],
    result.groups.flatMap((g) =>
      g.days.flatMap((d) => {
        const tests = Object.entries(d.tests);
        return tests.length === 0 ? [[g.group, d.day, num(d.aar)]] : tests.map(([name, o]) => [g.group, d.day, num(d.aar), ...testCells(name, o)]);
      }),
    ),
  );
  addSheet(
    book,
    "comparisons",
    ["group a", "group b", "window", "mean CAR a - b", "Welch t", "Welch df", "Welch p", "rank-sum p", "permutation p", "permutation method"],
    result.comparisons.flatMap((c) =>
      c.windows.map((w) => [
        c.a,
        c.b,
        windowLabel(w.window),
        num(w.difference),
        num(w.welch.statistic),
        num(w.welch.df),
        num(w.welch.pValue),
        num(w.wilcoxonRankSum.pValue),
        num(w.permutation.pValue),
        w.permutation.method,
      ]),
    ),
  );
  const regressionRows = [
    ...result.regressions.map((r) => ({ kind: `group dummies against ${r.baseline}`, window: r.window, observations: r.observations, terms: r.terms })),
    ...(result.covariateRegressions ?? []).map((r) => ({
      kind: `covariates ${r.covariates.join(", ")}`,
      window: r.window,
      observations: r.observations,
      terms: r.terms,
    })),
  ];
  addSheet(
    book,
    "regressions",
    ["regression", "window", "observations", "term", "estimate", "HC3 se", "HC3 t", "HC3 p", "HC1 se", "HC1 p"],
    regressionRows.flatMap((r) =>
      r.terms.map((t) => [
        r.kind,
        windowLabel(r.window),
        r.observations,
        t.name,
        num(t.estimate),
        num(t.hc3.standardError),
        num(t.hc3.statistic),
        num(t.hc3.pValue),
        num(t.hc1.standardError),
        num(t.hc1.pValue),
      ]),
    ),
  );
  const c = result.conventions;
  addSheet(
    book,
    "conventions",
    ["choice", "value"],
    [
      ...Object.entries(c)
        .filter(([k]) => k !== "tests")
        .map(([k, v]): Cell[] => [k, typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v)]),
      ...c.tests.map((t): Cell[] => [`test ${t.name}`, `${t.label}: ${t.citation}`]),
    ],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

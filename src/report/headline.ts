import type { StudyResult } from "../study/results.js";

/** "fell 6.94 %", "rose 0.52 %", "were flat". */
function moved(x: number): string {
  const pct = Math.abs(x * 100).toFixed(2);
  if (pct === "0.00") return "were flat";
  return `${x < 0 ? "fell" : "rose"} ${pct} %`;
}

const p = (x: number): string => (x < 0.001 ? "< 0.001" : x.toFixed(3));

/**
 * One sentence a journalist could quote, built only from the numbers: the mean abnormal return of each
 * compared group over the first window that contains day 0 only ([0,0] when present), against the
 * benchmark, and whether the gap between the first comparison's groups is significant at 5 % by
 * Welch's t, with the permutation p beside it. `groupSuffix` picks one venue's groups ("absent · HK").
 * Without groups, the overall CAAR and its Patell test.
 */
export function headline(result: StudyResult, benchmarkName: string, groupSuffix = ""): string {
  const windows = result.conventions.windows;
  const w = Math.max(0, windows.findIndex(([a, b]) => a === 0 && b === 0));
  const [a, b] = windows[w]!;
  const when = a === 0 && b === 0 ? "on the day" : `over trading days ${a} to ${b}`;
  const cmp = result.comparisons.find((c) => c.a.endsWith(groupSuffix) && c.b.endsWith(groupSuffix));
  const group = (name: string) => result.groups.find((g) => g.group === name);
  const role = (name: string): string => name.slice(0, name.length - groupSuffix.length);
  if (cmp) {
    const ga = group(cmp.a)!;
    const gb = group(cmp.b)!;
    const c = cmp.windows[w]!;
    const significant = c.welch.pValue < 0.05;
    return (
      `${capital(role(cmp.a))} companies ${moved(ga.windows[w]!.caar)} relative to the ${benchmarkName} ${when} ` +
      `(${ga.measured} measured), ${role(cmp.b)} ones ${moved(gb.windows[w]!.caar)} (${gb.measured}); ` +
      `the gap of ${Math.abs(c.difference * 100).toFixed(2)} points is ${significant ? "" : "not "}significant at 5 % ` +
      `(Welch p = ${p(c.welch.pValue)}, permutation p = ${p(c.permutation.pValue)}).`
    );
  }
  const all = group("all");
  if (!all || all.measured === 0) return "No company of the event could be measured.";
  const test = all.windows[w]!.tests.patell ?? all.windows[w]!.tests["cross-sectional-t"];
  return (
    `The ${all.measured} measured ${all.measured === 1 ? "company" : "companies"} ${moved(all.windows[w]!.caar)} relative to the ` +
    `${benchmarkName} ${when}` +
    (test ? `; ${test.pValue < 0.05 ? "significant" : "not significant"} at 5 % (p = ${p(test.pValue)}).` : ".")
  );
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

import type { SimulationTable } from "../study/simulation/brownWarner.js";
import { SIGNIFICANCE_TESTS } from "../study/significance/index.js";

const pct = (v: number, digits = 1): string => `${(100 * v).toFixed(digits)} %`;

/**
 * The simulation as a Markdown table: one row per test, one column per abnormal return (k = 0 is the
 * size, the others the power), rejection rates in percent; a note on samples whose p was undefined.
 */
export function simulationMarkdown(t: SimulationTable): string {
  const d = t.design;
  const head = `| test | ${t.rows.map((r) => (r.abnormal === 0 ? "size (k = 0)" : `k = ${pct(r.abnormal, 1)}`)).join(" | ")} |`;
  const rule = `|---|${t.rows.map(() => "---:").join("|")}|`;
  const body = d.tests.map(
    (name) => `| ${SIGNIFICANCE_TESTS[name].label} (\`${name}\`) | ${t.rows.map((r) => pct(r.rejections[name] ?? Number.NaN)).join(" | ")} |`,
  );
  const undefinedP = d.tests.flatMap((name) => {
    const n = t.rows.reduce((s, r) => s + (r.undefinedP[name] ?? 0), 0);
    return n > 0 ? [`${name}: ${n} sample(s) without a p-value, counted as not rejected`] : [];
  });
  return [
    `Rejection rates at the ${pct(d.level, 0)} level (two-sided), ${d.samples} samples of ${d.events} events, seed ${d.seed}, ` +
      `market model over days [${d.estimation[0]}, ${d.estimation[1]}], window [0, 0].`,
    "",
    head,
    rule,
    ...body,
    ...(undefinedP.length > 0 ? ["", ...undefinedP] : []),
  ].join("\n");
}

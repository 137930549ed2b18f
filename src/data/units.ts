/**
 * Checks that a series of returns or factor returns is in the unit the file is said to use. Daily
 * returns of a stock or an index have a typical size (median |R| near 0.5-1.5 % a day; the S&P 500's
 * since 1926 is about 0.5 %, Kenneth French's data library): a median one hundred times smaller or
 * larger means percent read as fractions or the reverse, and every estimate a hundred times off
 * (a beta of 175). A simple return below -100 % cannot happen at all.
 */
const UNIT_RULES = {
  /** At least this many values before the size check speaks (a short series says little). */
  minValues: 20,
  /** Median |daily return| as a fraction above which the numbers look like percent (10 % a day). */
  fractionMedianAbove: 0.1,
  /** Median |daily return| as a fraction below which the numbers look like fractions read as percent (0.03 % a day). */
  percentMedianBelow: 0.0003,
} as const;

/** The median of |v| over the finite values, and how many there are. */
function medianAbs(values: Float64Array): { median: number; n: number } {
  const a = Float64Array.from(values.filter((v) => Number.isFinite(v)), Math.abs).sort();
  if (a.length === 0) return { median: Number.NaN, n: 0 };
  const h = a.length >> 1;
  return { median: a.length % 2 ? a[h]! : (a[h - 1]! + a[h]!) / 2, n: a.length };
}

/**
 * Why returns given as `unit` are in the wrong unit, or undefined when they look right. `values` are the
 * returns as written in the file; `dates` name the first impossible one.
 */
export function returnUnitProblem(values: Float64Array, dates: Int32Array, unit: "fraction" | "percent", dateText: (day: number) => string): string | undefined {
  const scale = unit === "percent" ? 0.01 : 1;
  const below = values.findIndex((v) => v * scale < -1);
  if (below >= 0) {
    const hint = unit === "fraction" ? " (percent returns read as fractions? say unit: percent)" : "";
    return `a return of ${values[below]}${unit === "percent" ? " %" : ""} on ${dateText(dates[below]!)} is below -100 %${hint}`;
  }
  return sizeProblem(values, scale, unit, "returns");
}

/** Why a factor column given as `unit` is in the wrong unit, or undefined when it looks right. */
export function factorUnitProblem(values: Float64Array, unit: "fraction" | "percent"): string | undefined {
  return sizeProblem(values, unit === "percent" ? 0.01 : 1, unit, "factor returns");
}

function sizeProblem(values: Float64Array, scale: number, unit: "fraction" | "percent", what: string): string | undefined {
  const { median, n } = medianAbs(values);
  if (n < UNIT_RULES.minValues) return undefined;
  const typical = median * scale;
  const written = `the median daily size of these ${what} is ${median.toPrecision(3)}${unit === "percent" ? " %" : ""}`;
  if (unit === "fraction" && typical > UNIT_RULES.fractionMedianAbove) {
    return `${written}, read as fractions that is ${(typical * 100).toPrecision(3)} % a day: they look like percent (say unit: percent)`;
  }
  if (unit === "percent" && typical < UNIT_RULES.percentMedianBelow && typical > 0) {
    return `${written}, read as percent that is ${typical.toPrecision(3)} a day: they look like fractions (say unit: fraction)`;
  }
  return undefined;
}

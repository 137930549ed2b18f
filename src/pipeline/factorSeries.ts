import type { FactorSeries } from "../study/panel.js";

/** One factor file or stored table: its dates, its factor columns, and its risk-free rate when it has one (fractions). */
export interface FactorColumns {
  readonly dates: Int32Array;
  readonly rf?: Float64Array;
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/**
 * Factor tables joined on the union of their dates (NaN where a table lacks a date) into the engine's
 * factor series: a column named in two tables is taken from the first; the risk-free rate from the first
 * table that has one. Undefined when none has a risk-free rate (excess returns cannot be formed).
 */
export function joinFactorTables(tables: readonly FactorColumns[]): FactorSeries | undefined {
  const withRf = tables.find((t) => t.rf !== undefined);
  if (!withRf) return undefined;
  if (tables.length === 1) return { dates: withRf.dates, rf: withRf.rf!, columns: withRf.columns };
  const dates = Int32Array.from(new Set(tables.flatMap((t) => [...t.dates]))).sort();
  const spread = (t: FactorColumns, values: Float64Array): Float64Array => {
    const out = new Float64Array(dates.length).fill(Number.NaN);
    let j = 0;
    t.dates.forEach((d, i) => {
      while (dates[j]! < d) j++;
      out[j] = values[i]!;
    });
    return out;
  };
  const columns: Record<string, Float64Array> = {};
  for (const t of tables) for (const [name, values] of Object.entries(t.columns)) columns[name] ??= spread(t, values);
  return { dates, rf: spread(withRf, withRf.rf!), columns };
}

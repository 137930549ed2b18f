import type { Series } from "../series.js";

/**
 * Returns from prices on the series' own dates: simple R_t = P_t / P_s - 1 or log r_t = ln(P_t / P_s),
 * s the previous date with a price. A missing price does not break the series: the next return spans
 * the gap (the engine detects such multi-day returns against the market's days). The first date with
 * a price has no return (NaN); a price that is not positive is rejected.
 */
export function returnsFromPrices(prices: Series, type: "simple" | "log"): Series {
  const values = new Float64Array(prices.values.length).fill(Number.NaN);
  let previous = Number.NaN;
  prices.values.forEach((p, i) => {
    if (!Number.isFinite(p)) return;
    if (p <= 0) throw new RangeError(`price ${p} on row ${i} is not positive`);
    if (Number.isFinite(previous)) values[i] = type === "simple" ? p / previous - 1 : Math.log(p / previous);
    previous = p;
  });
  return { dates: prices.dates, values };
}

/** Percent to fraction (1.5 → 0.015). */
export function percentToFraction(s: Series): Series {
  return { dates: s.dates, values: s.values.map((v) => v / 100) };
}

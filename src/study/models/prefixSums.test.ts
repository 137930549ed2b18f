import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWideCsv } from "../../data/csv/index.js";
import { hasShared, shared } from "../../../test/support/paths.js";
import { buildPanel } from "../panel.js";
import { returnsFromPrices } from "../returns.js";
import { fitLinear } from "./linearFit.js";
import { fitFromSums, regressionSums } from "./prefixSums.js";

/** Relative difference, scaled by the larger magnitude but at least `floor`. */
const rel = (a: number, b: number, floor = 1e-300): number => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);

describe("market model from running sums", () => {
  // Alpha can be ~0: it is held to 1e-12 of a 0.1 % daily return (1e-15 absolute) rather than of itself.
  it("agrees with the two-pass fit to 1e-12 over every 240-day window of the US sample against SPY", { skip: !hasShared }, async () => {
    const spy = returnsFromPrices((await readWideCsv(shared("data/us/SPY.csv"))).get("Close")!, "simple");
    let windows = 0;
    let worst = { what: "", diff: 0 };
    for (const file of readdirSync(shared("data/us")).filter((f) => f !== "SPY.csv")) {
      const stock = returnsFromPrices((await readWideCsv(shared("data/us", file))).get("Close")!, "simple");
      const panel = buildPanel(stock, spy);
      const sums = regressionSums(panel.r, panel.rm);
      for (let from = 0; from + 240 <= panel.r.length; from += 7) {
        const fast = fitFromSums(sums, from, from + 240);
        const slow = fitLinear(panel.r, [panel.rm], from, from + 240);
        expect(fast.m).toBe(slow.m);
        for (const [what, a, b, floor = 1e-300] of [
          ["alpha", fast.coef[0]!, slow.coef[0]!, 1e-3],
          ["beta", fast.coef[1]!, slow.coef[1]!],
          ["s2", fast.s2, slow.s2],
          ["Sxx⁻¹", fast.sInv[0]!, slow.sInv[0]!],
        ] as [string, number, number, number?][]) {
          const d = rel(a, b, floor);
          if (d > worst.diff) worst = { what: `${file} ${what} rows ${from}..${from + 239}: ${a} vs ${b}`, diff: d };
        }
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(1000);
    expect(worst.diff, worst.what).toBeLessThan(1e-12);
  });

  it("reports a regressor constant over the window as singular, and skips incomplete rows", () => {
    const y = Float64Array.of(0.01, -0.02, 0.03, Number.NaN, 0.01, 0.02);
    const x = Float64Array.of(0.004, 0.004, 0.004, 0.01, 0.004, 0.02);
    expect(fitFromSums(regressionSums(y, x), 0, 5).coef[1]).toBeNaN();
    const fit = fitFromSums(regressionSums(y, x), 0, 6);
    const slow = fitLinear(y, [x], 0, 6);
    expect(fit.m).toBe(5);
    expect(rel(fit.coef[1]!, slow.coef[1]!)).toBeLessThan(1e-12);
  });
});

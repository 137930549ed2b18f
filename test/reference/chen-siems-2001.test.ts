/**
 * Reference case: Chen & Siems (2004) as replicated by the R package eventstudies 1.2.2: the CARs of
 * 33 stock indices over days 0..10 and 0..5 after 11 September 2001, constant-mean model over days
 * -30..-11. Tolerance 1e-5 (percent), as the acceptance criterion states.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { studyFromFile } from "../../src/pipeline/studyFromFile.js";
import { hasShared, repoRoot, shared } from "../support/paths.js";

describe.skipIf(!hasShared)("Chen-Siems 2001 reference case", () => {
  it("reproduces all 66 CARs within 1e-5", async () => {
    const { result } = await studyFromFile(`${repoRoot}/examples/chen-siems-2001.study.yaml`);
    const expected = (await readFile(shared("reference/cases/chen-siems-2001/expected.csv"), "utf8")).trim().split("\n").slice(1);
    expect(expected).toHaveLength(33);
    let compared = 0;
    for (const line of expected) {
      const [market, car10, car5] = line.split(",");
      const event = result.events.find((e) => e.security === market)!;
      expect(event.status, `${market}: ${event.reason}`).toBe("ok");
      for (const [w, printed] of [
        [0, car10],
        [1, car5],
      ] as const) {
        const actual = event.windows[w]!.car * 100;
        expect(Math.abs(actual - Number(printed)), `${market} window ${w}: ${actual} vs ${printed}`).toBeLessThanOrEqual(1e-5);
        compared++;
      }
    }
    expect(compared).toBe(66);
  });
});

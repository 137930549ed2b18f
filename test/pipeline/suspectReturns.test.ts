import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import { studyText } from "../../src/report/studyText.js";
import { runStudy } from "../../src/study/runStudy.js";
import { hasShared, shared } from "../support/paths.js";

/** DISCA in the S&P 500 panel is not split-adjusted: its close on 2014-08-07 is 40.975 after 83.02 (1:2). */
async function discaStudy(extra: string) {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
  const spec = join(dir, "study.yaml");
  writeFileSync(
    spec,
    [
      `securities: { file: ${JSON.stringify(shared("data/sp500-2013-2018/all_stocks_5yr.csv"))}, format: long, values: prices, securityColumn: Name, valueColumn: close }`,
      `markets: { file: ${JSON.stringify(shared("data/us/SPY.csv"))}, values: prices }`,
      "market: Close",
      "events: [{ id: split, security: DISCA, date: 2014-08-07 }, { id: after, security: DISCA, date: 2014-11-03 }, { id: other, security: AAPL, date: 2014-08-07 }]",
      extra,
    ].join("\n"),
  );
  const { input } = await loadStudyFile(spec);
  return runStudy(input);
}

describe.skipIf(!hasShared)("DISCA's unadjusted 1:2 split in the S&P 500 panel", () => {
  it("gives the event on the split day a status with the reason, not a -50 % abnormal return", async () => {
    const result = await discaStudy("");
    const split = result.events.find((e) => e.id === "split")!;
    expect(split.status).toBe("suspect-price-in-event-window");
    expect(split.reason).toContain("DISCA: the close on 2014-08-07 is 0.494 times the previous close, a 1:2 split-like jump");
    expect(split.windows).toEqual([]);
    expect(result.events.find((e) => e.id === "other")!.status).toBe("ok");
    expect(result.suspectReturns).toContainEqual(expect.objectContaining({ series: "DISCA", date: "2014-08-07" }));
    expect(result.conventions.suspectReturns).toContain("within 5 % of 1:2, 2:1, 1:3, 3:1, 1:10, 10:1");
    const text = studyText(result);
    expect(text).toContain("Suspect returns (left out of estimation windows");
    expect(text).toMatch(/DISCA\s+│?\s*2014-08-07/);
  });

  it("leaves the split day out of a later event's estimation window and says so", async () => {
    const after = (await discaStudy("")).events.find((e) => e.id === "after")!;
    expect(after.status).toBe("ok");
    expect(after.estimation!.excluded).toEqual([{ date: "2014-08-07", reason: expect.stringContaining("1:2 split-like") }]);
    const kept = (await discaStudy("suspectReturns: keep")).events.find((e) => e.id === "after")!;
    expect(kept.estimation!.days).toBe(after.estimation!.days + 1);
    // With the jump in the fit the residual sd is several times larger.
    expect(kept.residualSd!).toBeGreaterThan(2 * after.residualSd!);
  });

  it("keeps the -50 % abnormal return only when asked to keep suspect returns", async () => {
    const split = (await discaStudy("suspectReturns: keep")).events.find((e) => e.id === "split")!;
    expect(split.status).toBe("ok");
    expect(split.days.find((d) => d.day === 0)!.ar).toBeLessThan(-0.45);
  });
});

import { describe, expect, it } from "vitest";
import { aftershock } from "../support/cli.js";
import { seededUniform } from "../support/seededUniform.js";
import { tempFixtures } from "../support/tempFixtures.js";

const write = tempFixtures("aftershock-simulate-");

/** A long price file (security, date, close) of 12 securities over 300 weekdays. */
function pricesCsv(): string {
  const u = seededUniform(3);
  const lines = ["date,close,Name"];
  const start = Date.UTC(2015, 0, 5);
  const days: string[] = [];
  for (let d = 0; days.length < 300; d++) {
    const t = new Date(start + d * 86_400_000);
    if (t.getUTCDay() % 6 !== 0) days.push(t.toISOString().slice(0, 10));
  }
  for (let k = 0; k < 12; k++) {
    let p = 20 + k;
    for (const day of days) {
      p *= 1 + (u() - 0.5) * 0.04;
      lines.push(`${day},${p.toFixed(4)},T${k}`);
    }
  }
  return lines.join("\n") + "\n";
}

describe("aftershock simulate", () => {
  it("prints the rejection table for the tests asked, seeded, as Markdown and as JSON", async () => {
    const file = await write("prices.csv", pricesCsv());
    const args = ["simulate", file, "--events", "8", "--samples", "3", "--seed", "7", "--tests", "cross-sectional-t,bmp,grank-t", "--quiet"];
    const run = aftershock(...args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("3 samples of 8 events, seed 7");
    expect(run.stdout).toContain("| test | size (k = 0) | k = 0.5 % | k = 1.0 % | k = 2.0 % |");
    expect(run.stdout).toMatch(/\| cross-sectional t \(`cross-sectional-t`\) \|( [0-9.]+ % \|){4}/);
    expect(run.stdout).toContain("`grank-t`");
    const json = aftershock(...args, "--format", "json");
    const table = JSON.parse(json.stdout) as { rows: { abnormal: number }[] };
    expect(table.rows.map((r) => r.abnormal)).toEqual([0, 0.005, 0.01, 0.02]);
    expect(aftershock(...args).stdout).toBe(run.stdout);
  });

  it("names an unknown test", () => {
    const run = aftershock("simulate", "prices.csv", "--tests", "t-test");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unknown test "t-test"');
  });
});

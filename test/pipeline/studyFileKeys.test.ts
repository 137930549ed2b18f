import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import { runStudy } from "../../src/study/runStudy.js";
import { hasShared, shared } from "../support/paths.js";

function specFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
  writeFileSync(join(dir, "r.csv"), "date,A,M\n2024-01-02,0.01,0.02\n2024-01-03,0.02,0.01\n");
  const spec = join(dir, "study.yaml");
  writeFileSync(spec, lines.join("\n"));
  return spec;
}

describe("a study file's keys", () => {
  it("an unknown top-level key is an error naming the nearest valid key", async () => {
    const spec = specFile(["securities: { file: r.csv }", "events: [{ security: A, date: 2024-01-03 }]", "estimaton: [-100, -11]"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(`${spec}: field "estimaton": unknown key "estimaton": did you mean "estimation"?`);
  });

  it("an unknown key inside a data entry names the nearest key of that entry", async () => {
    const spec = specFile(["securities: { file: r.csv }", "markets: { file: r.csv, colum: close }", "events: [{ security: A, date: 2024-01-03, gruop: x }]"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(`${spec}: field "markets.colum": unknown key "colum": did you mean "column"?`);
    const inline = specFile(["securities: { file: r.csv }", "events: [{ security: A, date: 2024-01-03, gruop: x }]"]);
    await expect(loadStudyFile(inline)).rejects.toThrow(`${inline}: field "events.0.gruop": unknown key "gruop": did you mean "group"?`);
  });

  it("a key with nothing near lists the valid ones", async () => {
    const spec = specFile(["securities: { file: r.csv }", "events: [{ security: A, date: 2024-01-03 }]", "benchmark: M"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(/field "benchmark": unknown key "benchmark" \(valid keys: version, title, securities, .*windows/);
  });
});

describe.skipIf(!hasShared)("a market as one column of a multi-column file", () => {
  it("../shared/data/indices/GSPC.csv with column: close is the market, named GSPC, the default of every event", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const spec = join(dir, "study.yaml");
    writeFileSync(
      spec,
      [
        `securities: { file: ${JSON.stringify(shared("data/sp500-2013-2018/all_stocks_5yr.csv"))}, format: long, values: prices, securityColumn: Name, valueColumn: close }`,
        `markets: { file: ${JSON.stringify(shared("data/indices/GSPC.csv"))}, values: prices, column: close }`,
        "events: [{ security: AAPL, date: 2016-01-27 }]",
      ].join("\n"),
    );
    const { input } = await loadStudyFile(spec);
    expect(input.defaultMarket).toBe("GSPC");
    const event = runStudy(input).events[0]!;
    expect(event.status, event.reason).toBe("ok");
    expect(event.parameters!.beta!).toBeGreaterThan(0.5);
    expect(event.parameters!.beta!).toBeLessThan(2);

    writeFileSync(
      spec,
      [
        `securities: { file: ${JSON.stringify(shared("data/sp500-2013-2018/all_stocks_5yr.csv"))}, format: long, values: prices, securityColumn: Name, valueColumn: close }`,
        `markets: { file: ${JSON.stringify(shared("data/indices/GSPC.csv"))}, values: prices, column: clos }`,
        "events: [{ security: AAPL, date: 2016-01-27 }]",
      ].join("\n"),
    );
    await expect(loadStudyFile(spec)).rejects.toThrow(/GSPC\.csv: field "clos": no such column: did you mean "close"\? \(columns: open, close, volume\)/);
  });
});

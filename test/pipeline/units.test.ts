import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import { seededUniform } from "../support/seededUniform.js";

/** A wide returns file of 60 days for A and M, each return `scale` times a daily fraction of about 1 %. */
function returnsCsv(dir: string, scale: number, edit?: (rows: number[][]) => void): string {
  const u = seededUniform(7);
  // Between -0.9 % and +1.5 % a day: percent read as fractions, yet no return below -100 % unless edited in.
  const rows = Array.from({ length: 60 }, () => [(u() * 0.024 - 0.009) * scale, (u() * 0.02 - 0.008) * scale]);
  edit?.(rows);
  const day = (i: number) => new Date(Date.UTC(2024, 0, 2 + i)).toISOString().slice(0, 10);
  const file = join(dir, "returns.csv");
  writeFileSync(file, ["date,A,M", ...rows.map((r, i) => `${day(i)},${r[0]},${r[1]}`)].join("\n") + "\n");
  return file;
}

function study(dir: string, lines: string[]): string {
  const spec = join(dir, "study.yaml");
  writeFileSync(
    spec,
    [...lines, "events: [{ security: A, date: 2024-02-20 }]", "model: market-adjusted", "estimation: [-30, -2]", "minEstimationDays: 10"].join("\n"),
  );
  return spec;
}

describe("units of a study file's returns and factors", () => {
  it("a return below -100 % read as a fraction is an error naming the file, the series, the date and the fix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const file = returnsCsv(dir, 100, (rows) => (rows[10]![0] = -140));
    const spec = study(dir, ["securities: { file: returns.csv }", "markets: { file: returns.csv }", "market: M"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(
      `${file}: field "A": a return of -140 on 2024-01-12 is below -100 % (percent returns read as fractions? say unit: percent)`,
    );
  });

  it("percent returns read as fractions are an error even without an impossible return", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const file = returnsCsv(dir, 100);
    const spec = study(dir, ["securities: { file: returns.csv }", "markets: { file: returns.csv }", "market: M"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(
      new RegExp(`^${file}: field "A": the median daily size of these returns is .*they look like percent \\(say unit: percent\\)$`),
    );
    const fixed = study(dir, ["securities: { file: returns.csv, unit: percent }", "markets: { file: returns.csv, unit: percent }", "market: M"]);
    expect((await loadStudyFile(fixed)).input.securities.get("A")!.values.length).toBe(60);
  });

  it("fractions read as percent are an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const file = returnsCsv(dir, 1);
    const spec = study(dir, ["securities: { file: returns.csv, unit: percent }", "markets: { file: returns.csv }", "market: M"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(new RegExp(`^${file}: field "A": .*they look like fractions \\(say unit: fraction\\)$`));
  });

  it("a factor file in fractions read as percent (betas a hundred times too large) is an error naming the file and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    returnsCsv(dir, 1);
    const u = seededUniform(3);
    const factors = join(dir, "factors.csv");
    const day = (i: number) => new Date(Date.UTC(2024, 0, 2 + i)).toISOString().slice(0, 10);
    writeFileSync(
      factors,
      [
        "date,Mkt-RF,SMB,HML,RF",
        ...Array.from({ length: 60 }, (_, i) => `${day(i)},${(u() - 0.5) * 0.02},${(u() - 0.5) * 0.01},${(u() - 0.5) * 0.01},0.0002`),
      ].join("\n"),
    );
    const spec = study(dir, ["securities: { file: returns.csv }", "markets: { file: returns.csv }", "market: M", "factors: { file: factors.csv }"]);
    await expect(loadStudyFile(spec)).rejects.toThrow(
      new RegExp(`^${factors}: field "Mkt-RF": .*read as percent .*they look like fractions \\(say unit: fraction\\)$`),
    );
    const fixed = study(dir, [
      "securities: { file: returns.csv }",
      "markets: { file: returns.csv }",
      "market: M",
      "factors: { file: factors.csv, unit: fraction }",
    ]);
    expect((await loadStudyFile(fixed)).input.factors!.columns["Mkt-RF"]!.length).toBe(60);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/calendar/days.js";
import { importFile } from "../../src/data/importers/index.js";
import { loadStudyFile } from "../../src/pipeline/loadStudyFile.js";
import { returnsFromPrices } from "../../src/study/returns.js";
import { hasShared, shared } from "../support/paths.js";

describe.skipIf(!hasShared)("a study file's long price file and the store read the same series", () => {
  it("every S&P 500 series is the imported one; FTV and UA start after their zero-volume placeholder rows", async () => {
    const panel = shared("data/sp500-2013-2018/all_stocks_5yr.csv");
    const dir = mkdtempSync(join(tmpdir(), "aftershock-"));
    const spec = join(dir, "study.yaml");
    writeFileSync(
      spec,
      `securities: { file: ${JSON.stringify(panel)}, format: long, values: prices, securityColumn: Name, valueColumn: close }\nevents: [{ security: FTV, date: 2017-03-01 }, { security: UA, date: 2017-03-01 }, { security: AAL, date: 2017-03-01 }]\nmodel: constant-mean\n`,
    );
    const { input } = await loadStudyFile(spec);
    const imported = await importFile(panel);
    for (const name of ["FTV", "UA", "AAL"]) {
      const p = imported.prices.find((s) => s.symbol === name)!;
      const want = returnsFromPrices({ dates: p.dates, values: p.close }, "simple");
      const keep = (s: { dates: Int32Array; values: Float64Array }) =>
        Array.from(s.dates).flatMap((d, i) => (Number.isFinite(s.values[i]!) ? [[d, s.values[i]!]] : []));
      expect(keep(input.securities.get(name)!), name).toEqual(keep(want));
    }
    // The rows the data's README lists without open, high and low: volume 0 before regular trading began.
    expect(isoDate(input.securities.get("FTV")!.dates.find((_, i) => Number.isFinite(input.securities.get("FTV")!.values[i]!))!)).toBe("2016-07-06");
    expect(isoDate(input.securities.get("UA")!.dates.find((_, i) => Number.isFinite(input.securities.get("UA")!.values[i]!))!)).toBe("2016-04-11");
  });
});

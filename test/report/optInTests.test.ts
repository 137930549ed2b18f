import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/report/html/reportHtml.js";
import { studyText } from "../../src/report/studyText.js";
import { WINDOW_FAMILY } from "../../src/study/multipleTesting.js";
import { syntheticStudy, SYNTHETIC_LABELS } from "./syntheticStudy.js";

describe("the report shows the opt-in tests and the multiple-testing adjustments", () => {
  const result = syntheticStudy({
    tests: ["cross-sectional-t", "grank-t", "bootstrap-skewness-adjusted-t", "wild-bootstrap-mammen", "jackknife"],
    adjust: ["holm", "benjamini-hochberg"],
    bootstrap: { draws: 199, seed: 3 },
  });

  it("HTML: the family in the conventions, Holm and BH under each raw p, the bootstrap's draws and seed", () => {
    const page = reportHtml({ title: "synthetic", result, labels: SYNTHETIC_LABELS });
    expect(page).toContain("Multiple testing");
    expect(page).toContain(WINDOW_FAMILY);
    const all = result.groups[0]!.windows[0]!.tests["cross-sectional-t"]!;
    expect(page).toMatch(/Holm [0-9.<]+ · BH [0-9.<]+/);
    expect(all.adjusted!.holm).toBeGreaterThanOrEqual(all.pValue);
    expect(page).toContain("199 bootstrap resamples, seed 3");
    expect(page).toContain("generalized rank t (GRANK-T)");
  });

  it("text: the family and a table of raw and adjusted p-values per window and test", () => {
    const text = studyText(result);
    expect(text).toContain(`family: ${WINDOW_FAMILY}`);
    expect(text).toMatch(/p holm +p benjamini-hochberg/);
    expect(text).toContain("wild-bootstrap-mammen");
    expect(text).toContain("jackknife");
  });
});

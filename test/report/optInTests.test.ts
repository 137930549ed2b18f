import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/report/html/reportHtml.js";
import { studyText } from "../../src/report/studyText.js";
import { WINDOW_FAMILY } from "../../src/study/multipleTesting.js";
import type { CalendarTimeResult } from "../../src/study/results.js";
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

describe("the report shows calendar-time portfolios when asked for", () => {
  const noFactors = syntheticStudy({ calendarTime: { horizon: 5 } });
  const alphas: CalendarTimeResult = {
    group: "present",
    horizon: 5,
    weighting: "value",
    weight: "marketCap",
    days: 18,
    averageFirms: 2.5,
    alphas: [
      {
        model: "fama-french-3",
        label: "Fama-French three-factor model",
        days: 18,
        alpha: 0.0012,
        standardError: 0.0004,
        statistic: 3,
        df: 14,
        pValue: 0.0096,
        rSquared: 0.4,
      },
      {
        model: "carhart-4",
        label: "Carhart four-factor model",
        days: 18,
        alpha: Number.NaN,
        standardError: Number.NaN,
        statistic: Number.NaN,
        df: Number.NaN,
        pValue: Number.NaN,
        rSquared: Number.NaN,
        reason: "the factor returns lack MOM",
      },
    ],
  };
  const result = { ...noFactors, calendarTime: [...noFactors.calendarTime!, alphas] };

  it("HTML: a table per group with alpha, t and p, and each reason", () => {
    const page = reportHtml({ title: "synthetic", result, labels: SYNTHETIC_LABELS });
    expect(page).toContain("Calendar-time portfolios");
    expect(page).toContain("Group “present”: firms within [0, 5] trading days of their events, weighted by marketCap; 18 days, 2.5 firms on average");
    expect(page).toContain('<td class="num">+0.1200%***</td>');
    expect(page).toContain("Carhart four-factor model: the factor returns lack MOM");
    expect(page).toContain("no factor returns given");
  });

  it("text: the same figures, and nothing when the study did not ask", () => {
    const text = studyText(result);
    expect(text).toMatch(/Fama-French three-factor model +18 +\+0\.1200%\*\*\* +0\.0400% +3\.000 +14 +0\.0096 +0\.400/);
    expect(text).toContain("Calendar-time portfolio, group all:");
    expect(studyText(syntheticStudy())).not.toContain("Calendar-time");
  });
});

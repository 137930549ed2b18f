import { describe, it } from "vitest";
import { CONVENTIONS, type Convention } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { patell, patellKolariPynnonen } from "./patell.js";

const expected = fixtures.significance.expected;
/** The fixture's SARs are standardized by the M-1 sd; Patell's own term ν/(ν-2) beside them is the "t-df" choice. */
const tDf: Convention = { ...CONVENTIONS.textbook, patellVariance: "t-df" };

describe("Patell Z against numpy", () => {
  const cs = significanceCrossSection();
  it("daily ΣSAR_it/√Σ(ν_i/(ν_i-2)) and window Σ_i(Σ_t SAR_it/√L)/√Σ(ν_i/(ν_i-2)), N(0,1) (relative 1e-12)", () => {
    patell.daily!(cs, tDf).forEach((s, d) => expectStatistic(s, expected.patell!.daily![d]!, 1e-12, `day ${d}`));
    patell.window!(cs, tDf).forEach((s, w) => expectStatistic(s, expected.patell!.window![w]!, 1e-12, `window ${w}`));
  });
  it("the textbook default takes the variance of the divisor in force: SARs by the M-1 sd over √Σ((M_i-1)/(ν_i-2)) (relative 1e-12)", () => {
    const want = expected["patell-sample-divisor"]!;
    patell.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, want.daily![d]!, 1e-12, `day ${d}`));
    patell.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, want.window![w]!, 1e-12, `window ${w}`));
  });
  it("Kolari-Pynnönen adjusted: Z·√((1-r̄)/(1+(N-1)r̄)) (relative 1e-12)", () => {
    const kp = expected["patell-kolari-pynnonen"]!;
    patellKolariPynnonen.daily!(cs, tDf).forEach((s, d) => expectStatistic(s, kp.daily![d]!, 1e-12, `day ${d}`));
    patellKolariPynnonen.window!(cs, tDf).forEach((s, w) => expectStatistic(s, kp.window![w]!, 1e-12, `window ${w}`));
  });
});

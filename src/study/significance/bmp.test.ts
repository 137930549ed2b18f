import { describe, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { bmp, bmpKolariPynnonen } from "./bmp.js";

const expected = fixtures.significance.expected;

describe("BMP standardized cross-sectional t against numpy", () => {
  const cs = significanceCrossSection();
  it("daily mean(SAR)/(sd(SAR)/√N) and window on SCAR_i = Σ_t SAR_it/√L, t(N-1) (relative 1e-12)", () => {
    bmp.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, expected.bmp!.daily![d]!, 1e-12, `day ${d}`));
    bmp.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, expected.bmp!.window![w]!, 1e-12, `window ${w}`));
  });
  it("Kolari-Pynnönen adjusted (relative 1e-12)", () => {
    const kp = expected["bmp-kolari-pynnonen"]!;
    bmpKolariPynnonen.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, kp.daily![d]!, 1e-12, `day ${d}`));
    bmpKolariPynnonen.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, kp.window![w]!, 1e-12, `window ${w}`));
  });
});

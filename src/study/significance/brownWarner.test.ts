import { describe, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { brownWarner1980, brownWarner1985 } from "./brownWarner.js";

const expected = fixtures.significance.expected;

describe("Brown-Warner tests against numpy (AARs over events present; NaNs on estimation days)", () => {
  const cs = significanceCrossSection();
  it("1980: AAR_t/(√Σs_i²/N), window CAAR/(√(LΣs_i²)/N), t(mean M - 1) (relative 1e-12)", () => {
    brownWarner1980.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, expected["brown-warner-1980"]!.daily![d]!, 1e-12, `day ${d}`));
    brownWarner1980.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, expected["brown-warner-1980"]!.window![w]!, 1e-12, `window ${w}`));
  });
  it("1985: AAR_t / sd(AAR over estimation days, ddof 1), window CAAR/(√L sd) (relative 1e-12)", () => {
    brownWarner1985.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, expected["brown-warner-1985"]!.daily![d]!, 1e-12, `day ${d}`));
    brownWarner1985.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, expected["brown-warner-1985"]!.window![w]!, 1e-12, `window ${w}`));
  });
});

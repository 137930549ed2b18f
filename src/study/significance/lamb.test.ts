import { describe, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { lamb } from "./lamb.js";

const want = fixtures.significance.expected.lamb!;

describe("Lamb Z against numpy (event-averaged market, NaN market before a listing)", () => {
  const cs = significanceCrossSection();
  it("daily AAR_t/(S(AAR)√(1 + 1/M̄ + (R̄m_t - R̄m)²/S_mm)) and window ΣZ_t/√L (relative 1e-12)", () => {
    lamb.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, want.daily![d]!, 1e-12, `day ${d}`));
    lamb.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, want.window![w]!, 1e-12, `window ${w}`));
  });
});

import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { crossSectionalT, crossSectionalTStatistic } from "./crossSectionalT.js";

const want = fixtures.significance.expected["cross-sectional-t"]!;

describe("cross-sectional t against numpy (synthetic cross-section of make_fixtures.py)", () => {
  const cs = significanceCrossSection();
  it("daily: mean(AR_t) / (sd(AR_t, ddof 1)/√N), t(N-1) tails from scipy (relative 1e-12, tails 1e-9)", () => {
    const got = crossSectionalT.daily!(cs, CONVENTIONS.textbook);
    expect(got.length).toBe(want.daily!.length);
    got.forEach((s, d) => expectStatistic(s, want.daily![d]!, 1e-12, `day column ${d}`));
  });
  it("window: the same on CAR_i (relative 1e-12)", () => {
    const got = crossSectionalT.window!(cs, CONVENTIONS.textbook);
    got.forEach((s, w) => expectStatistic(s, want.window![w]!, 1e-12, `window ${w}`));
  });
  it("hand example: x = (1, 2, 3, 4) gives t = 2.5/(√(5/3)/2) with 3 df (1e-14)", () => {
    const s = crossSectionalTStatistic(new Float64Array([1, 2, 3, 4]));
    expect(s.statistic).toBeCloseTo(2.5 / (Math.sqrt(5 / 3) / 2), 14);
    expect(s.df).toBe(3);
    expect(s.distribution).toBe("t");
  });
});

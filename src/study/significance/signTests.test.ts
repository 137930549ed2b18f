import { describe, expect, it } from "vitest";
import { CONVENTIONS } from "../conventions.js";
import { expectClose, expectStatistic } from "../fixtures/expectClose.js";
import { significanceCrossSection } from "../fixtures/significanceCrossSection.js";
import { fixtures } from "../fixtures/studyFixtures.js";
import { estimationPositiveShare, generalizedSign, sign, signStatistic } from "./signTests.js";

const expected = fixtures.significance.expected;

describe("sign tests against numpy (an AR of exactly 0 on one event day)", () => {
  const cs = significanceCrossSection();
  it("sign: (N⁺ - N/2)/√(N/4) on ARs and CARs, zero not positive (relative 1e-12)", () => {
    sign.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, expected.sign!.daily![d]!, 1e-12, `day ${d}`));
    sign.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, expected.sign!.window![w]!, 1e-12, `window ${w}`));
  });
  it("generalized sign: p̂ pooled over non-missing estimation cells, (N⁺ - Np̂)/√(Np̂(1-p̂)) (relative 1e-12)", () => {
    expectClose(estimationPositiveShare(cs), expected["generalized-sign"]!.p as number, 1e-15, "p̂");
    generalizedSign.daily!(cs, CONVENTIONS.textbook).forEach((s, d) => expectStatistic(s, expected["generalized-sign"]!.daily![d]!, 1e-12, `day ${d}`));
    generalizedSign.window!(cs, CONVENTIONS.textbook).forEach((s, w) => expectStatistic(s, expected["generalized-sign"]!.window![w]!, 1e-12, `window ${w}`));
  });
  it("counts 0 as not positive: (0, 1, -1, 2) has N⁺ = 2 of 4 → Z = 0", () => {
    expect(signStatistic(new Float64Array([0, 1, -1, 2])).statistic).toBe(0);
    expect(signStatistic(new Float64Array([1, 1, 1, 1])).statistic).toBe(2);
  });
});

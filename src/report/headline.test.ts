import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { runStudy, type StudyEvent } from "../study/runStudy.js";
import { headline, pText } from "./headline.js";

/** Deterministic returns (a linear congruential generator) around zero. */
function noise(seed: number, n: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648 - 0.5) * 0.02;
  });
}

const N = 400;
const dates = Int32Array.from({ length: N }, (_, i) => 19000 + i);
const EVENT = 19000 + 300;

/** A study of `groups` (label → shocks on day 0, one security each) against one market. */
function study(
  groups: Record<string, number[]>,
  windows: [number, number][] = [
    [0, 0],
    [-1, 1],
  ],
) {
  const securities = new Map<string, Series>();
  const events: StudyEvent[] = [];
  let seed = 1;
  for (const [group, shocks] of Object.entries(groups)) {
    for (const shock of shocks) {
      const values = noise(seed++, N);
      values[300] = values[300]! + shock;
      const id = `${group}-${seed}`;
      securities.set(id, { dates, values });
      events.push({ id, security: id, date: EVENT, group, market: "M" });
    }
  }
  return runStudy({ securities, markets: new Map([["M", { dates, values: noise(99, N) }]]), events, options: { windows } });
}

const HK = { name: "Hong Kong", benchmark: "Hang Seng Index", groupSuffix: "" };

describe("headline", () => {
  it("names the test behind each p-value and gives the gap between compared groups with Welch's t-test", () => {
    const text = headline(study({ absent: [-0.08, -0.07, -0.09], present: [0.01, 0.0, 0.02] }), [HK]);
    expect(text).toMatch(
      /^Absent companies fell [\d.]+ % relative to the Hang Seng Index on the day \(3 measured\), present ones rose [\d.]+ % \(3 measured\); the gap of [\d.]+ points is significant at 5 % \(Welch's t-test, p [=<] [\d.]+; permutation test, p = [\d.]+\)\.$/,
    );
  });
  it("says a group of one has no Welch's t-test instead of printing p = NaN", () => {
    const text = headline(study({ absent: [-0.08], present: [0.01, 0.0, 0.02] }), [HK]);
    expect(text).toMatch(/a group of one has no Welch's t-test/);
    expect(text).not.toMatch(/NaN|p = </);
  });
  it("says which groups could not be measured instead of failing (a window past the data)", () => {
    const text = headline(study({ absent: [-0.08, -0.07], present: [0.01, 0.02] }, [[0, 200]]), [HK]);
    expect(text).toBe("No company of the event could be measured.");
    const one = study({ target: [-0.2, -0.1], mentioned: [0.01] });
    expect(headline(one, [HK])).toMatch(/^Target companies fell [\d.]+ % relative to the Hang Seng Index on the day \(2 measured\), mentioned ones rose/);
  });
  it("speaks of each group with its own test when nothing is compared", () => {
    const text = headline(study({ target: [-0.25, -0.12] }), [HK]);
    expect(text).toMatch(/^Target companies fell [\d.]+ % relative to the Hang Seng Index on the day \(2 measured; Patell Z, p [<=] [\d.]+\)\.$/);
  });
  it("speaks per venue, each with its benchmark", () => {
    const hk = study({ "absent · HK": [-0.08, -0.07], "present · HK": [0.01, 0.02] });
    const us = study({ "absent · US": [-0.05, -0.06], "present · US": [0.01, 0.0] });
    const joined = { ...hk, groups: [...hk.groups, ...us.groups.filter((g) => g.group !== "all")], comparisons: [...hk.comparisons, ...us.comparisons] };
    const text = headline(joined, [
      { name: "Hong Kong", benchmark: "Hang Seng Index", groupSuffix: " · HK" },
      { name: "United States", benchmark: "S&P 500", groupSuffix: " · US" },
    ]);
    expect(text).toMatch(
      /^In Hong Kong, absent companies fell [\d.]+ % relative to the Hang Seng Index .*\. In the United States, absent companies fell [\d.]+ % relative to the S&P 500 /,
    );
  });
});

describe("pText", () => {
  it("writes p < 0.001, never p = < 0.001, and nothing for a missing p", () => {
    expect(pText(0.0004)).toBe("p < 0.001");
    expect(pText(0.0123)).toBe("p = 0.012");
    expect(pText(Number.NaN)).toBeUndefined();
    expect(pText(null)).toBeUndefined();
  });
});

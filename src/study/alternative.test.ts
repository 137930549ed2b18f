import { describe, expect, it } from "vitest";
import { sidedPValue } from "./alternative.js";

describe("sidedPValue", () => {
  it("picks the tail the alternative names", () => {
    expect(sidedPValue(0.03, 0.98, "less")).toBe(0.03);
    expect(sidedPValue(0.03, 0.98, "greater")).toBe(0.98);
  });

  it("doubles the smaller tail for two-sided and caps at 1", () => {
    expect(sidedPValue(0.03, 0.98, "two-sided")).toBe(0.06);
    expect(sidedPValue(0.97, 0.04, "two-sided")).toBe(0.08);
    // Discrete statistics: both tails include the observed point and can exceed 1/2.
    expect(sidedPValue(0.6, 0.7, "two-sided")).toBe(1);
  });

  it("propagates NaN", () => {
    expect(sidedPValue(Number.NaN, 0.5, "two-sided")).toBeNaN();
    expect(sidedPValue(0.5, Number.NaN, "less")).toBeNaN();
  });
});

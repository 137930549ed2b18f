import { describe, expect, it } from "vitest";
import { endLabelOffsets, niceExtent, spreadLabels } from "./endLabelLayout.js";

describe("end label layout", () => {
  it("picks a nice extent that contains the values and zero", () => {
    expect(niceExtent([3.2, 17.9, -1])).toEqual({ min: -5, max: 20, step: 5 });
    expect(niceExtent([-27.4, 14])).toEqual({ min: -30, max: 20, step: 10 });
    expect(niceExtent([])).toMatchObject({ min: 0 });
  });

  it("takes the extent of a chart with many thousand events (10,000 paths of 51 days) without overflowing the stack", () => {
    const values = Array.from({ length: 10_000 * 51 }, (_, i) => ((i % 997) - 500) / 10);
    values[12_345] = Number.NaN;
    expect(niceExtent(values)).toEqual({ min: -60, max: 60, step: 20 });
  });

  it("moves labels apart by the gap, as little as possible, in the input order", () => {
    expect(spreadLabels([100, 105, 300], 16, 0, 500)).toEqual([100, 116, 300]);
    expect(spreadLabels([105, 100], 16, 0, 500)).toEqual([116, 100]);
    // Crowded at the bottom: pushed back up inside the plot.
    expect(spreadLabels([495, 498, 499], 16, 0, 500)).toEqual([468, 484, 500]);
  });

  it("turns values into pixel offsets for a fixed axis", () => {
    // Axis 0..10 over 100 px from y = 0: values 5 and 5.1 sit 1 px apart; the second moves 15 px up.
    const [a, b] = endLabelOffsets([5, 5.1], { min: 0, max: 10 }, { top: 0, height: 100 });
    expect(Math.abs(a! - b!)).toBeCloseTo(15, 5);
  });
});

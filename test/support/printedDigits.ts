import { expect } from "vitest";

/**
 * Asserts that `actual` rounds to a value printed with some number of decimals: |actual - printed| must
 * not exceed half a unit of the last printed digit (plus 1e-12 for binary round-off). On failure the
 * message names what was compared and by how much it missed.
 */
export function expectPrinted(actual: number, printed: string, what: string): void {
  const decimals = printed.includes(".") ? printed.split(".")[1]!.replace(/e.*$/i, "").length : 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-12;
  const diff = Math.abs(actual - Number(printed));
  expect(diff, `${what}: got ${actual}, printed ${printed}, off by ${diff.toExponential(2)} (tolerance ${tolerance})`).toBeLessThanOrEqual(tolerance);
}

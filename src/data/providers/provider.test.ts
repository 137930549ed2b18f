import { describe, expect, it } from "vitest";
import { checkRange } from "./provider.js";

describe("checkRange", () => {
  it("accepts whole day numbers in order and refuses the rest", () => {
    expect(() => checkRange(19_000, 19_000)).not.toThrow();
    expect(() => checkRange(19_001, 19_000)).toThrow("expected day numbers with from <= to, got from=19001, to=19000");
    expect(() => checkRange(1.5, 2)).toThrow(RangeError);
    expect(() => checkRange(Number.NaN, 2)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { InputError } from "../inputError.js";
import { checkedPrice, checkedVolume } from "./barValues.js";

describe("bar values", () => {
  it("turns missing values into NaN and keeps good ones", () => {
    for (const missing of [null, undefined, Number.NaN]) {
      expect(checkedPrice(missing, "src", 1, "open")).toBeNaN();
      expect(checkedVolume(missing, "src", 1, "volume")).toBeNaN();
    }
    expect(checkedPrice(383.6, "src", 1, "close")).toBe(383.6);
    expect(checkedVolume(0, "src", 1, "volume")).toBe(0);
  });

  it("refuses a price that is not positive and a negative volume, naming the place", () => {
    const where = { file: "https://x.test/a", line: 4, field: "close" };
    expect(() => checkedPrice(0, "https://x.test/a", 4, "close")).toThrow(new InputError(where, "0 is not a valid price: prices must be positive"));
    expect(() => checkedPrice(Number.POSITIVE_INFINITY, "src", 1, "high")).toThrow(InputError);
    expect(() => checkedVolume(-3, "src", 2, "Volume")).toThrow('src:2: field "Volume": -3: a volume cannot be negative');
  });
});

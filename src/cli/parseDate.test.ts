import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseDate } from "./parseDate.js";

describe("parseDate", () => {
  it("keeps a calendar date as written", () => {
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
  });
  it("says whether a value is in the wrong shape or names no calendar day", () => {
    expect(() => parseDate("17 Feb")).toThrow(new InvalidArgumentError('"17 Feb" is not a date written YYYY-MM-DD'));
    expect(() => parseDate("2020-13-40")).toThrow(new InvalidArgumentError('"2020-13-40" is not a calendar date: there is no month 13'));
    expect(() => parseDate("2025-02-29")).toThrow(new InvalidArgumentError('"2025-02-29" is not a calendar date: month 2 of 2025 has no day 29'));
  });
});

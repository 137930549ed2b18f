import { describe, expect, it } from "vitest";
import { CalendarCoverageError } from "../calendar/index.js";
import { ProviderUnreachableError } from "../data/providers/index.js";
import { StoreError } from "../data/store/index.js";
import { InputError } from "../shared/errors.js";
import { StudyInputError } from "../study/studyInputError.js";
import { failure } from "./failure.js";

describe("failure", () => {
  it("prints an error a user can act on as its one line, with the exit code of its code", () => {
    expect(failure(new InputError({ file: "a.csv", line: 3, field: "close" }, "not a number"))).toEqual({
      exitCode: 2,
      text: 'aftershock: a.csv:3: field "close": not a number\n',
    });
    expect(failure(new StudyInputError([{ path: "options.windows.0", message: "too long" }])).exitCode).toBe(2);
    expect(failure(new CalendarCoverageError("XHKG", "XHKG: year 1999 is outside the calendar's coverage 2000-01-01..2030-12-31")).exitCode).toBe(2);
    expect(failure(new StoreError("not-a-store", "x.duckdb", "not a store")).exitCode).toBe(2);
    expect(failure(new StoreError("busy", "x.duckdb", "in use")).exitCode).toBe(3);
    expect(failure(new ProviderUnreachableError("yahoo-chart", "query1.finance.yahoo.com", "offline")).exitCode).toBe(3);
  });

  it("reports a RangeError or a TypeError as an internal error with its stack, exit 1, never as bad input", () => {
    for (const bug of [new RangeError("index 7 out of range"), new TypeError("x is undefined")]) {
      const { exitCode, text } = failure(bug);
      expect(exitCode).toBe(1);
      expect(text).toMatch(/^aftershock: internal error/);
      expect(text).toContain(bug.message);
      expect(text).toMatch(/\n\s+at .*failure\.test\.ts/);
    }
  });
});

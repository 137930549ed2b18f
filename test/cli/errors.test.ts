import { describe, expect, it } from "vitest";
import { aftershock } from "../support/cli.js";

describe("errors on the command line", () => {
  it("a year outside the calendars' coverage is bad input: one line, exit 2, no stack", () => {
    const run = aftershock("calendar", "XHKG", "1999");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("aftershock: XHKG: year 1999 is outside the calendar's coverage 2000-01-01..2030-12-31\n");
  });
});

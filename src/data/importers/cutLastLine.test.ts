import { describe, expect, it } from "vitest";
import { InputError } from "../inputError.js";
import { importText } from "./importFile.js";
import { checkCutLastLine } from "./cutLastLine.js";

const WHOLE = "Date,Open,Close,Volume\n2025-02-14,97.10,97.48,1200\n2025-02-18,96.20,91.75,1500\n";

describe("checkCutLastLine", () => {
  it("refuses a file cut inside its last number, naming the line and field", () => {
    // Cut after each character of the last row's close: every prefix that still has four fields.
    for (const cut of ["2025-02-18,96.20,91.7", "2025-02-18,96.20,91.", "2025-02-18,96.20,91", "2025-02-18,96.20,9", "2025-02-18,96.20,"]) {
      const text = WHOLE.slice(0, WHOLE.lastIndexOf("2025-02-18")) + cut + ",1500";
      expect(() => checkCutLastLine(text, "BIDU.csv"), cut).toThrow(InputError);
    }
    const text = "Date,Close\n2025-02-14,97.48\n2025-02-18,9";
    expect(() => importText(text, "BIDU.csv")).toThrow(/^BIDU.csv:3: field "Close": "9" on the last line, which has no line end, has fewer digits than "97.48"/);
  });

  it("accepts a complete last line, with or without a line end", () => {
    expect(() => checkCutLastLine(WHOLE, "f.csv")).not.toThrow();
    expect(() => checkCutLastLine(WHOLE.trimEnd(), "f.csv")).not.toThrow();
    expect(() => checkCutLastLine("Date,Close\n2025-02-14,97\n2025-02-18,9", "f.csv")).not.toThrow();
    expect(importText("Date,Close\n2025-02-14,97.48\n2025-02-18,96.50", "BIDU.csv").prices[0]!.close[1]).toBe(96.5);
  });
});

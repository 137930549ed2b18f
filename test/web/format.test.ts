import { describe, expect, it } from "vitest";
import { confidence, dayLabel, eventLabel, groupLabel, percent, timestamp, windowLabel } from "../../web/src/format.js";

describe("web formatters", () => {
  it("writes returns as signed percentages with a true minus sign", () => {
    expect(percent(0.0694)).toBe("+6.94%");
    expect(percent(-0.0674)).toBe("−6.74%");
    expect(percent(-0.00001)).toBe("0.00%");
    expect(percent(0.12345, 1)).toBe("+12.3%");
    expect(percent(Number.NaN)).toBe("–");
    expect(percent(undefined)).toBe("–");
    // NaN arrives from the API's JSON as null.
    expect(percent(null as unknown as number)).toBe("–");
  });

  it("writes confidences, days, windows and labels", () => {
    expect(confidence(0.954)).toBe("95%");
    expect(confidence(1.2)).toBe("100%");
    expect([dayLabel(-1), dayLabel(0), dayLabel(5)]).toEqual(["−1", "0", "+5"]);
    expect(windowLabel([-1, 1])).toBe("[−1, +1]");
    expect(windowLabel([0, 0])).toBe("[0, 0]");
    expect(eventLabel("Baidu", "9888.HK")).toBe("Baidu (9888.HK)");
    expect(eventLabel(undefined, "9888.HK")).toBe("9888.HK");
    expect(groupLabel("all")).toBe("all events");
    expect(groupLabel("absent · HK")).toBe("absent · HK");
    expect(timestamp("2025-02-18T09:30:12.345Z")).toBe("2025-02-18 09:30 UTC");
    expect(timestamp("yesterday")).toBe("yesterday");
  });
});

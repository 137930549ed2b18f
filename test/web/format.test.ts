import { describe, expect, it } from "vitest";
import { confidence, dayLabel, eventLabel, groupLabel, timestamp, windowLabel } from "../../web/src/format.js";

describe("web formatters", () => {
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

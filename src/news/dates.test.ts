import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const first = (s: string, published: string): string | undefined => findDates(s, published)[0]?.date;

describe("findDates", () => {
  // 2025-02-18 is a Tuesday.
  it("reads a bare weekday as the most recent one", () => {
    expect(first("Xi met the bosses on Monday.", "2025-02-18")).toBe("2025-02-17");
    expect(first("The fine was announced on Friday.", "2025-02-18")).toBe("2025-02-14");
    expect(first("Shares fell on Tuesday.", "2025-02-18")).toBe("2025-02-18");
    expect(first("It happened last Tuesday.", "2025-02-18")).toBe("2025-02-11");
  });
  it("reads a weekday after a future verb forward, and a reporting verb's weekday backward", () => {
    expect(first("Xi will meet the bosses on Monday.", "2025-02-18")).toBe("2025-02-24");
    expect(first("X will join the index, the provider said on Friday.", "2025-02-18")).toBe("2025-02-14");
    expect(first("X will be added on Friday.", "2025-02-18")).toBe("2025-02-21");
  });
  it("resolves yesterday, today, days ago, last week and last month", () => {
    expect(first("The regulator acted yesterday.", "2025-02-18")).toBe("2025-02-17");
    expect(first("The company said today.", "2025-02-18")).toBe("2025-02-18");
    expect(first("It was fined three days ago.", "2025-02-18")).toBe("2025-02-15");
    expect(findDates("It launched last week.", "2025-02-18")[0]).toMatchObject({ date: "2025-02-10", precision: "week" });
    expect(findDates("It launched last month.", "2025-01-18")[0]).toMatchObject({ date: "2024-12-01", precision: "month" });
  });
  it("reads explicit dates in several spellings", () => {
    expect(first("The meeting on Feb. 17 was short.", "2025-02-18")).toBe("2025-02-17");
    expect(first("It met on 17 February 2025.", "2025-03-01")).toBe("2025-02-17");
    expect(first("It met on February 17, 2024.", "2025-03-01")).toBe("2024-02-17");
    expect(first("It met on 2025-02-17.", "2025-03-01")).toBe("2025-02-17");
    expect(first("It met on March 3rd.", "2025-03-05")).toBe("2025-03-03");
  });
  it("keeps a weekday written with its date as one expression", () => {
    const d = findDates("The change takes effect on Monday, Sept. 23.", "2024-09-07");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ date: "2024-09-23", expression: "on Monday, Sept. 23" });
  });
  it("puts a date without a year in the year closest to publication", () => {
    expect(first("It was fined on Dec. 28.", "2025-01-05")).toBe("2024-12-28");
    expect(first("It will list on Jan. 3.", "2024-12-20")).toBe("2025-01-03");
  });
  it("reads a month without day or year as the latest such month, or the next one after a future verb", () => {
    expect(findDates("Nike lowered its forecast in June.", "2025-03-20")[0]).toMatchObject({ date: "2024-06-01", precision: "month" });
    expect(findDates("Sales slumped in mid-March.", "2025-03-20")[0]).toMatchObject({ date: "2025-03-01", precision: "month" });
    expect(first("The company will list in June.", "2025-03-20")).toBe("2025-06-01");
    expect(first("It had warned late last October.", "2025-03-20")).toBe("2024-10-01");
    expect(findDates("The curbs may apply in May.", "2025-03-20").map((d) => d.expression)).toEqual(["in May"]);
  });
  it("ignores impossible dates and words that only look like months", () => {
    expect(findDates("It met on February 30.", "2025-03-01")).toEqual([]);
    expect(findDates("Sales may rise, analysts said.", "2025-03-01")).toEqual([]);
  });
});

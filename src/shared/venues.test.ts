import { describe, expect, it } from "vitest";
import { venueName, venuePlace } from "./venues.js";

describe("venues", () => {
  it("names a venue by its country code, and places it in a sentence", () => {
    expect(venueName("HK")).toBe("Hong Kong");
    expect(venueName("US")).toBe("United States");
    expect(venuePlace("United States")).toBe("the United States");
    expect(venuePlace("Mainland China")).toBe("mainland China");
    expect(venuePlace("Hong Kong")).toBe("Hong Kong");
  });

  it("keeps a code or name the table lacks as it is", () => {
    expect(venueName("JP")).toBe("JP");
    expect(venuePlace("JP")).toBe("JP");
  });
});

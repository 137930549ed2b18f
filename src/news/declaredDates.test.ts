import { describe, expect, it } from "vitest";
import { InputError } from "../data/inputError.js";
import { extractEvent } from "./extractEvent.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";

const knowledge = fixtureKnowledge();
const BODY = "<p>Baidu shares fell 6.9 per cent in Hong Kong on Monday after the meeting in Beijing, while Tencent rose.</p>";

describe("dates a page or a caller declares", () => {
  it("an impossible date in the page's metadata never enters the event; the document says why", () => {
    const page = `<html><head><meta property="article:published_time" content="2025-02-31T08:00:00+08:00"></head><body>${BODY}</body></html>`;
    const doc = extractEvent(page, { knowledge, format: "html", published: "2025-02-18" });
    expect(doc.published).toBe("2025-02-18");
    expect(doc.publishedSource).toBe("option");
    expect(doc.eventDate).toBe("2025-02-17");
    expect(doc.notes).toContain("The page's article:published_time metadata gives 2025-02-31, which is not a calendar date; it is not used.");
    // Without a date of its own, the page asks for one instead of taking 31 February.
    expect(() => extractEvent(page, { knowledge, format: "html" })).toThrow(/the publication date is unknown/);
  });

  it("a publication date out of the calendar is a clear input error, not a crash", () => {
    for (const published of ["2025-13-01", "2025-02-31", "2025-00-10"]) {
      expect(() => extractEvent(BODY, { knowledge, format: "html", published }), published).toThrow(InputError);
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventDocumentText, feedResultsText } from "./eventText.js";
import { extractEvent } from "./extractEvent.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { shared } from "../../test/support/paths.js";

describe("eventDocumentText", () => {
  it("shows the date, each company with role and symbols, and what was not listed yet", () => {
    const doc = extractEvent(readFileSync(shared("news", "xi-meets-tech-bosses.txt"), "utf8"), {
      published: "2025-02-18",
      knowledge: fixtureKnowledge(),
      format: "text",
    });
    const text = eventDocumentText(doc);
    expect(text).toContain('Published 2025-02-18; event date 2025-02-17 from "on Monday" (relative).');
    expect(text).toMatch(/Alibaba\s+present\s+BABA 9988\.HK\s+Jack Ma\s+0\.95/);
    expect(text).toMatch(/CATL\s+present\s+300750\.SZ \(3750\.HK not yet listed until 2025-05-20\)/);
    expect(text).toMatch(/ByteDance\s+absent\s+unlisted/);
    expect(text).toContain("Also named (not companies of the event):\n- Financial Times: a news agency or publisher");
  });
  it("lists failed feed items on one line each", () => {
    expect(feedResultsText([{ schema: "aftershock.event-error/1", item: 2, title: "Empty", error: "the item has no text" }])).toBe(
      "Item 2 (Empty): not read: the item has no text",
    );
  });
});

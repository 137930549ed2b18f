import { describe, expect, it } from "vitest";
import type { EventDocument } from "./eventDocument.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { LlmError, llmExtractor, ruleExtractor } from "./llm.js";

const knowledge = fixtureKnowledge();
const ARTICLE = "Xiaomi launched its SU7 sedan on Thursday in Beijing, pricing it below Tesla's Model 3.";

/** A fetch that answers like a chat-completions endpoint with the given content. */
function answering(content: string, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify({ choices: [{ message: { content } }] }), { status }));
}

describe("llmExtractor", () => {
  it("links the model's company names through the knowledge base and takes symbols from it", async () => {
    const content = JSON.stringify({
      eventDate: "2024-03-28",
      eventDateEvidence: "launched ... on Thursday",
      companies: [
        { name: "Xiaomi Corp", role: "target", evidence: "Xiaomi launched its SU7 sedan" },
        { name: "Tesla", role: "mentioned", evidence: "below Tesla's Model 3" },
        { name: "Rivian", role: "mentioned", evidence: "invented" },
      ],
    });
    const doc = (await llmExtractor({ url: "http://llm.test/v1", model: "m", fetch: answering("```json\n" + content + "\n```") }).extract(ARTICLE, {
      knowledge,
      published: "2024-03-29",
    })) as EventDocument;
    expect(doc.extractor).toBe("llm");
    expect(doc.companies.map((c) => [c.entityId, c.role, c.listings.join(" ")])).toEqual([
      ["xiaomi", "target", "1810.HK"],
      ["tesla", "mentioned", "TSLA"],
    ]);
    expect(doc.notes.join(" ")).toContain('"Rivian"');
  });
  it("fails with a clear message when the endpoint cannot be reached", async () => {
    const extractor = llmExtractor({ url: "http://127.0.0.1:9/v1", model: "m", timeoutMs: 5000 });
    await expect(extractor.extract(ARTICLE, { knowledge, published: "2024-03-29" })).rejects.toThrow(
      /cannot reach http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions.*rule-based extractor needs no network/,
    );
  });
  it("rejects answers that are not the expected JSON", async () => {
    const run = (f: typeof fetch): Promise<unknown> =>
      llmExtractor({ url: "http://llm.test/v1", model: "m", fetch: f }).extract(ARTICLE, { knowledge, published: "2024-03-29" });
    await expect(run(answering("I think Xiaomi"))).rejects.toThrow(LlmError);
    await expect(run(answering(JSON.stringify({ eventDate: "Thursday", companies: [] })))).rejects.toThrow(/expected shape/);
    await expect(run(answering("{}", 500))).rejects.toThrow(/HTTP 500/);
  });
});

describe("ruleExtractor", () => {
  it("is the rule-based extraction behind the same interface", async () => {
    const doc = (await ruleExtractor.extract(ARTICLE, { knowledge, published: "2024-03-29" })) as EventDocument;
    expect(doc.extractor).toBe("rules");
    expect(doc.companies.find((c) => c.entityId === "xiaomi")?.role).toBe("target");
  });
});

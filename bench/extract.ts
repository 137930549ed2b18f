/**
 * Extraction on hostile articles: how long the rules take on inputs built to be expensive (see
 * hostileArticles.ts), each at the largest size the default limits accept or at the size that once
 * stalled the server.
 *
 *   npm run bench:extract
 *
 * Prints figures; asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { DEFAULT_LIMITS } from "../src/limits.js";
import { extractEvent } from "../src/news/index.js";
import { loadKnowledge } from "../src/news/knowledge/loadKnowledge.js";
import { deepDivs, inventedNames, longText, manyCompanies } from "./hostileArticles.js";

const knowledge = loadKnowledge();
const companyNames = knowledge.entities.filter((e) => e.kind === "company").map((e) => e.name);
const cases: [string, string, "text" | "html"][] = [
  ["30,000 nested <div>s", deepDivs(30_000), "html"],
  ["1,000 invented company names", inventedNames(1_000), "text"],
  [`${companyNames.length.toLocaleString("en")} real company names, one sentence each`, manyCompanies(companyNames), "text"],
  ["5,000 company names (the list repeated)", manyCompanies(Array.from({ length: 5_000 }, (_, i) => companyNames[i % companyNames.length]!)), "text"],
  ["prose at the article limit", longText(DEFAULT_LIMITS.articleBytes - 200), "text"],
];
// Warm up (the NLP library's first call builds its lexicon).
extractEvent(inventedNames(5), { knowledge, published: "2025-02-18", format: "text" });
for (const [what, text, format] of cases) {
  const t = performance.now();
  let outcome: string;
  try {
    const doc = extractEvent(text, { knowledge, published: "2025-02-18", format });
    outcome = `${doc.companies.length} companies`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message.slice(0, 80)}`;
  }
  const ms = performance.now() - t;
  console.log(`${what}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB in ${(ms / 1000).toFixed(2)} s (${outcome})`);
}

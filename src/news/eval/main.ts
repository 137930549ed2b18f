import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { evaluate, evaluationText, heldOutPart } from "./evaluate.js";

/**
 * `npm run eval:news`: the extractor's figures on the evaluation set, against the knowledge base the
 * product ships (data/issuers, as `loadKnowledge()` reads it): on all articles, then on the held-out
 * ones alone (gold `heldOut: true`).
 */
const all = evaluate(loadKnowledge());
const heldOut = heldOutPart(all);
const parts = [evaluationText(all)];
if (heldOut.articles > 0) parts.push(evaluationText(heldOut, "held-out"));
process.stdout.write(parts.join("\n\n") + "\n");

import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { join } from "node:path";
import { EVAL_DIR, evaluate, evaluationText, heldOutPart } from "./evaluate.js";

/**
 * `npm run eval:news`: the extractor's figures on the evaluation set, against the knowledge base the
 * product ships (data/issuers, as `loadKnowledge()` reads it): on all articles, then on the held-out
 * ones alone (gold `heldOut: true`), then on eval/news/heldout/: articles written apart, by someone who
 * never saw the extractor, and never used to change it.
 */
const knowledge = loadKnowledge();
const all = evaluate(knowledge);
const heldOut = heldOutPart(all);
const blind = evaluate(knowledge, join(EVAL_DIR, "heldout"));
const parts = [evaluationText(all)];
if (heldOut.articles > 0) parts.push(evaluationText(heldOut, "held-out"));
parts.push(evaluationText(blind, "written blind (eval/news/heldout)"));
process.stdout.write(parts.join("\n\n") + "\n");

import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { join } from "node:path";
import { EVAL_DIR, evaluate, evaluationText, heldOutPart } from "./evaluate.js";

/**
 * `npm run eval:news`: the extractor's figures on the evaluation set, against the knowledge base the
 * product ships (data/issuers, as `loadKnowledge()` reads it): on all articles, then on the held-out
 * ones alone (gold `heldOut: true`), then on two sets written apart by someone who never saw the
 * extractor: eval/news/heldout/ (since used to improve the rules) and eval/news/blind2/ (never used).
 */
const knowledge = loadKnowledge();
const all = evaluate(knowledge);
const heldOut = heldOutPart(all);
const blind = evaluate(knowledge, join(EVAL_DIR, "heldout"));
const blind2 = evaluate(knowledge, join(EVAL_DIR, "blind2"));
const parts = [evaluationText(all)];
if (heldOut.articles > 0) parts.push(evaluationText(heldOut, "held-out"));
parts.push(evaluationText(blind, "written blind, then used to improve the rules (eval/news/heldout)"));
parts.push(evaluationText(blind2, "written blind, never used to change the rules (eval/news/blind2)"));
process.stdout.write(parts.join("\n\n") + "\n");

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadKnowledge } from "../knowledge/loadKnowledge.js";
import { EVAL_DIR, evaluate, evaluationText, heldOutPart } from "./evaluate.js";
import { SHARED_DIRECTORY, sharedDirectory } from "./sharedDirectory.js";

/**
 * `npm run eval:news`: the extractor's figures against the knowledge base the product ships
 * (data/issuers, as `loadKnowledge()` reads it) layered over the securities directory of
 * `../shared/data/securities` when it is there, set by set (see eval/news/README.md).
 * `npm run eval:news -- DIR...` scores other sets laid out the same way (DIR/gold.yaml, DIR/articles/).
 */
const SETS: readonly (readonly [string, string])[] = [
  ["heldout", "written blind, then used to improve the rules (eval/news/heldout)"],
  ["blind2", "written blind, then used to improve the rules (eval/news/blind2)"],
  ["dev3", "written apart from the rules, then used to improve them (eval/news/dev3)"],
  ["dev4", "written apart from the rules, then used to improve them (eval/news/dev4)"],
  ["dev5", "newsroom pages written apart from the rules, many companies outside the knowledge base (eval/news/dev5)"],
  ["blind3", "written blind, scored once as written, then used to improve the rules (eval/news/blind3)"],
  ["blind4", "written blind, scored once as written, then used to improve the rules (eval/news/blind4)"],
  ["blind5", "written blind, scored once as written, then used to improve the rules (eval/news/blind5)"],
  ["blind6", "written blind, scored once as written, then used to improve the rules (eval/news/blind6)"],
  ["blind7", "written blind, scored once as written, then used to improve the rules (eval/news/blind7)"],
  ["blind8", "newsroom pages written blind, scored once as written, then development data (eval/news/blind8)"],
  ["blind9", "articles written blind for roles and event times, scored once as written, then development data (eval/news/blind9)"],
  ["blind10", "articles written blind for the whole reader, scored once as written, then development data (eval/news/blind10)"],
  ["blind11", "articles written blind for the whole reader, scored once as written, then development data (eval/news/blind11)"],
];

const knowledge = loadKnowledge();
const directory = sharedDirectory();
const dirs = process.argv.slice(2);
const parts: string[] = [
  directory === undefined ? `No securities directory at ${SHARED_DIRECTORY}: linking with the knowledge base only.` : `Securities directory: ${SHARED_DIRECTORY} (${directory.size.toLocaleString("en")} equity listings).`,
];
if (dirs.length > 0) {
  for (const dir of dirs) parts.push(evaluationText(evaluate(knowledge, resolve(dir), directory), dir));
} else {
  const all = evaluate(knowledge, EVAL_DIR, directory);
  const heldOut = heldOutPart(all);
  parts.push(evaluationText(all));
  if (heldOut.articles > 0) parts.push(evaluationText(heldOut, "held-out"));
  for (const [name, label] of SETS) {
    const dir = join(EVAL_DIR, name);
    if (existsSync(join(dir, "gold.yaml"))) parts.push(evaluationText(evaluate(knowledge, dir, directory), label));
  }
}
process.stdout.write(parts.join("\n\n") + "\n");

import { fixtureKnowledge } from "../fixtures/fixtureKnowledge.js";
import { evaluate, evaluationText } from "./evaluate.js";

/** `npm run eval:news`: the extractor's figures on the evaluation set, against the fixture knowledge base. */
process.stdout.write(evaluationText(evaluate(fixtureKnowledge())) + "\n");

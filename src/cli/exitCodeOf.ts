import { InputError } from "../data/inputError.js";
import { ProviderError } from "../data/providers/index.js";
import { StoreError } from "../data/store/storeError.js";
import { LlmError } from "../news/llm.js";
import { KnowledgeError } from "../news/knowledge/loadKnowledge.js";
import { StudyInputError } from "../study/studyInputError.js";
import { EXIT } from "./exitCodes.js";

/**
 * The exit code of an error a user can act on: an unreachable service (the network, an LLM endpoint)
 * or a store held by another process exits 3 like a study with nothing measured; bad input (a store
 * file that is no database among it) exits 2. Undefined for the unexpected.
 */
export function exitCodeOf(e: unknown): number | undefined {
  if (e instanceof LlmError || e instanceof ProviderError) return EXIT.noResult;
  if (e instanceof StoreError) return e.code === "busy" ? EXIT.noResult : EXIT.badInput;
  if (e instanceof InputError || e instanceof StudyInputError || e instanceof KnowledgeError || e instanceof RangeError) return EXIT.badInput;
  return undefined;
}

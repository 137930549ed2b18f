import { join } from "node:path";
import { SecuritiesDirectory, isDirectoryFolder, readDirectoryFolder } from "../../data/directory/index.js";
import { projectRoot } from "../knowledge/loadKnowledge.js";

/** The securities directory beside the repository (`../shared/data/securities`). */
export const SHARED_DIRECTORY = join(projectRoot(), "..", "shared", "data", "securities");

let cached: SecuritiesDirectory | undefined;

/**
 * The directory the evaluation links with, read from `../shared/data/securities` (not from a store,
 * so that the figures do not depend on what a user imported); undefined when the folder is absent.
 */
export function sharedDirectory(): SecuritiesDirectory | undefined {
  if (cached === undefined && isDirectoryFolder(SHARED_DIRECTORY)) cached = SecuritiesDirectory.fromRows(readDirectoryFolder(SHARED_DIRECTORY));
  return cached;
}

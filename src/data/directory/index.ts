export { SecuritiesDirectory, listingStatus } from "./directory.js";
export type { DirectoryIndexData, DirectoryListing, DirectoryNameUse } from "./directory.js";
export { chineseKey, nameKey, nameWords, LEGAL_WORDS } from "./names.js";
export { isDirectoryFolder, readDirectoryFolder } from "./rows.js";

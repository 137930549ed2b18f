export { SecuritiesDirectory, indexDirectory, listingStatus } from "./directory.js";
export type { DirectoryIndexData, DirectoryListing, DirectoryNameUse } from "./directory.js";
export { chineseKey, nameKey, nameWords, LEGAL_WORDS } from "./names.js";
export { COMPLETE_LISTS } from "./listingPeriod.js";
export { DIRECTORY_FILES, isDirectoryFolder, readDirectoryFolder } from "./rows.js";
export type { DirectoryRows, DirectorySecurity, DirectoryName } from "./rows.js";

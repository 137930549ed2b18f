export { importFile, importText } from "./importFile.js";
export { FORMAT_NAMES, INDEX_SYMBOLS, baseSymbol, detectFormat } from "./formats.js";
export type { FormatName } from "./formats.js";
export { importSummary } from "./summarize.js";

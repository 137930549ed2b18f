export { InputError, renderInputError } from "../inputError.js";
export type { InputLocation } from "../inputError.js";
export { DATE_FORMATS, MISSING_TOKENS, isMissing, parseDay, parseValue } from "./cells.js";
export { parseTable, readText } from "./table.js";
export type { CsvOptions, CsvRow, CsvTable } from "./table.js";
export { parseWideCsv, readWideCsv } from "./wide.js";
export type { WideCsvOptions } from "./wide.js";
export { LONG_DATE_ALIASES, LONG_SECURITY_ALIASES, LONG_VALUE_ALIASES, parseLongCsv, readLongCsv } from "./long.js";
export type { LongCsvOptions } from "./long.js";
export {
  EVENT_DATE_ALIASES,
  EVENT_GROUP_ALIASES,
  EVENT_ID_ALIASES,
  EVENT_MARKET_ALIASES,
  EVENT_SECURITY_ALIASES,
  parseEventsCsv,
  readEventsCsv,
} from "./events.js";
export type { EventRecord, EventsCsvOptions } from "./events.js";

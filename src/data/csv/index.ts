export { readWideCsv } from "./wide.js";
export { LONG_SECURITY_ALIASES, readLongCsv } from "./long.js";
export {
  parseEventsCsv,
  readEventsCsv,
} from "./events.js";
export type { EventRecord } from "./events.js";

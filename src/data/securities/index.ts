export { CSI_300, EXCHANGES, exchange } from "./exchanges.js";
export { KNOWN_INDEXES, benchmarkFor, parseSymbol } from "./symbols.js";
export {
  defaultSecuritiesMaster,
  listingDate,
  parseSecuritiesSeed,
} from "./seed.js";

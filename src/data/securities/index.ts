export { CSI_300, EXCHANGES, HANG_SENG, MARKETS, NASDAQ_100, SP_500, exchange } from "./exchanges.js";
export type { Country, Exchange } from "./exchanges.js";
export { KNOWN_INDEXES, SECURITY_KINDS, benchmarkFor, parseSymbol } from "./symbols.js";
export type { ParsedSymbol, SecurityKind } from "./symbols.js";
export {
  DEFAULT_SEED_PATH,
  SecuritiesMaster,
  defaultSecuritiesMaster,
  listingDate,
  loadSecuritiesMaster,
  parseSecuritiesSeed,
} from "./seed.js";
export type { Issuer, SecuritiesSeed, SecurityDescription } from "./seed.js";

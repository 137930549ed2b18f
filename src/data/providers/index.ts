/** Market data over the network, as ImportBatches: Yahoo's chart API and Stooq's CSV download. */
export type { Provider } from "./provider.js";
export { ProviderUnreachableError } from "./errors.js";
export { yahooChart } from "./yahooChart.js";
export { stooqDaily } from "./stooqDaily.js";

/** Market data over the network, as ImportBatches: Yahoo's chart API and Stooq's CSV download. */
export type { BarRequest, FetchDailyOptions, FetchLike, Provider } from "./provider.js";
export type { HttpOptions, HttpResponse } from "./http.js";
export type { Clock } from "./clock.js";
export { ProviderDataError, ProviderError, ProviderHttpError, ProviderUnreachableError, UnsupportedSymbolError } from "./errors.js";
export { YAHOO_CHART, readYahooChart, yahooChart, yahooChartUrl, yahooSymbol } from "./yahooChart.js";
export { STOOQ_DAILY, readStooqCsv, stooqDaily, stooqDailyUrl } from "./stooqDaily.js";
export type { StooqOptions } from "./stooqDaily.js";
export { stooqSymbol } from "./stooqSymbol.js";

import type { ImportReport, Store } from "../data/store/index.js";
import { dayNumber } from "../calendar/days.js";
import { stooqDaily, yahooChart, type Provider } from "../data/providers/index.js";
import { withStore } from "./environment.js";

export const PROVIDERS = { yahoo: yahooChart, stooq: stooqDaily } as const;
export type ProviderName = keyof typeof PROVIDERS;

/**
 * Fetches daily bars from a provider and caches them in the store (one transaction per symbol, the
 * provider's name as the source). Offline, the provider's error says so and suggests importing a file.
 */
async function fetchPrices(store: Store, provider: ProviderName, symbols: readonly string[], from: number, to: number): Promise<ImportReport[]> {
  const client: Provider = PROVIDERS[provider]({});
  const reports: ImportReport[] = [];
  for (const symbol of symbols) {
    const batch = await client.fetchDaily(symbol, from, to);
    reports.push(await store.importBatch({ ...batch, source: provider }));
  }
  return reports;
}

/** {@link fetchPrices} into the store at `storePath`, for the days `from` to `to` (YYYY-MM-DD, both included). */
export function fetchPricesInto(
  storePath: string | undefined,
  provider: ProviderName,
  symbols: readonly string[],
  from: string,
  to: string,
): Promise<ImportReport[]> {
  return withStore(storePath, (store) => fetchPrices(store, provider, symbols, dayNumber(from), dayNumber(to)));
}

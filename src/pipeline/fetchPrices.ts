import type { ImportReport, Store } from "../data/store/index.js";
import { stooqDaily, yahooChart, type Provider } from "../data/providers/index.js";

export const PROVIDERS = { yahoo: yahooChart, stooq: stooqDaily } as const;
export type ProviderName = keyof typeof PROVIDERS;

/**
 * Fetches daily bars from a provider and caches them in the store (one transaction per symbol, the
 * provider's name as the source). Offline, the provider's error says so and suggests importing a file.
 */
export async function fetchPrices(
  store: Store,
  provider: ProviderName,
  symbols: readonly string[],
  from: number,
  to: number,
): Promise<ImportReport[]> {
  const client: Provider = PROVIDERS[provider]({});
  const reports: ImportReport[] = [];
  for (const symbol of symbols) {
    const batch = await client.fetchDaily(symbol, from, to);
    reports.push(await store.importBatch({ ...batch, source: provider }));
  }
  return reports;
}

/**
 * The exchanges aftershock knows, by ISO 10383 market identifier code (MIC).
 *
 * `benchmark` is the symbol of the index an event study uses as "the market" for a listing on that
 * exchange unless the study says otherwise. The store's migration 2 writes these same rows into its
 * `exchanges` table (frozen as SQL there; a test checks the two agree).
 */

export type Country = "HK" | "CN" | "US";

export interface Exchange {
  readonly mic: string;
  readonly name: string;
  readonly country: Country;
  readonly currency: string;
  /** IANA time zone of the exchange's sessions. */
  readonly timeZone: string;
  readonly benchmark: string;
}

/** Symbol the importers use for the CSI 300 index (`indices/CSI_300.csv`), Yahoo's spelling. */
export const CSI_300 = "^CSI300";
export const HANG_SENG = "^HSI";
export const SP_500 = "^GSPC";
export const NASDAQ_100 = "^NDX";

export const EXCHANGES: readonly Exchange[] = [
  { mic: "XHKG", name: "Hong Kong Exchanges and Clearing", country: "HK", currency: "HKD", timeZone: "Asia/Hong_Kong", benchmark: HANG_SENG },
  { mic: "XNYS", name: "New York Stock Exchange", country: "US", currency: "USD", timeZone: "America/New_York", benchmark: SP_500 },
  { mic: "XNAS", name: "Nasdaq", country: "US", currency: "USD", timeZone: "America/New_York", benchmark: SP_500 },
  { mic: "ARCX", name: "NYSE Arca", country: "US", currency: "USD", timeZone: "America/New_York", benchmark: SP_500 },
  { mic: "XSHG", name: "Shanghai Stock Exchange", country: "CN", currency: "CNY", timeZone: "Asia/Shanghai", benchmark: CSI_300 },
  { mic: "XSHE", name: "Shenzhen Stock Exchange", country: "CN", currency: "CNY", timeZone: "Asia/Shanghai", benchmark: CSI_300 },
];

const BY_MIC = new Map(EXCHANGES.map((e) => [e.mic, e]));

/** The exchange with this MIC, or undefined. */
export function exchange(mic: string): Exchange | undefined {
  return BY_MIC.get(mic);
}

/** Default benchmark, currency and time zone of a country's market (used when the exact venue is unknown). */
export const MARKETS: Readonly<Record<Country, { readonly benchmark: string; readonly currency: string; readonly timeZone: string }>> = {
  HK: { benchmark: HANG_SENG, currency: "HKD", timeZone: "Asia/Hong_Kong" },
  CN: { benchmark: CSI_300, currency: "CNY", timeZone: "Asia/Shanghai" },
  US: { benchmark: SP_500, currency: "USD", timeZone: "America/New_York" },
};

/**
 * Stooq's spelling of a project symbol (Stooq symbols are lower case, market after a dot):
 *
 * - US listing: ticker + `.us`, share class with a dash: BIDU → bidu.us, BRK.B (or BRK-B) → brk-b.us
 * - Hong Kong: code without leading zeros + `.hk`: 0700.HK → 700.hk, 09988.HK → 9988.hk
 * - Indexes, from a fixed table (Yahoo's spelling on the left): ^GSPC and ^SPX → ^spx,
 *   ^HSI → ^hsi, ^NDX → ^ndx, ^DJI → ^dji, ^IXIC → ^ndq (Nasdaq Composite)
 * - Exchange rates, Yahoo's `XXX=X` (USD/XXX) and `AAABBB=X`: CNY=X → usdcny, EURUSD=X → eurusd
 *
 * Anything else (mainland listings such as 600519.SS, indexes not in the table) has no mapping
 * here: an {@link UnsupportedSymbolError} rather than a guess that could name another instrument.
 */
import { UnsupportedSymbolError } from "./errors.js";

const INDEXES: Readonly<Record<string, string>> = {
  "^GSPC": "^spx",
  "^SPX": "^spx",
  "^HSI": "^hsi",
  "^NDX": "^ndx",
  "^DJI": "^dji",
  "^IXIC": "^ndq",
};

const US_TICKER = /^([A-Z]{1,5})(?:[.-]([A-Z]))?$/;
const HK_LISTING = /^0*(\d{1,5})\.HK$/;
const FX = /^([A-Z]{3})?([A-Z]{3})=X$/;

/** The Stooq symbol of `symbol`; throws an {@link UnsupportedSymbolError} when there is none. */
export function stooqSymbol(symbol: string, provider: string): string {
  const index = INDEXES[symbol];
  if (index !== undefined) return index;
  const hk = HK_LISTING.exec(symbol);
  if (hk) return `${hk[1]}.hk`;
  const us = US_TICKER.exec(symbol);
  if (us) return `${us[1]!.toLowerCase()}${us[2] === undefined ? "" : `-${us[2].toLowerCase()}`}.us`;
  const fx = FX.exec(symbol);
  if (fx) return `${fx[1] ?? "USD"}${fx[2]}`.toLowerCase();
  throw new UnsupportedSymbolError(
    provider,
    `no Stooq symbol for ${symbol}: Stooq is mapped for US tickers, Hong Kong listings (0700.HK), exchange rates (CNY=X) ` +
      `and the indexes ${Object.keys(INDEXES).join(", ")}; try the yahoo-chart provider or import a file: aftershock import FILE`,
  );
}

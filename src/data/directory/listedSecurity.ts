/**
 * One row of an exchange's current list, in the directory's terms (see its README): a Yahoo-style
 * symbol, the MIC, the name as the directory writes it (US: company name; HK: the HKEX short name),
 * the code as the source writes it, and the security type.
 */
export interface ListedSecurity {
  readonly symbol: string;
  readonly exchange: string;
  readonly name: string;
  readonly localCode: string;
  readonly securityType: string;
}

/** An SEC registrant's ticker (company_tickers_exchange.json): its CIK and name. */
export interface SecTicker {
  readonly cik: string;
  readonly name: string;
}

/** A row of a list left out, with its line and the code as the list writes it. */
export interface SkippedRow {
  readonly line: number;
  readonly code: string;
}

/**
 * What a symbol's spelling says about the instrument, with no lookup: `<code>.<suffix>` for Hong Kong
 * and mainland listings (0700.HK, 600519.SS, 300750.SZ), a bare ticker for US listings (BIDU,
 * BRK.B), `^` for indexes (^HSI), `=X` for exchange rates (CNY=X is USD/CNY, Yahoo's spelling).
 *
 * A bare US ticker does not say whether it trades on NYSE or Nasdaq: `mic` is null here and the
 * securities master (seed.ts) fills it in for the names it knows.
 */
import { CSI_300, exchange, HANG_SENG, MARKETS, NASDAQ_100, SP_500, type Country } from "./exchanges.js";

export const SECURITY_KINDS = ["equity", "adr", "etf", "index", "fx"] as const;
export type SecurityKind = (typeof SECURITY_KINDS)[number];

export interface ParsedSymbol {
  readonly symbol: string;
  /** The symbol without suffix or `^` (0700, BIDU, HSI, CNY). */
  readonly code: string;
  readonly kind: SecurityKind;
  /** Exchange MIC when the spelling determines it (or, for an index, its home market); else null. */
  readonly mic: string | null;
  readonly country: Country | null;
  readonly currency: string | null;
}

interface IndexFacts {
  readonly mic: string | null;
  readonly country: Country;
  readonly name: string;
}

/** Indexes whose home market is known (the CSI 300 is ^CSI300: Yahoo's 000300.SS reads like a Shanghai listing). */
export const KNOWN_INDEXES: Readonly<Record<string, IndexFacts>> = {
  [HANG_SENG]: { mic: "XHKG", country: "HK", name: "Hang Seng Index" },
  "^HSTECH": { mic: "XHKG", country: "HK", name: "Hang Seng TECH Index" },
  [SP_500]: { mic: "XNYS", country: "US", name: "S&P 500" },
  [NASDAQ_100]: { mic: "XNAS", country: "US", name: "Nasdaq-100" },
  [CSI_300]: { mic: "XSHG", country: "CN", name: "CSI 300" },
  "000001.SS": { mic: "XSHG", country: "CN", name: "SSE Composite Index" },
  "399001.SZ": { mic: "XSHE", country: "CN", name: "SZSE Component Index" },
};

const SUFFIXES: Readonly<Record<string, { mic: string; code: RegExp }>> = {
  HK: { mic: "XHKG", code: /^\d{4,5}$/ },
  SS: { mic: "XSHG", code: /^\d{6}$/ },
  SZ: { mic: "XSHE", code: /^\d{6}$/ },
};

const US_TICKER = /^[A-Z]{1,5}(\.[A-Z])?$/;
const INDEX = /^\^[A-Z0-9]{1,15}$/;
const FX = /^([A-Z]{3})?([A-Z]{3})=X$/;

/** What the spelling of `symbol` says, or undefined when it follows none of the conventions above. */
export function parseSymbol(symbol: string): ParsedSymbol | undefined {
  const known = KNOWN_INDEXES[symbol];
  if (known !== undefined) {
    const code = symbol.startsWith("^") ? symbol.slice(1) : symbol.slice(0, symbol.indexOf("."));
    return { symbol, code, kind: "index", mic: known.mic, country: known.country, currency: MARKETS[known.country].currency };
  }
  if (INDEX.test(symbol)) {
    return { symbol, code: symbol.slice(1), kind: "index", mic: null, country: null, currency: null };
  }
  const fx = FX.exec(symbol);
  if (fx) {
    return { symbol, code: symbol.slice(0, -2), kind: "fx", mic: null, country: null, currency: fx[2]! };
  }
  const dot = symbol.lastIndexOf(".");
  if (dot > 0) {
    const rule = SUFFIXES[symbol.slice(dot + 1)];
    const code = symbol.slice(0, dot);
    if (rule !== undefined) {
      if (!rule.code.test(code)) return undefined;
      const ex = exchange(rule.mic)!;
      return { symbol, code, kind: "equity", mic: ex.mic, country: ex.country, currency: ex.currency };
    }
  }
  if (US_TICKER.test(symbol)) {
    return { symbol, code: symbol, kind: "equity", mic: null, country: "US", currency: "USD" };
  }
  return undefined;
}

/**
 * The default benchmark index for a listing: ^HSI for Hong Kong, ^CSI300 (CSI 300) for Shanghai and
 * Shenzhen, ^GSPC for US listings. Undefined for indexes, exchange rates and unrecognised symbols.
 */
export function benchmarkFor(symbol: string): string | undefined {
  const parsed = parseSymbol(symbol);
  if (parsed === undefined || parsed.kind === "index" || parsed.kind === "fx") return undefined;
  if (parsed.mic !== null) return exchange(parsed.mic)?.benchmark;
  return parsed.country === null ? undefined : MARKETS[parsed.country].benchmark;
}

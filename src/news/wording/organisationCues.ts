/**
 * How newsrooms write that a name is an organisation, as data: bracketed tickers and the phrases
 * around a company's name. Each example is a test (organisationCues.test.ts): the pattern must find
 * the name it gives.
 */

/** An exchange prefix in a bracketed ticker ("NASDAQ: MU") → how its codes are written as symbols. */
export const EXCHANGE_PREFIXES: readonly { readonly prefix: RegExp; readonly market: "US" | "HK" | "SS" | "SZ" | "other" }[] = [
  { prefix: /^(?:NASDAQ(?:GS|GM|CM)?|Nasdaq|NYSE(?:\s*American|\s*MKT|\s*Arca)?|NYSEAMERICAN|AMEX|Nyse)$/, market: "US" },
  { prefix: /^(?:HKEX|HKEx|HKG|SEHK|HK|HKSE)$/, market: "HK" },
  { prefix: /^(?:SSE|SHA|Shanghai|SH)$/, market: "SS" },
  { prefix: /^(?:SZSE|SHE|Shenzhen|SZ)$/, market: "SZ" },
  { prefix: /^(?:OTC|OTCQX|OTCQB|OTCMKTS|LSE|LON|TSE|TYO|TSX|ASX|FRA|ETR|XETRA|EPA|SIX|KRX|BSE|NSE)$/, market: "other" },
];

/** A Reuters-style code suffix ("EFX.N", "MU.O", "9988.HK") → market. */
export const RIC_SUFFIXES: Readonly<Record<string, "US" | "HK" | "SS" | "SZ" | "other">> = {
  N: "US", O: "US", OQ: "US", A: "US", K: "US", P: "US", HK: "HK", SS: "SS", SH: "SS", SZ: "SZ", L: "other", T: "other", TO: "other", DE: "other", PA: "other", AX: "other", KS: "other",
};

/** One ticker written in brackets after a name; several may share one bracket ("NYSE: BABA; HKEX: 9988"). */
export const BRACKET = /\(((?:[A-Za-z][A-Za-z ]{0,14}\s*:\s*[A-Z0-9][A-Z0-9.\-/]{0,9}|[A-Z0-9][A-Z0-9\-/]{0,9}\.[A-Z]{1,2})(?:\s*[;,/]\s*(?:[A-Za-z][A-Za-z ]{0,14}\s*:\s*[A-Z0-9][A-Z0-9.\-/]{0,9}|[A-Z0-9][A-Z0-9\-/]{0,9}\.[A-Z]{1,2}))*)\)/g;

export const BRACKET_EXAMPLES: readonly { readonly text: string; readonly tickers: readonly (readonly [market: string, code: string])[] }[] = [
  { text: "Micron Technology (NASDAQ: MU) said", tickers: [["US", "MU"]] },
  { text: "Equifax Inc. (NYSE:EFX) shares", tickers: [["US", "EFX"]] },
  { text: "Equifax (EFX.N) fell", tickers: [["US", "EFX"]] },
  { text: "Alibaba (9988.HK) rose", tickers: [["HK", "9988"]] },
  { text: "Alibaba Group (NYSE: BABA; HKEX: 9988) reported", tickers: [["US", "BABA"], ["HK", "9988"]] },
  { text: "Kweichow Moutai (600519.SS) gained", tickers: [["SS", "600519"]] },
  { text: "CATL (SZSE: 300750) said", tickers: [["SZ", "300750"]] },
  { text: "Experian (LSE: EXPN) said", tickers: [["other", "EXPN"]] },
  { text: "Berkshire Hathaway (NYSE: BRK.B) owns", tickers: [["US", "BRK.B"]] },
];

/**
 * Phrases that write a name as a company ("shares of X", "X's chief executive", "X, the battery
 * maker"): `before` ends right before the name, `after` starts right after it.
 */
export interface CompanyUse {
  readonly side: "before" | "after";
  readonly pattern: RegExp;
  readonly examples: readonly (readonly [text: string, name: string])[];
}

const BUSINESS_NOUN =
  "shares|stock|chief\\s+executive|CEO|chief\\s+financial\\s+officer|CFO|chair(?:man|woman)?|founder|board|revenue|sales|profit|earnings|results|subsidiary|unit|parent|stake|valuation|market\\s+(?:value|capitalisation|capitalization)|bonds|debt|creditors|shareholders|investors|customers|employees|IPO|listing|headquarters|spokes(?:person|man|woman)|app|platform|products?|brand";
const MAKER_NOUN =
  "maker|company|firm|group|giant|operator|provider|developer|retailer|bank|lender|insurer|producer|manufacturer|chain|platform|carrier|miner|owner|supplier|conglomerate|startup|start-up|specialist|designer|builder|brokerage|broker|agency|tutor|educator|platform|exchange|network|utility|airline|automaker|chipmaker|drugmaker|carmaker";

export const COMPANY_USES: readonly CompanyUse[] = [
  {
    side: "before",
    pattern: /\b(?:shares|stock|stake|bonds|units?|ADRs|ADSs|subsidiary|unit|owner|parent|rival|peer|acquisition|purchase|takeover|bid)\s+(?:in|of|for)\s+$/i,
    examples: [["Shares of Gaotu Techedu slumped", "Gaotu Techedu"], ["its stake in Lufax was cut", "Lufax"]],
  },
  {
    side: "before",
    pattern: /\b(?:chief\s+executive|CEO|chief\s+financial\s+officer|CFO|chair(?:man|woman)?|founder|co-founder|president|head|shareholders|investors|customers|employees)\s+of\s+$/i,
    examples: [["the chief executive of TransUnion said", "TransUnion"]],
  },
  {
    side: "after",
    pattern: new RegExp(`^(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?(?:${BUSINESS_NOUN})\\b`, "i"),
    examples: [["TransUnion's chief executive said", "TransUnion"], ["Lufax’s shares fell", "Lufax"]],
  },
  {
    side: "after",
    pattern: new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:${MAKER_NOUN})s?\\b`, "i"),
    examples: [["Sunwoda, the battery maker, said", "Sunwoda"], ["Shimao, a Shanghai-based property developer,", "Shimao"]],
  },
  {
    side: "after",
    pattern: /^\s+(?:shares|stock|ADRs|ADSs)\s+(?:rose|fell|jumped|slumped|tumbled|climbed|dropped|gained|lost|surged|sank|plunged|soared|slid|were|closed|traded|ended)\b/i,
    examples: [["Vipshop shares fell 5%", "Vipshop"]],
  },
  {
    side: "after",
    pattern: /^\s+(?:said|says|announced|reported|posted|disclosed|confirmed|denied|declined\s+to\s+comment|did\s+not\s+respond|agreed\s+to|plans\s+to|filed\s+(?:for|a|an))\b/,
    examples: [["Lufax said on Tuesday", "Lufax"]],
  },
];

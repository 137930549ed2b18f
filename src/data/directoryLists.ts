/**
 * Downloading the exchanges' and the SEC's current lists for a directory refresh: Nasdaq Trader's
 * symbol directory (Nasdaq, NYSE, NYSE American, NYSE Arca, Cboe BZX, IEX), the SEC's
 * company_tickers_exchange.json (CIKs) and HKEX's List of Securities. Every list is read before any is
 * used, so a failure midway leaves nothing half merged. No stable public list of Shanghai or Shenzhen
 * is known that can be read without a browser, so their rows are not refreshed.
 */
import { AftershockError } from "../shared/errors.js";
import { parseHkexList } from "./directory/hkexList.js";
import type { MarketList, RefreshInput } from "./directory/refresh.js";
import { parseNasdaqTrader } from "./directory/nasdaqTrader.js";
import { parseSecTickers } from "./directory/secTickers.js";
import { HttpClient, type HttpOptions } from "./providers/http.js";
import { ProviderHttpError, ProviderUnreachableError } from "./providers/errors.js";
import type { SecTicker } from "./directory/listedSecurity.js";

/** Where the lists are; tests point them at a local server. */
export interface DirectorySources {
  /** Folder holding nasdaqlisted.txt and otherlisted.txt. */
  readonly nasdaqTrader: string;
  readonly secTickers: string;
  readonly hkexList: string;
}

export const DEFAULT_SOURCES: DirectorySources = {
  nasdaqTrader: "https://www.nasdaqtrader.com/dynamic/SymDir/",
  secTickers: "https://www.sec.gov/files/company_tickers_exchange.json",
  hkexList: "https://www.hkex.com.hk/eng/services/trading/securities/securitieslists/ListOfSecurities.xlsx",
};

/** The environment variable holding the User-Agent the SEC asks for ("Name contact@example.com"). */
export const SEC_USER_AGENT_VARIABLE = "AFTERSHOCK_SEC_USER_AGENT";

/** What the refresh leaves as it is, and why: printed by the command and stated in the README. */
export const NOT_REFRESHED = "Shanghai and Shenzhen (XSHG, XSHE): not refreshed, no stable public list of either exchange is known that can be read without a browser; their rows are left as they are";

/** The US exchanges a Nasdaq Trader directory covers: their stored rows missing from it are gone. */
const US_EXCHANGES = ["XNAS", "XNYS", "XASE", "ARCX", "BATS", "IEXG"];

/** The User-Agent to send the SEC, or an error saying how to give one. */
export function secUserAgent(given: string | undefined): string {
  const ua = given?.trim() ?? "";
  if (!/\S+@\S+\.\S+/.test(ua)) {
    throw new AftershockError(
      "input",
      { field: "user-agent" },
      `the SEC asks callers to name themselves with a contact: give --sec-user-agent "Your Name you@example.com" or set ${SEC_USER_AGENT_VARIABLE}${ua === "" ? "" : ` (got "${ua}", which has no e-mail address)`}`,
    );
  }
  return ua;
}

/** Downloads and reads every list; throws before anything is merged when one cannot be had. */
export async function downloadDirectoryLists(options: { sources?: DirectorySources; userAgent: string; today: string; http?: HttpOptions }): Promise<RefreshInput> {
  try {
    return await download(options);
  } catch (e) {
    if (!(e instanceof ProviderUnreachableError)) throw e;
    throw new AftershockError(
      "unreachable",
      {},
      `cannot reach ${e.host} (${e.reason}); the stored directory is unchanged. Import a directory folder instead: aftershock import FOLDER (one holding securities.csv and names.csv, e.g. ../shared/data/securities)`,
      { provider: e.provider, host: e.host },
      { cause: e },
    );
  }
}

async function download(options: { sources?: DirectorySources; userAgent: string; today: string; http?: HttpOptions }): Promise<RefreshInput> {
  const sources = options.sources ?? DEFAULT_SOURCES;
  const http = options.http ?? {};
  const nasdaq = new HttpClient("nasdaqtrader", 500, http);
  const sec = new HttpClient("sec", 200, { ...http, userAgent: options.userAgent });
  const hkex = new HttpClient("hkex", 500, http);
  const folder = sources.nasdaqTrader.endsWith("/") ? sources.nasdaqTrader : `${sources.nasdaqTrader}/`;
  const text = async (client: HttpClient, provider: string, url: string): Promise<string> => {
    const r = await client.getText(url);
    if (r.status !== 200) throw new ProviderHttpError(provider, url, r.status, "the list could not be downloaded");
    return r.body;
  };
  const listed = await text(nasdaq, "nasdaqtrader", `${folder}nasdaqlisted.txt`);
  const other = await text(nasdaq, "nasdaqtrader", `${folder}otherlisted.txt`);
  const tickers = await text(sec, "sec", sources.secTickers);
  const xlsx = await hkex.getBytes(sources.hkexList);
  if (xlsx.status !== 200) throw new ProviderHttpError("hkex", sources.hkexList, xlsx.status, "the list could not be downloaded");
  const nasdaqListed = parseNasdaqTrader(listed, `${folder}nasdaqlisted.txt`);
  const otherListed = parseNasdaqTrader(other, `${folder}otherlisted.txt`);
  const us: MarketList = {
    market: "US",
    exchanges: US_EXCHANGES,
    securities: [...nasdaqListed.securities, ...otherListed.securities],
    source: "NASDAQTRADER",
    asOf: nasdaqListed.created,
    skipped: [...nasdaqListed.skipped, ...otherListed.skipped].map((r) => r.code),
  };
  const hk = await parseHkexList(xlsx.body, sources.hkexList);
  const hongKong: MarketList = { market: "XHKG", exchanges: ["XHKG"], securities: hk.securities, source: "HKEX_LIST", asOf: hk.updated, skipped: [] };
  const secTickers: Map<string, SecTicker> = parseSecTickers(tickers, sources.secTickers);
  return { today: options.today, sec: secTickers, lists: [us, hongKong] };
}

import type { Command } from "commander";
import {
  DEFAULT_SOURCES,
  NOT_REFRESHED,
  SEC_USER_AGENT_VARIABLE,
  refreshStoredDirectory,
  secUserAgent,
  type MarketChanges,
} from "../../pipeline/securitiesDirectory.js";
import { storeOption } from "../storeOption.js";

/** Lines listed per kind of change; the rest are counted. */
const SHOWN = 20;

/**
 * `aftershock directory refresh`: the stored securities directory brought up to date from the
 * exchanges' lists. A command of its own beside `import` (files into the store) and `fetch` (prices
 * from a provider): it downloads, and its subject is the directory, not prices.
 */
export function directoryCommand(program: Command): void {
  const directory = program.command("directory").description("the stored securities directory");
  directory
    .command("refresh")
    .description(
      "download today's lists (Nasdaq Trader, SEC, HKEX), merge them into the stored directory as a snapshot dated today, and print what changed (needs the network)",
    )
    .option("--sec-user-agent <text>", `who is asking, with a contact, as the SEC asks ("Name you@example.com"; default: $${SEC_USER_AGENT_VARIABLE})`)
    .option("--nasdaq-trader-url <url>", "folder of nasdaqlisted.txt and otherlisted.txt", DEFAULT_SOURCES.nasdaqTrader)
    .option("--sec-url <url>", "the SEC's company_tickers_exchange.json", DEFAULT_SOURCES.secTickers)
    .option("--hkex-url <url>", "HKEX's ListOfSecurities.xlsx", DEFAULT_SOURCES.hkexList)
    .addOption(storeOption())
    .action(async (opts: { secUserAgent?: string; nasdaqTraderUrl: string; secUrl: string; hkexUrl: string; store?: string }) => {
      const userAgent = secUserAgent(opts.secUserAgent ?? process.env[SEC_USER_AGENT_VARIABLE]);
      const today = new Date().toISOString().slice(0, 10);
      const r = await refreshStoredDirectory(opts.store, {
        today,
        userAgent,
        sources: { nasdaqTrader: opts.nasdaqTraderUrl, secTickers: opts.secUrl, hkexList: opts.hkexUrl },
      });
      const out = [
        `securities directory refreshed as of ${today}: ${r.securities.toLocaleString("en")} symbols, ${r.names.toLocaleString("en")} names (the stored directory replaced)`,
      ];
      for (const c of r.changes) out.push(...marketLines(c));
      out.push(NOT_REFRESHED);
      process.stdout.write(`${out.join("\n")}\n`);
    });
}

function marketLines(c: MarketChanges): string[] {
  const lines = [
    `${c.market}${c.asOf === "" ? "" : ` (list of ${c.asOf})`}: ${c.listed.toLocaleString("en")} listed; ${c.added.length} new, ${c.renamed.length} renamed, ${c.gone.length} gone from the latest list, ${c.reused.length} reused tickers, ${c.tickerChanges.length} ticker changes`,
  ];
  const list = <T>(title: string, items: readonly T[], line: (t: T) => string): void => {
    if (items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const t of items.slice(0, SHOWN)) lines.push(`    ${line(t)}`);
    if (items.length > SHOWN) lines.push(`    ... and ${items.length - SHOWN} more`);
  };
  if (c.skipped.length > 0)
    lines.push(
      `  left out, symbols with no Yahoo-style spelling (${c.skipped.length}): ${c.skipped.slice(0, SHOWN).join(" ")}${c.skipped.length > SHOWN ? " ..." : ""}`,
    );
  list("new", c.added, (s) => `${s.symbol} ${s.exchange} ${s.name}`);
  list("renamed", c.renamed, (s) => `${s.symbol} ${s.from} -> ${s.to}`);
  list("gone", c.gone, (s) => `${s.symbol} ${s.name}`);
  list("ticker changed", c.tickerChanges, (t) => `${t.from} -> ${t.to} (CIK ${t.cik})`);
  list("reused ticker", c.reused, (s) => `${s.symbol} was ${s.before} (CIK ${s.beforeCik}), now ${s.now} (CIK ${s.cik})`);
  return lines;
}

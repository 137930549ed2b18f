import { Option, type Command } from "commander";
import { fetchPricesInto, PROVIDERS, type ProviderName } from "../../pipeline/fetchPrices.js";
import { reportLine } from "../../pipeline/importPaths.js";
import { parseDate } from "../parseDate.js";
import { storeOption } from "../storeOption.js";

export function fetchCommand(program: Command): void {
  program
    .command("fetch")
    .description("download daily prices from a provider into the store (needs the network)")
    .argument("<symbols...>", "securities, e.g. 9888.HK BIDU ^HSI")
    .addOption(new Option("--provider <name>", "where from").choices(Object.keys(PROVIDERS)).default("yahoo"))
    .requiredOption("--from <date>", "first day, YYYY-MM-DD", parseDate)
    .requiredOption("--to <date>", "last day, YYYY-MM-DD", parseDate)
    .addOption(storeOption())
    .action(async (symbols: string[], opts: { provider: ProviderName; from: string; to: string; store?: string }) => {
      const reports = await fetchPricesInto(opts.store, opts.provider, symbols, opts.from, opts.to);
      reports.forEach((r, i) => process.stdout.write(`${symbols[i]}: ${reportLine(r)}\n`));
    });
}

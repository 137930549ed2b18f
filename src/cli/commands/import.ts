import { Option, type Command } from "commander";
import { importIntoStore, reportLine } from "../../pipeline/importPaths.js";
import { FORMAT_NAMES, type FormatName } from "../../pipeline/vocabulary.js";
import { importSummaryText } from "../../shared/importSummary.js";
import { EXIT } from "../exitCodes.js";
import { storeOption } from "../storeOption.js";

export function importCommand(program: Command): void {
  program
    .command("import")
    .description(
      "import price and factor files (or folders of them) into the store; the format is detected; a securities directory folder (securities.csv, names.csv) replaces the stored directory",
    )
    .argument("<paths...>", "files or folders (.csv, .parquet)")
    .addOption(new Option("--format <format>", "read every file as this format").choices(FORMAT_NAMES))
    .addOption(storeOption())
    .action(async (paths: string[], opts: { format?: FormatName; store?: string }) => {
      let failed = 0;
      await importIntoStore(opts.store, paths, {
        ...(opts.format === undefined ? {} : { format: opts.format }),
        onDirectory: (d) => {
          if ("error" in d) {
            failed++;
            process.stderr.write(`aftershock: ${d.error.message} (the stored directory is unchanged)\n`);
          } else {
            const { securities, names } = d.imported;
            process.stdout.write(
              `${d.folder}\n  securities directory: ${securities.toLocaleString("en")} symbols, ${names.toLocaleString("en")} names (the stored directory replaced)\n`,
            );
          }
        },
        onFile: (r) => {
          if ("error" in r) {
            failed++;
            process.stderr.write(`aftershock: ${r.error.message} (nothing of this file was stored)\n`);
          } else {
            process.stdout.write(`${r.file}\n  ${importSummaryText(r.summary).split("\n").join("\n  ")}\n  stored: ${reportLine(r.report)}\n`);
          }
        },
      });
      if (failed > 0) process.exitCode = EXIT.badInput;
    });
}

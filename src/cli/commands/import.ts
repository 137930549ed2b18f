import { Option, type Command } from "commander";
import { FORMAT_NAMES, type FormatName } from "../../data/importers/index.js";
import { openStore } from "../../data/store/index.js";
import { importPaths, reportLine } from "../../pipeline/importPaths.js";
import { directoryFolders, importDirectoryFolder } from "../../pipeline/securitiesDirectory.js";
import { InputError } from "../../data/inputError.js";
import { EXIT } from "../exitCodes.js";
import { storeOption } from "../storeOption.js";

export function importCommand(program: Command): void {
  program
    .command("import")
    .description("import price and factor files (or folders of them) into the store; the format is detected; a securities directory folder (securities.csv, names.csv) replaces the stored directory")
    .argument("<paths...>", "files or folders (.csv, .parquet)")
    .addOption(new Option("--format <format>", "read every file as this format").choices(FORMAT_NAMES))
    .addOption(storeOption())
    .action(async (paths: string[], opts: { format?: FormatName; store?: string }) => {
      const store = await openStore(opts.store);
      let failed = 0;
      try {
        for (const folder of await directoryFolders(paths)) {
          try {
            const d = await importDirectoryFolder(store, folder);
            process.stdout.write(`${folder}\n  securities directory: ${d.securities.toLocaleString("en")} symbols, ${d.names.toLocaleString("en")} names (the stored directory replaced)\n`);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            failed++;
            process.stderr.write(`aftershock: ${e.message} (the stored directory is unchanged)\n`);
          }
        }
        await importPaths(store, paths, {
          ...(opts.format === undefined ? {} : { format: opts.format }),
          onFile: (r) => {
            if ("error" in r) {
              failed++;
              process.stderr.write(`aftershock: ${r.error.message} (nothing of this file was stored)\n`);
            } else {
              process.stdout.write(`${r.file}\n  ${r.summary.split("\n").join("\n  ")}\n  stored: ${reportLine(r.report)}\n`);
            }
          },
        });
      } finally {
        store.close();
      }
      if (failed > 0) process.exitCode = EXIT.badInput;
    });
}

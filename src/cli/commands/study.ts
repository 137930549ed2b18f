import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { studyFromFile } from "../../pipeline/studyFromFile.js";
import { studyCsv } from "../../report/studyCsv.js";
import { studyText } from "../../report/studyText.js";
import { EXIT } from "../exitCodes.js";

export function studyCommand(program: Command): void {
  program
    .command("study")
    .description("run an event study described by a study file (JSON or YAML)")
    .argument("<spec>", "study file")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .option("-o, --out <file>", "write the output to a file instead of standard output")
    .action(async (spec: string, opts: { format: "table" | "json" | "csv"; out?: string }) => {
      const { title, result } = await studyFromFile(spec);
      const text =
        opts.format === "json" ? JSON.stringify(result, null, 2) + "\n" : opts.format === "csv" ? studyCsv(result) : studyText(result, title) + "\n";
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
      if (!result.events.some((e) => e.status === "ok")) {
        process.stderr.write("aftershock: no event could be measured (see the reasons above)\n");
        process.exitCode = EXIT.noResult;
      }
    });
}

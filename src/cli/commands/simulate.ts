import { writeFile } from "node:fs/promises";
import { InvalidArgumentError, type Command } from "commander";
import { SingleBar } from "cli-progress";
import { simulatePanel, simulationMarkdown } from "../../pipeline/simulatePanel.js";
import { DEFAULT_TEST_NAMES, TEST_NAMES, type TestName } from "../../pipeline/vocabulary.js";
import { DEFAULT_ESTIMATION } from "../../shared/defaultWindows.js";

interface SimulateOptions {
  events: number;
  samples: number;
  seed: number;
  k: number[];
  level: number;
  tests: TestName[];
  format: "table" | "json";
  out?: string;
  quiet?: boolean;
}

const positiveInt = (v: string): number => {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`"${v}" is not a positive whole number`);
  return Number(v);
};

export function simulateCommand(program: Command): void {
  program
    .command("simulate")
    .description("size and power of the tests by simulation (Brown & Warner 1985): random firms and dates from a long price panel, k added on day 0")
    .argument("<panel>", "long CSV of prices: security, date, close (e.g. ../shared/data/sp500-2013-2018/all_stocks_5yr.csv)")
    .option("-n, --events <n>", "events per sample", positiveInt, 50)
    .option("-s, --samples <n>", "samples drawn", positiveInt, 1000)
    .option(
      "--seed <n>",
      "seed of the generator",
      (v) => {
        if (!/^-?\d+$/.test(v)) throw new InvalidArgumentError(`"${v}" is not a whole number`);
        return Number(v);
      },
      42,
    )
    .option(
      "-k, --k <list>",
      "abnormal returns in percent, comma-separated (0 gives the size)",
      (v) => {
        const list = v.split(",").map(Number);
        if (list.some((x) => !Number.isFinite(x))) throw new InvalidArgumentError(`"${v}" is not a list of numbers`);
        return list.map((x) => x / 100);
      },
      [0, 0.005, 0.01, 0.02],
    )
    .option(
      "--level <p>",
      "significance level",
      (v) => {
        const p = Number(v);
        if (!(p > 0 && p < 1)) throw new InvalidArgumentError(`"${v}" is not a level between 0 and 1`);
        return p;
      },
      0.05,
    )
    .option(
      "--tests <list>",
      "tests, comma-separated (default: the default battery)",
      (v) => {
        const list = v.split(",");
        const bad = list.find((t) => !(TEST_NAMES as readonly string[]).includes(t));
        if (bad) throw new InvalidArgumentError(`unknown test "${bad}"; known: ${TEST_NAMES.join(", ")}`);
        return list as TestName[];
      },
      [...DEFAULT_TEST_NAMES],
    )
    .option("-f, --format <format>", "table (Markdown) or json", "table")
    .option("-o, --out <file>", "write the table to a file instead of standard output")
    .option("-q, --quiet", "no progress bar")
    .action(async (panel: string, opts: SimulateOptions) => {
      const bar = opts.quiet ? undefined : new SingleBar({ format: "simulating {bar} {value}/{total} studies, {eta_formatted} left", stream: process.stderr });
      const design = {
        events: opts.events,
        samples: opts.samples,
        abnormal: opts.k,
        tests: opts.tests,
        seed: opts.seed,
        level: opts.level,
        estimation: DEFAULT_ESTIMATION,
      };
      bar?.start(opts.samples * opts.k.length, 0);
      const table = await simulatePanel(panel, design, (done) => bar?.update(done)).finally(() => bar?.stop());
      const text = opts.format === "json" ? JSON.stringify(table, null, 2) + "\n" : simulationMarkdown(table) + "\n";
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
}

#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs (all of them for the help): a command
 * then pays only for its own dependencies at start-up (the NLP library, DuckDB, ECharts...).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register[]>>> = {
  run: async () => [(await import("./commands/run.js")).runCommand],
  demo: async () => [(await import("./commands/demo.js")).demoCommand],
  news: async () => [(await import("./commands/news.js")).newsCommand],
  study: async () => [(await import("./commands/study.js")).studyCommand],
  import: async () => [(await import("./commands/import.js")).importCommand],
  fetch: async () => [(await import("./commands/fetch.js")).fetchCommand],
  directory: async () => [(await import("./commands/directory.js")).directoryCommand],
  calendar: async () => [(await import("./commands/calendar.js")).calendarCommand],
  simulate: async () => [(await import("./commands/simulate.js")).simulateCommand],
  // The one place the command line reaches the server: its module is handed to the serve command.
  serve: async () => {
    const [{ serveCommand }, server] = await Promise.all([import("./commands/serve.js"), import("../server/serve.js")]);
    return [(program) => serveCommand(program, server)];
  },
  "check-calendars": async () => [(await import("./commands/calendar.js")).checkCalendarsCommand],
};

/** The package's version, from package.json (two folders up from src/cli and from dist/cli alike). */
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

// A usage error is one line saying what to fix and where the help is, exit code 2 (see exitCodes.ts).
const program = new Command()
  .name("aftershock")
  .description("How did the market react to the news, and is it significant?")
  .version(version, "-V, --version")
  .exitOverride()
  .configureOutput({
    outputError: (text, write) => {
      const help = asked !== undefined && asked in COMMANDS ? `aftershock ${asked} --help` : "aftershock --help";
      write(`aftershock: ${text.replace(/^error: /, "").trim()} (${help} for usage)\n`);
    },
  });
const asked = process.argv[2];
const load = asked !== undefined && asked in COMMANDS ? [COMMANDS[asked]!] : Object.values(COMMANDS);
for (const loader of load) for (const register of await loader()) register(program);

program.parseAsync().catch(async (e: unknown) => {
  if (e instanceof CommanderError) {
    // Help and the version exit 0; anything else commander refused was printed above as one line.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
    return;
  }
  const { failure } = await import("./failure.js");
  const { exitCode, text } = failure(e);
  process.stderr.write(text);
  process.exitCode = exitCode;
});

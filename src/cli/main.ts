#!/usr/bin/env node
import { Command } from "commander";

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
  calendar: async () => [(await import("./commands/calendar.js")).calendarCommand],
  simulate: async () => [(await import("./commands/simulate.js")).simulateCommand],
  serve: async () => [(await import("../server/serveCommand.js")).serveCommand],
  "check-calendars": async () => [(await import("./commands/calendar.js")).checkCalendarsCommand],
};

const program = new Command()
  .name("aftershock")
  .description("How did the market react to the news, and is it significant?")
  .showHelpAfterError();
const asked = process.argv[2];
const load = asked !== undefined && asked in COMMANDS ? [COMMANDS[asked]!] : Object.values(COMMANDS);
for (const loader of load) for (const register of await loader()) register(program);

program.parseAsync().catch(async (e: unknown) => {
  const { exitCodeOf } = await import("./exitCodeOf.js");
  const code = exitCodeOf(e);
  if (code === undefined) throw e;
  process.stderr.write(`aftershock: ${(e as Error).message}\n`);
  process.exitCode = code;
});

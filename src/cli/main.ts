#!/usr/bin/env node
import { Command } from "commander";
import { InputError } from "../data/inputError.js";
import { KnowledgeError } from "../news/knowledge/loadKnowledge.js";
import { LlmError } from "../news/index.js";
import { ProviderError } from "../data/providers/index.js";
import { serveCommand } from "../server/serveCommand.js";
import { StudyInputError } from "../study/studyInputError.js";
import { calendarCommand, checkCalendarsCommand } from "./commands/calendar.js";
import { demoCommand } from "./commands/demo.js";
import { runCommand } from "./commands/run.js";
import { fetchCommand } from "./commands/fetch.js";
import { importCommand } from "./commands/import.js";
import { newsCommand } from "./commands/news.js";
import { studyCommand } from "./commands/study.js";
import { EXIT } from "./exitCodes.js";

const program = new Command()
  .name("aftershock")
  .description("How did the market react to the news, and is it significant?")
  .showHelpAfterError();
runCommand(program);
demoCommand(program);
newsCommand(program);
studyCommand(program);
importCommand(program);
fetchCommand(program);
calendarCommand(program);
serveCommand(program);
checkCalendarsCommand(program);

program.parseAsync().catch((e: unknown) => {
  if (e instanceof LlmError || e instanceof ProviderError) {
    process.stderr.write(`aftershock: ${e.message}\n`);
    process.exitCode = EXIT.noResult;
    return;
  }
  if (e instanceof InputError || e instanceof StudyInputError || e instanceof KnowledgeError || e instanceof RangeError) {
    process.stderr.write(`aftershock: ${e.message}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  throw e;
});

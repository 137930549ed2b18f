#!/usr/bin/env node
import { Command } from "commander";
import { InputError } from "../data/inputError.js";
import { StudyInputError } from "../study/studyInputError.js";
import { calendarCommand } from "./commands/calendar.js";
import { studyCommand } from "./commands/study.js";
import { EXIT } from "./exitCodes.js";

const program = new Command()
  .name("aftershock")
  .description("How did the market react to the news, and is it significant?")
  .showHelpAfterError();
studyCommand(program);
calendarCommand(program);

program.parseAsync().catch((e: unknown) => {
  if (e instanceof InputError || e instanceof StudyInputError || e instanceof RangeError) {
    process.stderr.write(`aftershock: ${e.message}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  throw e;
});

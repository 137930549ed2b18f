import { InvalidArgumentError, type Command } from "commander";
import { calendarCheckText, calendarYear, checkStoredCalendars } from "../../pipeline/calendarCheck.js";
import { MICS, type Mic } from "../../pipeline/vocabulary.js";
import { EXIT } from "../exitCodes.js";
import { storeOption } from "../storeOption.js";

export function calendarCommand(program: Command): void {
  program
    .command("calendar")
    .description(`print an exchange's trading calendar for a year (${MICS.join(", ")})`)
    .argument("<mic>", "exchange code (ISO 10383 MIC)", (v: string): Mic => {
      const mic = v.toUpperCase() as Mic;
      if (!MICS.includes(mic)) throw new InvalidArgumentError(`no calendar for "${v}"; known: ${MICS.join(", ")}`);
      return mic;
    })
    .argument("<year>", "year, 2000-2030", (v: string): number => {
      if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(`"${v}" is not a year`);
      return Number(v);
    })
    .action((mic: Mic, year: number) => {
      process.stdout.write(calendarYear(mic, year) + "\n");
    });
}

export function checkCalendarsCommand(program: Command): void {
  program
    .command("check-calendars")
    .description("compare each exchange calendar with the trading days of the stored prices; list every disagreement")
    .addOption(storeOption())
    .action(async (opts: { store?: string }) => {
      const checks = await checkStoredCalendars(opts.store);
      process.stdout.write((checks.length > 0 ? calendarCheckText(checks) : "no stored prices to check against") + "\n");
      if (checks.some((c) => c.disagreements.some((d) => d.knownQuirk === undefined))) process.exitCode = EXIT.noResult;
    });
}

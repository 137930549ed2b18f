import { InvalidArgumentError, type Command } from "commander";
import { calendarYearText, getCalendar, MICS, type Mic } from "../../calendar/index.js";

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
      process.stdout.write(calendarYearText(getCalendar(mic), year) + "\n");
    });
}

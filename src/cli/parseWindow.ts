import { InvalidArgumentError } from "commander";
import type { EventWindow } from "../study/eventWindow.js";

/** "0,0" or "-1,1": a window of trading days around day 0; repeated options collect into a list. */
export function parseWindow(text: string, previous: EventWindow[] | undefined): EventWindow[] {
  const m = /^(-?\d+),(-?\d+)$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError(`"${text}" is not a window like 0,0 or -1,1`);
  return [...(previous ?? []), [Number(m[1]), Number(m[2])]];
}

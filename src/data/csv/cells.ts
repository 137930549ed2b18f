import { dayNumber } from "../../calendar/days.js";

/** Cell texts that mean "no value" (compared after trimming, case-insensitively), besides the empty cell. */
const MISSING_TOKENS: readonly string[] = ["NA", "NaN", "null", "."];
const MISSING = new Set(MISSING_TOKENS.map((t) => t.toLowerCase()));

/** True when a cell is empty or one of {@link MISSING_TOKENS}. */
export function isMissing(cell: string): boolean {
  const t = cell.trim();
  return t === "" || MISSING.has(t.toLowerCase());
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number in a value cell: NaN for a missing value, `undefined` when the text is not a plain
 * finite decimal number (`1,2`, `abc`, `12abc`, `0x10`, `Inf`, `1e999` are all refused).
 */
export function parseValue(cell: string): number | undefined {
  const t = cell.trim();
  if (t === "" || MISSING.has(t.toLowerCase())) return Number.NaN;
  if (!NUMBER.test(t)) return undefined;
  const x = Number(t);
  return Number.isFinite(x) ? x : undefined;
}

/** Why a value cell was refused, for an error message. */
export function valueProblem(cell: string): string {
  return `${JSON.stringify(cell)} is not a number (missing values may be NA, NaN, null, . or an empty cell)`;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
// Date and time; the date is taken as written, whatever the time or zone.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?\s*(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?|UTC|GMT)?$/i;

/** The accepted date formats, for error messages. */
const DATE_FORMATS = "YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD HH:MM[:SS][zone]";

/**
 * The day number (days since 1970-01-01) of a date cell, or a description of why it is not a date.
 * Accepts `YYYY-MM-DD`, `YYYYMMDD` and `YYYY-MM-DD HH:MM:SS` with optional fraction and zone
 * (`Z`, `+02:00`, `-0500`, `UTC`); for the latter the calendar date is taken as written.
 */
export function parseDay(cell: string): number | string {
  const t = cell.trim();
  if (t === "") return "empty date";
  let iso: string | undefined;
  const compact = COMPACT_DAY.exec(t);
  if (compact) iso = `${compact[1]}-${compact[2]}-${compact[3]}`;
  else iso = ISO_DAY.exec(t)?.[1] ?? DATE_TIME.exec(t)?.[1];
  if (iso === undefined) return `${JSON.stringify(cell)} is not a date (expected ${DATE_FORMATS})`;
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return `${JSON.stringify(cell)} is not a calendar date`;
  return day;
}

import { InvalidArgumentError } from "commander";
import { isCalendarDate } from "../pipeline/vocabulary.js";

/**
 * A `YYYY-MM-DD` option value, kept as written. A value in another shape, and one in the right shape
 * that names no calendar day (2020-13-40, 2025-02-30), each get a message saying which.
 */
export function parseDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError(`"${text}" is not a date written YYYY-MM-DD`);
  if (!isCalendarDate(m[0])) {
    const month = Number(m[2]);
    const why = month < 1 || month > 12 ? `there is no month ${month}` : `month ${month} of ${m[1]} has no day ${Number(m[3])}`;
    throw new InvalidArgumentError(`"${text}" is not a calendar date: ${why}`);
  }
  return m[0];
}

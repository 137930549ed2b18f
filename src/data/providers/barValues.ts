/**
 * The numbers of one bar as a provider sent them, checked: a missing value (JSON null, empty CSV
 * cell) becomes NaN, a price must be positive and a volume not negative. A bad value is an
 * {@link InputError} naming the response and the row (`line`: the CSV line, or the 1-based bar
 * index in a JSON answer).
 */
import { InputError } from "../inputError.js";

/** A price or NaN when missing; throws when it is zero, negative or not finite. */
export function checkedPrice(x: number | null | undefined, source: string, line: number, field: string): number {
  if (x === null || x === undefined || Number.isNaN(x)) return Number.NaN;
  if (!(x > 0 && Number.isFinite(x))) throw new InputError({ file: source, line, field }, `${x} is not a valid price: prices must be positive`);
  return x;
}

/** A volume or NaN when missing; throws when it is negative or not finite. */
export function checkedVolume(x: number | null | undefined, source: string, line: number, field: string): number {
  if (x === null || x === undefined || Number.isNaN(x)) return Number.NaN;
  if (!(x >= 0 && Number.isFinite(x))) throw new InputError({ file: source, line, field }, `${x}: a volume cannot be negative`);
  return x;
}

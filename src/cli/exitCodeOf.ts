import { AftershockError } from "../shared/errors.js";
import { EXIT_CODES } from "./exitCodes.js";

/** The exit code of an error a user can act on (see EXIT_CODES); undefined for the unexpected. */
export function exitCodeOf(e: unknown): number | undefined {
  if (e instanceof AftershockError) return EXIT_CODES[e.code];
  if (e instanceof RangeError) return EXIT_CODES.input;
  return undefined;
}

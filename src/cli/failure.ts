import { AftershockError } from "../shared/errors.js";
import { EXIT, EXIT_CODES } from "./exitCodes.js";

/**
 * What the command line prints and exits with for an error that ended a command: an error a user can
 * act on is its one-line message and the exit code of its code (EXIT_CODES); anything else (a
 * RangeError, a TypeError) is a fault of the program, never bad input: "internal error", the stack,
 * exit 1.
 */
export function failure(e: unknown): { readonly exitCode: number; readonly text: string } {
  if (e instanceof AftershockError) return { exitCode: EXIT_CODES[e.code], text: `aftershock: ${e.message}\n` };
  const stack = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
  return { exitCode: EXIT.failure, text: `aftershock: internal error (a fault of the program, not of the input; please report it)\n${stack}\n` };
}

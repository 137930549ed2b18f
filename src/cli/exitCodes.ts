import type { ErrorCode } from "../shared/errors.js";

/** Exit codes of the command line: 0 done, 1 unexpected failure, 2 bad input, 3 nothing could be measured. */
export const EXIT = { failure: 1, badInput: 2, noResult: 3 } as const;

/**
 * The exit code of each error a user can act on: bad input exits 2; an unreachable service (the
 * network, an LLM endpoint) or a store held by another process exits 3, like a study with nothing
 * measured. Every other error is a bug and exits 1 (see main.ts).
 */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  input: EXIT.badInput,
  "study-input": EXIT.badInput,
  knowledge: EXIT.badInput,
  "calendar-coverage": EXIT.badInput,
  "missing-benchmark": EXIT.badInput,
  "not-a-store": EXIT.badInput,
  "unreadable-record": EXIT.badInput,
  busy: EXIT.noResult,
  unreachable: EXIT.noResult,
};

/** Exit codes of the command line: 0 done, 1 unexpected failure, 2 bad input, 3 nothing could be measured. */
export const EXIT = { failure: 1, badInput: 2, noResult: 3 } as const;

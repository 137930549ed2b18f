/**
 * How much one request may ask for: the one place of the limits every face enforces before any work
 * starts (the CLI exits 2, the API answers 400 or 413). Each default can be changed with an
 * environment variable, `AFTERSHOCK_LIMIT_` and the name in capitals with underscores
 * (`AFTERSHOCK_LIMIT_ARTICLE_BYTES=4194304`); the README lists them.
 */
import { AftershockError } from "./shared/errors.js";

export interface Limits {
  /** Largest article (plain text, HTML or feed) read for extraction, in bytes of UTF-8. */
  readonly articleBytes: number;
  /** Most companies in one event document sent for a study. */
  readonly companiesPerEvent: number;
  /** Most events in one study (a study file's events, or the listings of one article's companies). */
  readonly eventsPerStudy: number;
  /** Longest estimation window, in trading days. */
  readonly estimationDays: number;
  /** Longest event window, in trading days. */
  readonly windowDays: number;
  /** Farthest day from day 0 any window may reach, in trading days (about ten years). */
  readonly relativeDays: number;
  /** Most event windows in one study. */
  readonly windows: number;
  /** Most Monte Carlo draws, and most splits enumerated exactly, of the permutation test. */
  readonly permutationDraws: number;
  /** Largest price file uploaded to the API, in bytes. */
  readonly uploadBytes: number;
  /** Longest an extraction or a study may run on the server's workers, in milliseconds. */
  readonly jobMilliseconds: number;
  /** Heap each server worker may use, in megabytes. */
  readonly jobMemoryMb: number;
  /** Jobs waiting for a server worker before new ones are answered 503. */
  readonly queuedJobs: number;
}

export const DEFAULT_LIMITS: Limits = {
  articleBytes: 1024 * 1024,
  companiesPerEvent: 500,
  eventsPerStudy: 100_000,
  estimationDays: 1_000,
  windowDays: 250,
  relativeDays: 2_520,
  windows: 20,
  permutationDraws: 1_000_000,
  uploadBytes: 20 * 1024 * 1024,
  jobMilliseconds: 60_000,
  jobMemoryMb: 512,
  queuedJobs: 64,
};

/** The environment variable that sets a limit: articleBytes → AFTERSHOCK_LIMIT_ARTICLE_BYTES. */
export function limitVariable(name: keyof Limits): string {
  return `AFTERSHOCK_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/**
 * The limits in force: the defaults, each replaced by its environment variable when set. A variable
 * that is not a positive integer is an error naming it (a limit silently left at its default would
 * be a setting ignored).
 */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Limits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const variable = limitVariable(name);
    const text = env[variable];
    if (text === undefined || text.trim() === "") continue;
    if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
      throw new AftershockError("input", { field: variable }, `${variable}=${JSON.stringify(text)} is not a positive whole number`);
    }
    out[name] = Number(text);
  }
  return out as unknown as Limits;
}

/** One limit a request went past: where (a dotted path into the request) and by how much. */
export interface LimitIssue {
  readonly path: string;
  readonly message: string;
}

type Window = readonly [number, number];

/** A pair of numbers; anything else is left to the engine's own validation. */
function isWindow(w: unknown): w is Window {
  return Array.isArray(w) && w.length === 2 && typeof w[0] === "number" && typeof w[1] === "number";
}

/**
 * The issues of a study's size and windows (empty when it is within the limits). The request is
 * not validated yet: values of the wrong shape are left for the validation that follows.
 */
export function studyLimitIssues(
  request: {
    readonly estimation?: Window | undefined;
    readonly windows?: readonly Window[] | undefined;
    readonly permutation?: { readonly draws?: number | undefined; readonly exactLimit?: number | undefined } | undefined;
    readonly events?: number | undefined;
  },
  limits: Limits,
  root = "options",
): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const at = (path: string): string => (root === "" ? path : `${root}.${path}`);
  const reach = (w: Window, path: string): void => {
    const far = Math.max(Math.abs(w[0]), Math.abs(w[1]));
    if (far > limits.relativeDays)
      issues.push({
        path,
        message: `reaches day ${far === Math.abs(w[0]) ? w[0] : w[1]}; at most ${limits.relativeDays} trading days from day 0 (${limitVariable("relativeDays")})`,
      });
  };
  if (isWindow(request.estimation)) {
    const length = request.estimation[1] - request.estimation[0] + 1;
    if (length > limits.estimationDays) {
      issues.push({ path: at("estimation"), message: `is ${length} trading days long; at most ${limits.estimationDays} (${limitVariable("estimationDays")})` });
    }
    reach(request.estimation, at("estimation"));
  }
  if (Array.isArray(request.windows)) {
    if (request.windows.length > limits.windows) {
      issues.push({ path: at("windows"), message: `${request.windows.length} windows; at most ${limits.windows} (${limitVariable("windows")})` });
    }
    (request.windows as readonly unknown[]).forEach((w, i) => {
      if (!isWindow(w)) return;
      const length = w[1] - w[0] + 1;
      if (length > limits.windowDays) {
        issues.push({ path: at(`windows.${i}`), message: `is ${length} trading days long; at most ${limits.windowDays} (${limitVariable("windowDays")})` });
      }
      reach(w, at(`windows.${i}`));
    });
  }
  for (const key of ["draws", "exactLimit"] as const) {
    const permutation: unknown = request.permutation;
    const n = typeof permutation === "object" && permutation !== null ? (permutation as Record<string, unknown>)[key] : undefined;
    if (typeof n === "number" && n > limits.permutationDraws) {
      issues.push({ path: at(`permutation.${key}`), message: `${n}; at most ${limits.permutationDraws} (${limitVariable("permutationDraws")})` });
    }
  }
  if (request.events !== undefined && request.events > limits.eventsPerStudy) {
    issues.push({
      path: root === "options" ? "events" : at("events"),
      message: `${request.events} events; at most ${limits.eventsPerStudy} per study (${limitVariable("eventsPerStudy")})`,
    });
  }
  return issues;
}

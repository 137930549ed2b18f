/**
 * What holds up the thread answering requests, when asked for (AFTERSHOCK_TRACE_STALLS=1, as
 * `npm run load -- --trace-stalls` sets it): the event loop's delay histogram, every garbage
 * collection of this thread's heap, and every block of the loop longer than a threshold with what ran
 * in it: the request phases marked with {@link stallMark} (route and step) and the collections. Each
 * block is one line `stall {json}` on standard error; {@link stopStallTrace} writes the summary line
 * `stall-summary {json}`. Off, a mark costs one comparison.
 */
import { PerformanceObserver, monitorEventLoopDelay, performance, type IntervalHistogram } from "node:perf_hooks";

/** The environment variable that turns the trace on. */
export const STALL_TRACE_VARIABLE = "AFTERSHOCK_TRACE_STALLS";

/** A block of the event loop: when it began (ms since the trace started), how long, and what ran in it. */
export interface Stall {
  readonly at: number;
  readonly ms: number;
  /** Marks inside the block: milliseconds from its start, and what began then. */
  readonly marks: readonly (readonly [number, string])[];
  /** Collections inside the block: milliseconds from its start, kind, duration. */
  readonly gcs: readonly (readonly [number, string, number])[];
}

export interface StallSummary {
  /** Event-loop delay (ms) as perf_hooks measures it. */
  readonly delay: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly stalls: number;
  /** Collections of this thread's heap by kind: count and total ms, and the longest. */
  readonly gc: Readonly<Record<string, { readonly count: number; readonly ms: number; readonly max: number }>>;
}

interface Tracer {
  readonly thresholdMs: number;
  readonly histogram: IntervalHistogram;
  readonly observer: PerformanceObserver;
  readonly timer: NodeJS.Timeout;
  readonly marks: [number, string][];
  readonly gcs: [number, string, number][];
  readonly gcTotals: Map<string, { count: number; ms: number; max: number }>;
  readonly write: (line: string) => void;
  stalls: number;
}

/** How often the loop is sampled (ms): a block is seen to within this. */
const TICK_MS = 10;
/** Marks and collections kept while waiting for a block (older ones cannot fall inside one). */
const KEPT = 2_000;

const GC_KINDS: Readonly<Record<number, string>> = { 1: "minor", 2: "major", 4: "incremental", 8: "weakcb" };

let tracer: Tracer | undefined;

/** Notes that a step begins on this thread (a no-op unless the trace is on). */
export function stallMark(what: string): void {
  if (tracer === undefined) return;
  tracer.marks.push([performance.now(), what]);
  if (tracer.marks.length > KEPT) tracer.marks.splice(0, tracer.marks.length - KEPT);
}

/** Starts the trace when the environment asks for it (or `force`); blocks longer than `thresholdMs` are written. */
export function startStallTrace(options: { force?: boolean; thresholdMs?: number; write?: (line: string) => void } = {}): boolean {
  if (tracer !== undefined) return true;
  const on = options.force === true || (process.env[STALL_TRACE_VARIABLE] ?? "") !== "";
  if (!on) return false;
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS });
  histogram.enable();
  const gcs: [number, string, number][] = [];
  const gcTotals = new Map<string, { count: number; ms: number; max: number }>();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as { readonly detail?: { readonly kind?: number } }).detail;
      const kind = GC_KINDS[detail?.kind ?? 0] ?? "other";
      gcs.push([entry.startTime, kind, entry.duration]);
      if (gcs.length > KEPT) gcs.splice(0, gcs.length - KEPT);
      const total = gcTotals.get(kind) ?? { count: 0, ms: 0, max: 0 };
      total.count++;
      total.ms += entry.duration;
      total.max = Math.max(total.max, entry.duration);
      gcTotals.set(kind, total);
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const started = performance.now();
  let last = started;
  const thresholdMs = options.thresholdMs ?? 50;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timer = setInterval(() => {
    const now = performance.now();
    const blocked = now - last - TICK_MS;
    const from = last;
    last = now;
    const t = tracer;
    if (t === undefined || blocked <= thresholdMs) return;
    t.stalls++;
    // The collections are reported after the block, by the observer: wait a tick for them.
    setImmediate(() => {
      const inside = <T extends readonly [number, ...unknown[]]>(rows: readonly T[]): T[] => rows.filter((r) => r[0] >= from - 1 && r[0] <= now);
      const stall: Stall = {
        at: Math.round(from - started),
        ms: Math.round(now - from),
        marks: inside(t.marks).map(([at, what]) => [Math.round(at - from), what] as const),
        gcs: inside(t.gcs).map(([at, kind, ms]) => [Math.round(at - from), kind, Math.round(ms * 10) / 10] as const),
      };
      t.write(`stall ${JSON.stringify(stall)}`);
    });
  }, TICK_MS);
  timer.unref();
  tracer = { thresholdMs, histogram, observer, timer, marks: [], gcs, gcTotals, write, stalls: 0 };
  return true;
}

/** Stops the trace and writes (and returns) its summary; undefined when it was off. */
export function stopStallTrace(): StallSummary | undefined {
  const t = tracer;
  if (t === undefined) return undefined;
  tracer = undefined;
  clearInterval(t.timer);
  t.observer.disconnect();
  t.histogram.disable();
  const ms = (ns: number): number => Math.round(ns / 1e5) / 10;
  const summary: StallSummary = {
    delay: { p50: ms(t.histogram.percentile(50)), p99: ms(t.histogram.percentile(99)), max: ms(t.histogram.max) },
    stalls: t.stalls,
    gc: Object.fromEntries([...t.gcTotals].map(([kind, v]) => [kind, { count: v.count, ms: Math.round(v.ms), max: Math.round(v.max * 10) / 10 }])),
  };
  t.write(`stall-summary ${JSON.stringify(summary)}`);
  return summary;
}

/**
 * Engine benchmark, the protocol of ../shared/reference/performance.md: N events drawn at random
 * (seed 42) from the 505-stock S&P 500 panel (or the events of a file), simple returns, market model on
 * the S&P 500, estimation days -250..-11, event window -5..+5; per event alpha, beta, residual sd,
 * 11 ARs, CAR[-5,+5] and CAR[0,0]; across events AAR, CAAR, cross-sectional t, Patell Z and BMP t.
 *
 *   npm run bench -- [N ...] [--events FILE] [--tests protocol|all] [--output none|csv] [--runs 3]
 *
 * Each size runs in its own process, once as the plain-loop yardstick (bench/plainLoop.ts) and once
 * through the engine (computeStudy). Printed per run: the event stage, the output stage, the whole
 * process (from start to exit, reading the data included) and its peak resident memory; with --runs,
 * the best and the median of that many runs. The event stage's CPU time (user + system) is printed beside
 * its wall time: on a shared machine it is the steadier figure. Prints figures; asserts nothing.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    events: { type: "string" },
    tests: { type: "string", default: "protocol" },
    output: { type: "string", default: "none" },
    runs: { type: "string", default: "1" },
    impl: { type: "string" },
  },
});

interface Run {
  readonly n: number;
  readonly measured: number;
  readonly loadSeconds: number;
  readonly eventSeconds: number;
  readonly eventCpuSeconds: number;
  readonly outputSeconds: number;
  readonly peakMB: number;
  readonly caar: number;
  readonly wholeSeconds: number;
}

const child = fileURLToPath(new URL("./engineRun.ts", import.meta.url));

function runOnce(impl: string, size: string | undefined): Promise<Run> {
  const argv = ["--import", "tsx", child, "--impl", impl, "--tests", args.tests!, "--output", args.output!];
  argv.push(...(args.events ? ["--events", args.events] : ["--size", size!]));
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => {
      const wholeSeconds = (performance.now() - start) / 1000;
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code !== 0 || !line) return reject(new Error(`${impl} run exited with ${code}:\n${out}`));
      resolve({ ...(JSON.parse(line.slice(7)) as Omit<Run, "wholeSeconds">), wholeSeconds });
    });
  });
}

const fmt = (s: number): string => `${s.toFixed(3)} s`;
const median = (x: number[]): number => [...x].sort((a, b) => a - b)[(x.length - 1) >> 1]!;
const best = (x: number[]): number => Math.min(...x);

function summary(label: string, runs: Run[]): string {
  const ev = runs.map((r) => r.eventSeconds);
  const n = runs[0]!.n;
  const rate = (s: number): string => `${Math.round(n / s).toLocaleString("en")}/s`;
  const pair = (x: number[], f: (v: number) => string): string => (runs.length > 1 ? `${f(best(x))} best, ${f(median(x))} median` : f(x[0]!));
  return (
    `${label.padEnd(10)} N=${n.toLocaleString("en")} measured ${runs[0]!.measured.toLocaleString("en")}: ` +
    `event stage ${pair(ev, fmt)} (${pair(ev, rate)}; CPU ${pair(
      runs.map((r) => r.eventCpuSeconds),
      fmt,
    )}); output ${pair(
      runs.map((r) => r.outputSeconds),
      fmt,
    )}; ` +
    `whole process ${pair(
      runs.map((r) => r.wholeSeconds),
      fmt,
    )} (data read ${fmt(median(runs.map((r) => r.loadSeconds)))}); ` +
    `peak ${pair(
      runs.map((r) => r.peakMB),
      (m) => `${m.toFixed(0)} MB`,
    )}; CAAR[-5,+5] ${(runs[0]!.caar * 100).toFixed(6)} %`
  );
}

const sizes = args.events ? [undefined] : positionals.length > 0 ? positionals : ["10000", "100000", "1000000"];
const impls = args.impl ? [args.impl] : ["plain", "engine"];
console.log(`tests: ${args.tests}, output: ${args.output}, runs: ${args.runs}, ${args.events ? `events of ${args.events}` : "drawn events (seed 42)"}`);
for (const size of sizes) {
  for (const impl of impls) {
    const runs: Run[] = [];
    for (let r = 0; r < Number(args.runs); r++) runs.push(await runOnce(impl, size));
    console.log(summary(impl === "plain" ? "plain loop" : "engine", runs));
  }
}

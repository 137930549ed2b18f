/**
 * End-to-end benchmark of `aftershock study`: the protocol of ../shared/reference/performance.md as a
 * study file (the S&P 500 panel's prices, the S&P 500 index, N events drawn as in bench/engine.ts or
 * those of an events file), run as a command under `/usr/bin/time -v`, once per output format.
 *
 *   npm run bench:study -- [N ...] [--events FILE] [--format csv,parquet,jsonl] [--runs 3]
 *
 * Runs the built command (dist/cli/main.js, from `npm run prepare`) when it is there, else the sources
 * through tsx (slower to start). Prints the whole process's wall time and peak resident memory, the
 * best and the median of the runs, and its CPU time (user + system: the steadier figure on a shared machine). Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isoDate } from "../src/calendar/days.js";
import { drawEvents, INDEX_FILE, loadProtocolData, PANEL_FILE, readEvents } from "./protocol.js";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { events: { type: "string" }, format: { type: "string", default: "csv,parquet" }, runs: { type: "string", default: "1" } },
});

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "dist/cli/main.js");
const command = existsSync(built) ? [process.execPath, built] : [process.execPath, "--import", "tsx", join(root, "src/cli/main.ts")];
const dir = mkdtempSync(join(tmpdir(), "aftershock-bench-study-"));
const data = args.events ? undefined : await loadProtocolData();

function studyFile(eventsFile: string): string {
  const spec = join(dir, "study.yaml");
  writeFileSync(
    spec,
    [
      `securities: { file: ${JSON.stringify(PANEL_FILE)}, format: long, values: prices, securityColumn: Name, valueColumn: close }`,
      `markets: { file: ${JSON.stringify(INDEX_FILE)}, values: prices }`,
      "market: close",
      `events: { file: ${JSON.stringify(eventsFile)} }`,
      "estimation: [-250, -11]",
      "windows: [[-5, 5], [0, 0]]",
      "tests: [cross-sectional-t, patell, bmp]",
    ].join("\n") + "\n",
  );
  return spec;
}

/** Wall seconds, CPU seconds (user + system) and peak MB of one run, from /usr/bin/time -v. */
function timed(argv: string[]): { seconds: number; cpu: number; peakMB: number } {
  // The protocol's sizes pass the command's default limit of events per study: raised for this run only.
  const env = { ...process.env, AFTERSHOCK_LIMIT_EVENTS_PER_STUDY: process.env.AFTERSHOCK_LIMIT_EVENTS_PER_STUDY ?? "10000000" };
  const run = spawnSync("/usr/bin/time", ["-v", ...argv], { encoding: "utf8", maxBuffer: 1 << 30, env });
  if (run.status !== 0) throw new Error(`${argv.join(" ")} exited with ${run.status}:\n${run.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr)!;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)!;
  const cpu = ["User", "System"].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)![1]), 0);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), cpu, peakMB: Number(rss[1]) / 1024 };
}

const median = (x: number[]): number => [...x].sort((a, b) => a - b)[(x.length - 1) >> 1]!;
console.log(`aftershock study through ${command.slice(1).join(" ")}; ${args.runs} run(s) each; shared machine: figures vary`);
for (const size of args.events ? [undefined] : positionals.length > 0 ? positionals : ["100000", "1000000"]) {
  const eventsFile = args.events ?? join(dir, `events-${size}.csv`);
  if (!args.events) {
    const ev = drawEvents(data!.securities, Number(size));
    const lines = ["security,date"];
    for (let i = 0; i < ev.date.length; i++) lines.push(`${ev.security[i]},${isoDate(ev.date[i]!)}`);
    writeFileSync(eventsFile, lines.join("\n") + "\n");
  }
  const n = readEvents(eventsFile).date.length;
  const spec = studyFile(eventsFile);
  for (const format of args.format!.split(",")) {
    const out = join(dir, `out.${format}`);
    const runs = Array.from({ length: Number(args.runs) }, () => timed([...command, "study", spec, "--format", format, "--out", out]));
    const size = statSync(out).size;
    const s = runs.map((r) => r.seconds);
    const m = runs.map((r) => r.peakMB);
    const cpu = runs.map((r) => r.cpu);
    console.log(
      `N=${n.toLocaleString("en")} ${format.padEnd(7)}: whole process ${Math.min(...s).toFixed(2)} s best, ${median(s).toFixed(2)} s median; ` +
        `CPU ${Math.min(...cpu).toFixed(2)} s best, ${median(cpu).toFixed(2)} s median; peak ${Math.min(...m).toFixed(0)} MB best, ${median(m).toFixed(0)} MB median; output ${(size / 2 ** 20).toFixed(0)} MB`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });

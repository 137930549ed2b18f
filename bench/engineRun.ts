/**
 * One benchmark run in its own process (started by bench/engine.ts): reads the protocol's data, takes
 * the events (drawn or from a file), runs the engine or the plain loop, writes the output to
 * /dev/null (the streamed CSV, as `aftershock study --format csv` writes it), and prints one line `RESULT {json}` with the stage times and the peak memory.
 *
 *   tsx bench/engineRun.ts --size N | --events FILE  [--impl engine|plain] [--tests protocol|all] [--output none|csv]
 */
import { createWriteStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { computeStudy, type StudyEvent } from "../src/study/runStudy.js";
import { writeStudyStream } from "../src/report/studyStream.js";
import { alignAll, plainLoop } from "./plainLoop.js";
import { drawEvents, loadProtocolData, readEvents } from "./protocol.js";

const { values: args } = parseArgs({
  options: {
    size: { type: "string" },
    events: { type: "string" },
    impl: { type: "string", default: "engine" },
    tests: { type: "string", default: "protocol" },
    output: { type: "string", default: "none" },
  },
});

const start = performance.now();
const data = await loadProtocolData();
const events = args.events ? readEvents(args.events) : drawEvents(data.securities, Number(args.size));
const n = events.date.length;
const loaded = performance.now();

let eventSeconds: number;
let eventCpu: NodeJS.CpuUsage;
let outputSeconds = 0;
let measured: number;
let caar: number;
if (args.impl === "plain") {
  const aligned = alignAll(data.securities, data.market);
  const t0 = performance.now();
  eventCpu = process.cpuUsage();
  const result = plainLoop(aligned, events);
  eventSeconds = (performance.now() - t0) / 1000;
  eventCpu = process.cpuUsage(eventCpu);
  measured = result.measured;
  caar = result.caar[0]!;
} else {
  const studyEvents: StudyEvent[] = events.security.map((security, i) => ({ id: String(i + 1), security, date: events.date[i]! }));
  const t0 = performance.now();
  eventCpu = process.cpuUsage();
  const computed = computeStudy(
    {
      securities: data.securities,
      markets: new Map([["GSPC", data.market]]),
      defaultMarket: "GSPC",
      events: studyEvents,
      options: {
        estimation: [-250, -11],
        windows: [
          [-5, 5],
          [0, 0],
        ],
        ...(args.tests === "all" ? {} : { tests: ["cross-sectional-t", "patell", "bmp"] }),
      },
    },
    { eventDays: false },
  ); // the protocol's figures and the CSV output list no event days
  eventSeconds = (performance.now() - t0) / 1000;
  eventCpu = process.cpuUsage(eventCpu);
  measured = computed.groups[0]!.measured;
  caar = computed.groups[0]!.windows[0]!.caar;
  if (args.output === "csv") {
    const t1 = performance.now();
    const out = createWriteStream("/dev/null");
    await writeStudyStream(computed, "csv", out);
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    outputSeconds = (performance.now() - t1) / 1000;
  }
}
const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(
  "RESULT " +
    JSON.stringify({
      n,
      measured,
      loadSeconds: (loaded - start) / 1000,
      eventSeconds,
      eventCpuSeconds: (eventCpu.user + eventCpu.system) / 1e6,
      outputSeconds,
      peakMB,
      caar,
    }),
);

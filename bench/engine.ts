/**
 * Engine benchmark, the protocol of ../shared/reference/performance.md: N events drawn at random
 * (seed 42) from the 505-stock S&P 500 panel, simple returns, market model on the S&P 500, estimation
 * days -250..-11, event window -5..+5; per event alpha, beta, residual sd, 11 ARs, CAR[-5,+5] and
 * CAR[0,0]; across events AAR, CAAR, cross-sectional t, Patell Z and BMP t.
 *
 *   npm run bench -- [N ...]      (default 1000 10000 100000)
 *
 * The event stage (computeStudy: every figure, as columns) and the result document (studyDocument:
 * objects per event and day) are timed apart. Prints figures; asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { importFile } from "../src/data/importers/index.js";
import { Xoshiro128StarStar } from "../src/study/compare/xoshiro128.js";
import { returnsFromPrices } from "../src/study/returns.js";
import { computeStudy, studyDocument, type StudyEvent } from "../src/study/runStudy.js";
import type { Series } from "../src/series.js";
import { shared } from "../test/support/paths.js";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const t0 = performance.now();
const panel = await importFile(shared("data/sp500-2013-2018/all_stocks_5yr.csv"));
const index = (await importFile(shared("data/indices/GSPC.csv"))).prices[0]!;
const tLoad = performance.now();
const securities = new Map<string, Series>();
for (const s of panel.prices) securities.set(s.symbol, returnsFromPrices({ dates: s.dates, values: s.close }, "simple"));
const market = returnsFromPrices({ dates: index.dates, values: index.close }, "simple");
const tReturns = performance.now();
console.log(`read ${securities.size} securities and the index in ${((tLoad - t0) / 1000).toFixed(2)} s; returns in ${((tReturns - tLoad) / 1000).toFixed(2)} s`);

/** Random events: a security, then one of its dates with room for the windows (seeded). */
function drawEvents(n: number): StudyEvent[] {
  const rng = Xoshiro128StarStar.fromSeed(42);
  const names = [...securities.keys()].filter((name) => securities.get(name)!.dates.length > 600);
  const events: StudyEvent[] = [];
  for (let i = 0; i < n; i++) {
    const name = names[rng.nextBelow(names.length)]!;
    const dates = securities.get(name)!.dates;
    const row = 260 + rng.nextBelow(dates.length - 270);
    events.push({ id: String(i), security: name, date: dates[row]! });
  }
  return events;
}

for (const n of sizes.length > 0 ? sizes : [1000, 10_000, 100_000]) {
  const events = drawEvents(n);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const computed = computeStudy({
    securities,
    markets: new Map([["GSPC", market]]),
    defaultMarket: "GSPC",
    events,
    options: {
      estimation: [-250, -11],
      windows: [
        [-5, 5],
        [0, 0],
      ],
      tests: ["cross-sectional-t", "patell", "bmp"],
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const documentStart = performance.now();
  const result = studyDocument(computed);
  const documentSeconds = (performance.now() - documentStart) / 1000;
  const ok = result.events.filter((e) => e.status === "ok").length;
  const rss = process.memoryUsage().rss;
  console.log(
    `N=${n.toLocaleString("en")}: ${ok.toLocaleString("en")} measured; event stage ${seconds.toFixed(3)} s = ` +
      `${Math.round(n / seconds).toLocaleString("en")} events/s; result document ${documentSeconds.toFixed(3)} s; ` +
      `RSS ${(Math.max(rss, before) / 2 ** 20).toFixed(0)} MB; CAAR[-5,+5] ${(result.groups[0]!.windows[0]!.caar * 100).toFixed(4)} %`,
  );
}

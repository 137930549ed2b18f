/**
 * News benchmark: the time to open the securities directory's index from the store, and the time to
 * extract the event of a 1,000-word article, warm, with the whole directory available.
 *
 *   npm run bench:news
 *
 * The directory (../shared/data/securities) is imported into a temporary store first (not timed).
 * The article is the first 1,000 words of development articles 304, 305 and 343 (eval/news/dev5),
 * newsroom pages with tickers in brackets and many companies; extraction is run three times to warm
 * up, then timed ten times (median and slowest printed). Wall time and this process's CPU time
 * are both printed: on a shared machine the CPU time is the steadier figure. The load average is
 * printed with them. Prints figures; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { SecuritiesDirectory, readDirectoryFolder } from "../src/data/directory/index.js";
import { openStore } from "../src/data/store/index.js";
import { extractEvent } from "../src/news/extractEvent.js";
import { parseHtml } from "../src/news/html.js";
import { loadKnowledge } from "../src/news/knowledge/loadKnowledge.js";
import { shared } from "../test/support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-bench-news-"));
try {
  const store = await openStore(join(dir, "bench.duckdb"));
  await store.directory.replace(readDirectoryFolder(shared("data/securities")), shared("data/securities"));
  store.close();

  // Opening: a fresh connection, the index read and its maps built, as a command does.
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${(await import("node:os")).cpus().length} cores`,
  );
  const t0 = performance.now();
  const c0 = cpu();
  const again = await openStore(join(dir, "bench.duckdb"));
  const directory = new SecuritiesDirectory((await again.directory.index())!);
  const opened = performance.now() - t0;
  const openedCpu = cpu() - c0;
  again.close();
  console.log(
    `open the directory index: ${opened.toFixed(0)} ms wall, ${openedCpu.toFixed(0)} ms CPU (${directory.size.toLocaleString("en")} equity listings; target <= 1000 ms)`,
  );

  const pages = [
    "304-archegos-block-trades-media-china-stocks.html",
    "305-tutoring-stocks-crash-double-reduction.html",
    "343-white-house-chip-summit-ceos.html",
  ];
  const words = pages
    .flatMap((p) => parseHtml(readFileSync(new URL(`../eval/news/dev5/articles/${p}`, import.meta.url), "utf8")).paragraphs)
    .join("\n\n")
    .split(/(?<=\s)/);
  const article = `\n\n${words.slice(0, 1000).join("")}`;
  const knowledge = loadKnowledge();
  const cpuTimes: number[] = [];
  const run = (): number => {
    const t = performance.now();
    const c = cpu();
    extractEvent(article, { knowledge, directory, published: "2021-03-29", format: "text" });
    cpuTimes.push(cpu() - c);
    return performance.now() - t;
  };
  for (let i = 0; i < 3; i++) run();
  cpuTimes.length = 0;
  const times = Array.from({ length: 10 }, run).sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const doc = extractEvent(article, { knowledge, directory, published: "2021-03-29", format: "text" });
  console.log(
    `extract a 1,000-word article, warm: median ${times[5]!.toFixed(0)} ms wall (${cpuTimes[5]!.toFixed(0)} ms CPU), slowest ${times[9]!.toFixed(0)} ms wall (${doc.companies.length} companies; target <= 300 ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

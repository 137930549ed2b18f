/**
 * Data-layer benchmark: parse the 619,040-row S&P 500 panel, import it into a fresh store, import it
 * again (nothing changes), and read all 505 close series back as typed arrays.
 *
 *   npm run bench:import
 *
 * Prints figures; asserts nothing.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { importFile } from "../src/data/importers/index.js";
import { openStore } from "../src/data/store/index.js";
import { shared } from "../test/support/paths.js";

const seconds = (t: number): string => `${((performance.now() - t) / 1000).toFixed(2)} s`;

let t = performance.now();
const batch = await importFile(shared("data/sp500-2013-2018/all_stocks_5yr.csv"));
console.log(`parse: ${batch.rowsRead.toLocaleString("en")} rows, ${batch.prices.length} series in ${seconds(t)}`);

const store = await openStore(join(mkdtempSync(join(tmpdir(), "aftershock-bench-")), "bench.duckdb"));
t = performance.now();
const first = await store.importBatch(batch);
console.log(`import into a fresh store: ${first.inserted.toLocaleString("en")} rows in ${seconds(t)}`);
t = performance.now();
const again = await store.importBatch(batch);
console.log(`import again: ${again.inserted} new, ${again.changedCount} changed in ${seconds(t)}`);

const symbols = batch.prices.map((s) => s.symbol);
for (let k = 1; k <= 3; k++) {
  t = performance.now();
  const panel = await store.prices.readPanel(symbols);
  let rows = 0;
  for (const s of panel.values()) rows += s.dates.length;
  console.log(`read ${panel.size} series (${rows.toLocaleString("en")} closes) as typed arrays, run ${k}: ${seconds(t)}`);
}
store.close();

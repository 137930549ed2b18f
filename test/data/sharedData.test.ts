/**
 * Acceptance of the data layer on ../shared/data: every file imports into a fresh store, a second import
 * changes nothing, the seed event's returns read back from the store, the calendars agree with the stored
 * trading days (but for known data quirks), and corrupt files are refused without touching the store.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayNumber, isoDate } from "../../src/calendar/days.js";
import { InputError } from "../../src/data/inputError.js";
import { openStore, type Store } from "../../src/data/store/index.js";
import { checkCalendars } from "../../src/pipeline/calendarCheck.js";
import { importPaths, type FileImport } from "../../src/pipeline/importPaths.js";
import { hasShared, shared } from "../support/paths.js";

/** Simple return from the close before `day` to the close on it, in the stored series. */
async function returnOn(store: Store, symbol: string, iso: string): Promise<number> {
  const s = (await store.prices.readPanel([symbol])).get(symbol)!;
  const i = s.dates.indexOf(dayNumber(iso));
  expect(i, `${symbol} has a close on ${iso}`).toBeGreaterThan(0);
  return s.values[i]! / s.values[i - 1]! - 1;
}

/** The price and factor folders of ../shared/data: securities/ is the directory of listed securities (names, ticker changes), not prices. */
function priceFolders(): string[] {
  return readdirSync(shared("data"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "securities")
    .map((d) => shared("data", d.name));
}

describe.skipIf(!hasShared)("../shared/data in a fresh store", () => {
  let store: Store;
  let first: FileImport[];
  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), "aftershock-store-")), "store.duckdb"));
    first = await importPaths(store, priceFolders());
  }, 180_000);
  afterAll(() => store.close());

  it("imports every data file", () => {
    // securities/ holds the securities directory (names, ticker and index changes), not prices: its
    // files may be refused, each with its reason; every price file must be imported.
    const failed = first.filter((r) => "error" in r && !/[\\/]securities[\\/]/.test(r.file)).map((r) => ("error" in r ? r.error.message : ""));
    expect(failed).toEqual([]);
    expect(first.length).toBeGreaterThanOrEqual(134);
  });

  it("changes nothing on a second import", async () => {
    const again = await importPaths(store, priceFolders());
    const changed = again.flatMap((r) => ("report" in r && (r.report.inserted > 0 || r.report.changedCount > 0) ? [r.file] : []));
    expect(changed).toEqual([]);
  }, 180_000);

  it("gives Baidu's and the Hang Seng Index's returns on 17 February 2025", async () => {
    expect((100 * (await returnOn(store, "9888.HK", "2025-02-17"))).toFixed(2)).toBe("-6.94");
    expect((100 * (await returnOn(store, "^HSI", "2025-02-17"))).toFixed(2)).toBe("-0.02");
  });

  it("has no BIDU row on the US holiday: its next return runs from 14 to 18 February", async () => {
    const bidu = (await store.prices.readPanel(["BIDU"])).get("BIDU")!;
    expect(Array.from(bidu.dates).map(isoDate)).not.toContain("2025-02-17");
    const i = bidu.dates.indexOf(dayNumber("2025-02-18"));
    expect(isoDate(bidu.dates[i - 1]!)).toBe("2025-02-14");
  });

  it("agrees with the trading calendars on every stored day but known data quirks", async () => {
    const checks = await checkCalendars(store);
    expect(checks.map((c) => c.mic)).toEqual(["XHKG", "XNYS", "XSHG"]);
    for (const c of checks) {
      expect(c.sessions).toBeGreaterThan(1000);
      const unexplained = c.disagreements.filter((d) => d.knownQuirk === undefined);
      expect(unexplained, `${c.mic}: ${JSON.stringify(unexplained)}`).toEqual([]);
    }
  });

  it("refuses corrupt files with file, line and field, and leaves the store as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aftershock-bad-"));
    const files = {
      "truncated.csv": "Date,Close\n2025-02-13,100.5\n2025-02-14,101\n2025-02-17",
      "wrong-columns.csv": "Day,Price,Something\n2025-02-13,100.5,1\n",
      "text-in-price.csv": "Date,Close\n2025-02-13,100.5\n2025-02-14,n/a?\n",
    };
    const before = await store.counts();
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const results = await importPaths(store, Object.keys(files).map((f) => join(dir, f)));
    for (const r of results) {
      expect("error" in r, r.file).toBe(true);
      if ("error" in r) {
        expect(r.error).toBeInstanceOf(InputError);
        expect(r.error.message.startsWith(r.file)).toBe(true);
      }
    }
    const text = results.map((r) => ("error" in r ? r.error.message : ""));
    expect(text[0]).toMatch(/truncated\.csv:4: field "Close"/);
    expect(text[2]).toMatch(/text-in-price\.csv:3: field "Close"/);
    expect(await store.counts()).toEqual(before);
  });
});

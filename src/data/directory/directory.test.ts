import { mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../store/index.js";
import { InputError } from "../inputError.js";
import { SecuritiesDirectory, chineseKey, isDirectoryFolder, listingStatus, nameKey, readDirectoryFolder } from "./index.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/directory/", import.meta.url));
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), "aftershock-directory-"));
  temps.push(d);
  return d;
}

describe("name keys", () => {
  it.each([
    ["Alibaba Group Holding Limited", "alibaba"],
    ["The Coca-Cola Company", "coca cola"],
    ["Whole Foods Market, Inc.", "whole foods market"],
    ["Kweichow Moutai Co.,Ltd.", "kweichow moutai"],
    ["BABA-W", "baba"],
    ["BIDU-SW", "bidu"],
    ["SHIMAO GROUP", "shimao"],
    ["Procter & Gamble", "procter and gamble"],
    ["Merck & Co., Inc.", "merck"],
    ["Macy's, Inc.", "macys"],
    ["Group", "group"],
  ])("%s → %s", (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ["阿里巴巴－Ｗ", "阿里巴巴"],
    ["*ST长药", "长药"],
    ["騰訊控股", "騰訊控股"],
  ])("%s → %s", (name, key) => expect(chineseKey(name)).toBe(key));
});

describe("the directory of a folder", () => {
  const directory = SecuritiesDirectory.fromRows(readDirectoryFolder(FIXTURE));
  const symbols = (key: string, date: string): string[] => directory.named(key, date).map((u) => u.listing.symbol);

  it("recognises a directory folder", () => {
    expect(isDirectoryFolder(FIXTURE)).toBe(true);
    expect(isDirectoryFolder(temp())).toBe(false);
  });

  it("keeps only equity listings (no preferreds)", () => {
    expect(directory.listing("TRU")).toBeDefined();
    expect(directory.listing("TRU-PA")).toBeUndefined();
  });

  it("a name counts only while the listing carried it", () => {
    expect(symbols("facebook", "2020-01-02")).toEqual(["FB"]);
    expect(symbols("facebook", "2025-01-02")).toEqual([]);
    expect(symbols("gaotu techedu", "2021-03-01")).toEqual([]);
    expect(symbols("gaotu techedu", "2022-03-01")).toEqual(["GOTU"]);
    // GOTU carried the old name for a month after the ticker change; on this date only GSX traded.
    expect(directory.named("gsx techedu", "2021-03-01").filter((u) => listingStatus(u.listing, "2021-03-01") === "trading").map((u) => u.listing.symbol)).toEqual(["GSX"]);
    expect(symbols("shimao", "2022-01-01")).toEqual(["0813.HK"]);
  });

  it("dates listings: delisted after a checked event, an old ticker after its change, not yet listed before its first list", () => {
    const wfm = directory.listing("WFM")!;
    expect(listingStatus(wfm, "2017-06-16")).toBe("trading");
    expect(listingStatus(wfm, "2017-08-28")).toBe("delisted");
    expect(listingStatus(directory.listing("FB")!, "2022-06-09")).toBe("delisted");
    expect(listingStatus(directory.listing("META")!, "2022-06-08")).toBe("not yet listed");
    expect(listingStatus(directory.listing("META")!, "2022-06-09")).toBe("trading");
    // First seen 2025-07-11, absent from the list of 2023-03-01: listed in between.
    expect(listingStatus(directory.listing("3750.HK")!, "2023-03-01")).toBe("not yet listed");
    expect(listingStatus(directory.listing("3750.HK")!, "2025-07-11")).toBe("trading");
    expect(listingStatus(directory.listing("600001.SS")!, "2005-01-03")).toBe("trading");
    expect(listingStatus(directory.listing("600001.SS")!, "2010-01-04")).toBe("delisted");
  });

  it("finds Chinese names and local codes", () => {
    expect(directory.namedInChinese("世茂集團", "2022-01-01").map((u) => u.listing.symbol)).toEqual(["0813.HK"]);
    expect(directory.byLocalCode("813").map((l) => l.symbol)).toEqual(["0813.HK"]);
    expect(directory.byLocalCode("00813").map((l) => l.symbol)).toEqual(["0813.HK"]);
  });

  it("refuses a bad row naming the file, line and field", () => {
    const dir = temp();
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, "names.csv"), "symbol,name,from,to,source,lang\nTRU,TransUnion,2021-13,2026-08-21,US_SCREENER,en\n");
    let error: unknown;
    try {
      readDirectoryFolder(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${join(dir, "names.csv")}:2: field "from": "2021-13" is not a date written YYYY-MM-DD`);
  });
});

describe("the directory in the store", () => {
  it("is imported in one piece, opened from its index, and replaced by the next import", async () => {
    const store = await openStore(join(temp(), "s.duckdb"));
    try {
      expect(await store.directory.index()).toBeUndefined();
      await store.directory.replace(readDirectoryFolder(FIXTURE), FIXTURE);
      const opened = new SecuritiesDirectory((await store.directory.index())!);
      expect(opened.named("transunion", "2022-01-03").map((u) => u.listing.symbol)).toEqual(["TRU"]);
      expect((await store.directory.rows())!.securities.find((s) => s.symbol === "0813.HK")!.localCode).toBe("00813");
      expect(await store.directory.lastImport()).toMatchObject({ folder: FIXTURE, securities: 10, names: 13 });
    } finally {
      store.close();
    }
  });
});
